import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Popover.css';
import { ActionIcon, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { codeCatalogue } from '../i18n';
import classes from './file-tree.module.css';
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
  const [open, setOpen] = useState(true);
  const modified = props.changed.has(node.path);
  const isFolder = node.kind === 'folder';
  return (
    <li>
      <Group
        gap={0}
        wrap="nowrap"
        className={classes.row}
        data-active={props.active === node.path || undefined}
      >
        <UnstyledButton
          className={classes.item}
          style={{ paddingLeft: 6 + depth * 12 }}
          aria-expanded={isFolder ? open : undefined}
          aria-current={props.active === node.path ? 'true' : undefined}
          onClick={() => {
            if (isFolder) setOpen((o) => !o);
            else props.onOpen(node.path);
          }}
        >
          <Text size="sm" truncate c={node.binary ? 'dimmed' : undefined}>
            {isFolder ? (open ? '▾ ' : '▸ ') : ''}
            {node.name}
            {modified ? (
              <Text span c="orange" fw={700} aria-label={t('modified')} title={t('modified')}>
                {' '}
                ●
              </Text>
            ) : null}
          </Text>
        </UnstyledButton>
        {props.readOnly ? null : <NodeMenu node={node} onAction={props.onAction} />}
      </Group>
      {isFolder && open ? (
        <ul className={classes.list}>
          {node.children.map((child) => (
            <TreeItem key={child.path} {...props} node={child} depth={depth + 1} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The package as a tree: click opens a file; each node's menu adds, renames or deletes. */
export function FileTree(props: FileTreeProps) {
  const t = useFeatureTranslation(codeCatalogue);
  return (
    <Box component="nav" aria-label={t('fileTree')}>
      <ul className={classes.list}>
        {props.nodes.map((node) => (
          <TreeItem key={node.path} {...props} node={node} depth={0} />
        ))}
      </ul>
    </Box>
  );
}
