import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Popover.css';
import { ActionIcon, Box, Group, Menu, NavLink, Text } from '@mantine/core';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { codeCatalogue } from '../i18n';
import type { TreeNode } from '../utils/package-tree';

export type TreeAction = 'new-file' | 'new-folder' | 'rename' | 'delete';

interface FileTreeProps {
  nodes: TreeNode[];
  active: string | undefined;
  changed: ReadonlySet<string>;
  readOnly?: boolean;
  onOpen: (path: string) => void;
  onAction: (action: TreeAction, node: TreeNode) => void;
}

function NodeMenu({ node, onAction }: { node: TreeNode; onAction: FileTreeProps['onAction'] }) {
  const t = useFeatureTranslation(codeCatalogue);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" size="sm" aria-label={t('actionsFor', { path: node.path })}>
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {node.kind === 'folder' ? (
          <>
            <Menu.Item
              onClick={() => {
                onAction('new-file', node);
              }}
            >
              {t('newFile')}
            </Menu.Item>
            <Menu.Item
              onClick={() => {
                onAction('new-folder', node);
              }}
            >
              {t('newFolder')}
            </Menu.Item>
          </>
        ) : null}
        <Menu.Item
          onClick={() => {
            onAction('rename', node);
          }}
        >
          {t('rename')}
        </Menu.Item>
        <Menu.Item
          color="red"
          onClick={() => {
            onAction('delete', node);
          }}
        >
          {t('delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function TreeItem({ node, depth, ...props }: FileTreeProps & { node: TreeNode; depth: number }) {
  const t = useFeatureTranslation(codeCatalogue);
  const modified = props.changed.has(node.path);
  const label = (
    <Group gap={4} wrap="nowrap" justify="space-between">
      <Text size="sm" truncate c={node.binary ? 'dimmed' : undefined}>
        {node.name}
        {modified ? (
          <Text span c="orange" fw={700} aria-label={t('modified')} title={t('modified')}>
            {' '}
            ●
          </Text>
        ) : null}
      </Text>
    </Group>
  );
  return (
    <Group gap={0} wrap="nowrap" align="flex-start">
      <Box style={{ flex: 1, minWidth: 0 }}>
        {node.kind === 'folder' ? (
          <NavLink label={label} defaultOpened childrenOffset={12} py={2} pl={4 + depth * 2}>
            {node.children.map((child) => (
              <TreeItem key={child.path} {...props} node={child} depth={depth + 1} />
            ))}
          </NavLink>
        ) : (
          <NavLink
            label={label}
            active={props.active === node.path}
            onClick={() => {
              props.onOpen(node.path);
            }}
            py={2}
            pl={4 + depth * 2}
          />
        )}
      </Box>
      {props.readOnly ? null : <NodeMenu node={node} onAction={props.onAction} />}
    </Group>
  );
}

/** The package as a tree: click opens a file; each node's menu adds, renames or deletes. */
export function FileTree(props: FileTreeProps) {
  const t = useFeatureTranslation(codeCatalogue);
  return (
    <Box component="nav" aria-label={t('fileTree')}>
      {props.nodes.map((node) => (
        <TreeItem key={node.path} {...props} node={node} depth={0} />
      ))}
    </Box>
  );
}
