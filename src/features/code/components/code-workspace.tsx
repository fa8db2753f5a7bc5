import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import { useConnectionScope } from '@/lib/active-connection';
import { useFunctionConfig } from '@/lib/function-api/get-function-config';
import { parseFunctionUrn, parseQualifier } from '@/lib/function-ref';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useFunctionCode } from '../api/get-function-code';
import { useUpdateFunctionCode } from '../api/update-function-code';
import { codeCatalogue } from '../i18n';
import { base64ToBytes, bytesToBase64 } from '../utils/base64';
import { EDIT_LIMIT_BYTES, EDIT_LIMIT_FILES, unpackPackage } from '../utils/code-package';
import { formatBytes } from '@/lib/format-bytes';
import type { DraftSource } from './code-editor-pane';
import { CodeEditorPane } from './code-editor-pane';

function downloadBytes(bytes: Uint8Array, filename: string) {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

interface CodeWorkspaceProps {
  /** The version or alias shown (`…:latest` is edited; a published version or an alias is read-only). */
  urn: string;
  functionName: string;
  draftRef?: RefObject<DraftSource | null>;
  onDirtyChange?: (dirty: boolean) => void;
  /**
   * Called once the tab shows what it will show: the editor is ready (Monaco created), or a notice or an error
   * instead of it. The Code tab renders its side panel only then, so the commit that creates Monaco is not
   * shared with the panel's (bench/editor.ts: the cold load is main-thread bound).
   */
  onSettled?: () => void;
}

/** Reports `onSettled` when mounted (a final state other than the editor). */
function Settled({ onSettled }: { onSettled: (() => void) | undefined }) {
  useEffect(() => {
    onSettled?.();
  }, [onSettled]);
  return null;
}

/** The Code tab's editor: loads the package, opens it editable, or read-only when it cannot be edited. */
export function CodeWorkspace({ urn, functionName, draftRef, onDirtyChange, onSettled }: CodeWorkspaceProps) {
  const t = useFeatureTranslation(codeCatalogue);
  const scope = useConnectionScope();
  const code = useFunctionCode(scope, urn);
  const config = useFunctionConfig(scope, urn);
  const upload = useUpdateFunctionCode(scope, urn);
  // Bumped after an upload: the editor starts over from the new package.
  const [generation, setGeneration] = useState(0);
  // The package the editor was seeded from: the first load, then each upload. Deploys update the query cache
  // but must not reseed the editor (the buffer is local state, STYLE.md).
  const [seedFile, setSeedFile] = useState<string | undefined>();
  if (code.data && seedFile === undefined) setSeedFile(code.data.func_code?.file ?? '');
  const unpacked = useMemo(
    () => (seedFile === undefined ? undefined : unpackPackage(base64ToBytes(seedFile))),
    [seedFile],
  );
  const file = code.data?.func_code?.file ?? '';

  if (code.isPending || config.isPending) return <PageLoader label={t('loading')} />;
  if (code.isError || config.isError) {
    const failed = code.isError ? code : config;
    return (
      <>
        <QueryError title={t('loadFailed')} error={failed.error} onRetry={() => void failed.refetch()} />
        <Settled onSettled={onSettled} />
      </>
    );
  }

  const filename = `${functionName}.zip`;
  const onDownload = () => {
    downloadBytes(base64ToBytes(file), filename);
  };
  const onUpload = async (picked: File, dirty: boolean) => {
    if (dirty && !window.confirm(t('uploadConfirm', { file: picked.name }))) return;
    const bytes = new Uint8Array(await picked.arrayBuffer());
    try {
      await upload.mutateAsync({
        zipBase64: bytesToBase64(bytes),
        zipBytes: bytes.byteLength,
        previousType: 'zip',
        filename: /\.zip$/i.test(picked.name) ? picked.name : 'index.zip',
      });
    } catch {
      return; // toasted by the query client
    }
    notifications.show({ color: 'green', message: t('uploaded', { file: picked.name }) });
    setSeedFile(bytesToBase64(bytes));
    setGeneration((g) => g + 1);
  };

  const notice = (message: string) => (
    <Stack>
      <Settled onSettled={onSettled} />
      <Alert color="yellow" title={t('readOnlyTitle')}>
        <Text size="sm">{message}</Text>
      </Alert>
      <Group>
        <Button variant="default" onClick={onDownload} disabled={file === ''}>
          {t('download')}
        </Button>
      </Group>
    </Stack>
  );
  if (!file && code.data.code_type !== 'inline' && code.data.code_type !== 'zip')
    return notice(t('notInline', { type: code.data.code_type }));
  // Huawei Cloud answers GET code without the package (func_code empty): opening it empty and deploying would
  // wipe the function's code, so the editor stays closed.
  if (!file && (code.data.code_size ?? 0) > 0) return notice(t('noPackage'));
  if (!unpacked) return null;
  if (unpacked.kind === 'too-large')
    return notice(
      t('tooLarge', {
        size: formatBytes(unpacked.unpackedBytes),
        files: unpacked.files,
        limit: formatBytes(EDIT_LIMIT_BYTES),
        limitFiles: EDIT_LIMIT_FILES,
      }),
    );
  if (unpacked.kind === 'invalid') return notice(t('invalidPackage', { message: unpacked.message }));

  const qualifier = parseQualifier(parseFunctionUrn(urn)?.qualifier);
  const published = qualifier.kind !== 'latest';
  return (
    <Stack gap="xs">
      {published ? (
        <Alert color="blue" title={t('publishedTitle')}>
          <Text size="sm">
            {qualifier.kind === 'alias'
              ? t('publishedAlias', { alias: qualifier.name })
              : t('publishedVersion', { version: qualifier.name })}
          </Text>
        </Alert>
      ) : null}
      <CodeEditorPane
        readOnly={published}
        key={generation}
        scope={scope}
        urn={urn}
        functionName={functionName}
        codeType={code.data.code_type}
        unpacked={unpacked}
        handler={config.data.handler}
        runtime={config.data.runtime}
        onUpload={(picked, dirty) => void onUpload(picked, dirty)}
        onDownload={onDownload}
        uploading={upload.isPending}
        draftRef={draftRef}
        onDirtyChange={onDirtyChange}
        onSettled={onSettled}
      />
    </Stack>
  );
}
