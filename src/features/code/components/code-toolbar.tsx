import '@mantine/core/styles/Progress.css';
import { Button, FileButton, Group, Progress, Text } from '@mantine/core';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { MOD_LABEL } from '@/components/code-editor/use-mod-key';
import type { DeployPhase } from '../hooks/use-deploy';
import { codeCatalogue } from '../i18n';
import { formatBytes } from '@/lib/format-bytes';

interface CodeToolbarProps {
  dirtyCount: number;
  progress: DeployPhase;
  /** A published version: only the download is offered. */
  readOnly: boolean;
  onDeploy: () => void;
  onUpload: (file: File) => void;
  onDownload: () => void;
  uploading: boolean;
}

/** Deploy with progress, the unsaved-changes count, upload and download of the package. */
export function CodeToolbar(props: CodeToolbarProps) {
  const t = useFeatureTranslation(codeCatalogue);
  const { progress } = props;
  const busy = progress.phase !== 'idle';
  return (
    <Group justify="space-between" mb="xs" wrap="wrap" gap="sm">
      {/* Read-only: an empty cell keeps the download on the right, where it always is. */}
      {props.readOnly ? (
        <span />
      ) : (
        <Group gap="sm">
          <Button
            onClick={props.onDeploy}
            loading={busy}
            title={t('deployShortcut', { keys: `${MOD_LABEL}+S` })}
          >
            {t('deploy')}
          </Button>
          <Text size="sm" c={props.dirtyCount > 0 ? 'orange' : 'dimmed'} role="status">
            {props.dirtyCount === 0
              ? t('allSaved')
              : props.dirtyCount === 1
                ? t('unsavedOne')
                : t('unsaved', { count: props.dirtyCount })}
          </Text>
        </Group>
      )}
      {busy ? (
        <Group gap="xs" style={{ flex: 1, minWidth: 160, maxWidth: 360 }}>
          <Progress
            value={progress.phase === 'packing' ? 35 : 75}
            animated
            striped
            style={{ flex: 1 }}
            aria-hidden
          />
          <Text size="xs" c="dimmed" role="status">
            {progress.phase === 'packing'
              ? t('packing', { count: progress.files })
              : t('uploading', { size: formatBytes(progress.bytes) })}
          </Text>
        </Group>
      ) : null}
      <Group gap="xs">
        {props.readOnly ? null : (
          <FileButton
            onChange={(file) => {
              if (file) props.onUpload(file);
            }}
            accept=".zip,application/zip"
          >
            {(fileProps) => (
              <Button variant="default" size="sm" loading={props.uploading} {...fileProps}>
                {t('upload')}
              </Button>
            )}
          </FileButton>
        )}
        <Button variant="default" size="sm" onClick={props.onDownload}>
          {t('download')}
        </Button>
      </Group>
    </Group>
  );
}
