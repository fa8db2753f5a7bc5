import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { CodeWorkspace } from '../hooks/use-code-workspace';
import { codeCatalogue } from '../i18n';
import type { TreeNode } from '../utils/package-tree';
import { pathProblem } from '../utils/package-tree';
import type { TreeAction } from './file-tree';
import { ConfirmDialog, PathDialog } from './path-dialog';

export interface PendingTreeAction {
  action: TreeAction;
  /** The node acted on; undefined = the package root. */
  node?: TreeNode;
}

/** The dialog for a pending tree action (new file/folder, rename, delete). */
export function TreeDialogs({
  pending,
  workspace,
  onClose,
}: {
  pending: PendingTreeAction;
  workspace: CodeWorkspace;
  onClose: () => void;
}) {
  const t = useFeatureTranslation(codeCatalogue);
  const { action, node } = pending;
  const prefix = node?.kind === 'folder' ? `${node.path}/` : '';
  const check = (path: string) => pathProblem(workspace.draft, path);
  const done = (fn: () => void) => {
    fn();
    onClose();
  };
  switch (action) {
    case 'new-file':
      return (
        <PathDialog
          title={t('newFileTitle')}
          initialPath={prefix}
          submitLabel={t('create')}
          check={check}
          onSubmit={(path) => {
            done(() => {
              workspace.createFile(path);
            });
          }}
          onClose={onClose}
        />
      );
    case 'new-folder':
      return (
        <PathDialog
          title={t('newFolderTitle')}
          initialPath={prefix}
          submitLabel={t('create')}
          check={check}
          onSubmit={(path) => {
            done(() => {
              workspace.createFolder(path);
            });
          }}
          onClose={onClose}
        />
      );
    case 'rename':
      if (!node) return null;
      return (
        <PathDialog
          title={t('renameTitle', { path: node.path })}
          initialPath={node.path}
          submitLabel={t('save')}
          check={(path) => (path === node.path ? 'exists' : check(path))}
          onSubmit={(path) => {
            done(() => {
              workspace.renamePath(node.path, path);
            });
          }}
          onClose={onClose}
        />
      );
    case 'delete':
      if (!node) return null;
      return (
        <ConfirmDialog
          title={t('deleteTitle', { path: node.path })}
          body={node.kind === 'folder' ? t('deleteFolderBody') : t('deleteFileBody')}
          confirmLabel={t('delete')}
          cancelLabel={t('cancel')}
          onConfirm={() => {
            done(() => {
              workspace.deletePath(node.path);
            });
          }}
          onClose={onClose}
        />
      );
  }
}
