import { Alert, Box, Button, Group, Paper, Text, useComputedColorScheme } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import type { ConnectionScope } from '@/api/client';
import { CodeEditor } from '@/components/code-editor/code-editor';
import { useModKey } from '@/components/code-editor/use-mod-key';
import { PageLoader } from '@/components/ui/page-loader';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useCodeWorkspace } from '../hooks/use-code-workspace';
import { useDeploy } from '../hooks/use-deploy';
import { useLeaveGuard } from '../hooks/use-leave-guard';
import { codeCatalogue } from '../i18n';
import type { UnpackResult } from '../utils/code-package';
import { bytesToBase64 } from '../utils/base64';
import { buildTree } from '../utils/package-tree';
import { CodeToolbar } from './code-toolbar';
import { EditorTabs } from './editor-tabs';
import { FileTree } from './file-tree';
import { ConfirmDialog } from './path-dialog';
import type { PendingTreeAction } from './tree-dialogs';
import { TreeDialogs } from './tree-dialogs';
import classes from './code-editor-pane.module.css';

export interface DraftSource {
  /** The editor's current (maybe unsaved) package as a base64 ZIP: what a draft run executes. */
  build: () => string;
}

interface CodeEditorPaneProps {
  scope: ConnectionScope;
  urn: string;
  functionName: string;
  codeType: string;
  unpacked: Extract<UnpackResult, { kind: 'ok' }>;
  handler: string | undefined;
  runtime: string | undefined;
  onUpload: (file: File, dirty: boolean) => void;
  onDownload: () => void;
  uploading: boolean;
  draftRef?: RefObject<DraftSource | null>;
  onDirtyChange?: (dirty: boolean) => void;
  /** Monaco is ready, or no file is shown in it (see CodeWorkspace). */
  onSettled?: () => void;
  /** A published version's code: shown, never changed (no deploy, upload or file actions). */
  readOnly?: boolean;
}

/** File tree, tabs and Monaco over the draft; Ctrl/⌘+S deploys; leaving with unsaved edits asks first. */
export function CodeEditorPane(props: CodeEditorPaneProps) {
  const t = useFeatureTranslation(codeCatalogue);
  const colorScheme = useComputedColorScheme('light');
  const ws = useCodeWorkspace(props.unpacked, props.handler, props.runtime);
  const { deploy, progress } = useDeploy(props.scope, props.urn, props.codeType, ws);
  const [pending, setPending] = useState<PendingTreeAction | null>(null);
  const tree = useMemo(() => buildTree(ws.draft), [ws.draft]);
  const changed = useMemo(() => new Set(ws.dirty.changed), [ws.dirty.changed]);
  const blocker = useLeaveGuard(ws.dirty.dirty);
  const { draftRef, onDirtyChange, onSettled, readOnly = false } = props;

  useModKey('s', () => {
    if (!readOnly) void deploy();
  });
  useEffect(() => {
    if (draftRef) draftRef.current = { build: () => bytesToBase64(ws.pack()) };
  });
  useEffect(() => onDirtyChange?.(ws.dirty.dirty), [ws.dirty.dirty, onDirtyChange]);

  const active = ws.active;
  const activeText = active === undefined ? undefined : ws.draft.texts[active];
  const dirtyCount = ws.dirty.changed.length + ws.dirty.removed.length;
  const editorShown = activeText !== undefined;
  useEffect(() => {
    if (!editorShown) onSettled?.();
  }, [editorShown, onSettled]);

  return (
    <Box>
      <CodeToolbar
        dirtyCount={dirtyCount}
        progress={progress}
        readOnly={readOnly}
        onDeploy={() => void deploy()}
        onUpload={(file) => {
          props.onUpload(file, ws.dirty.dirty);
        }}
        onDownload={props.onDownload}
        uploading={props.uploading}
      />
      <Paper withBorder className={classes.pane}>
        <Box className={classes.tree}>
          <Group justify="space-between" px="xs" py={4}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {t('files')}
            </Text>
            {readOnly ? null : (
              <Group gap={4}>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => {
                    setPending({ action: 'new-file' });
                  }}
                >
                  {t('newFile')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => {
                    setPending({ action: 'new-folder' });
                  }}
                >
                  {t('newFolder')}
                </Button>
              </Group>
            )}
          </Group>
          <FileTree
            readOnly={readOnly}
            nodes={tree}
            active={active}
            changed={changed}
            onOpen={ws.open}
            onAction={(action, node) => {
              setPending({ action, node });
            }}
          />
        </Box>
        <Box className={classes.main}>
          <EditorTabs
            tabs={ws.tabs}
            active={active}
            changed={changed}
            onSelect={ws.open}
            onClose={ws.close}
          />
          <Box className={classes.editor}>
            {active === undefined ? (
              <Text c="dimmed" p="md">
                {t('noFileOpen')}
              </Text>
            ) : activeText === undefined ? (
              <Alert m="md" color="gray">
                {t('binaryFile', { path: active })}
              </Alert>
            ) : (
              <CodeEditor
                path={active}
                value={activeText}
                readOnly={readOnly}
                onChange={(text) => {
                  ws.edit(active, text);
                }}
                colorScheme={colorScheme}
                ariaLabel={t('editorLabel', { path: active })}
                onReady={onSettled}
                fallback={<PageLoader label={t('editorLoading')} />}
              />
            )}
          </Box>
        </Box>
      </Paper>
      {pending ? (
        <TreeDialogs
          pending={pending}
          workspace={ws}
          onClose={() => {
            setPending(null);
          }}
        />
      ) : null}
      {blocker.state === 'blocked' ? (
        <ConfirmDialog
          title={t('leaveTitle')}
          body={t('leaveBody')}
          confirmLabel={t('leave')}
          cancelLabel={t('stay')}
          onConfirm={() => {
            blocker.proceed();
          }}
          onClose={() => {
            blocker.reset();
          }}
        />
      ) : null}
    </Box>
  );
}
