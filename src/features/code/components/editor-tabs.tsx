import { CloseButton, Group, UnstyledButton } from '@mantine/core';
import '@mantine/core/styles/CloseButton.css';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { codeCatalogue } from '../i18n';
import classes from './editor-tabs.module.css';

/** The open files: one tab each, dirty marker, close button beside (not inside) the tab. */
export function EditorTabs({
  tabs,
  active,
  changed,
  onSelect,
  onClose,
}: {
  tabs: string[];
  active: string | undefined;
  changed: ReadonlySet<string>;
  onSelect: (path: string) => void;
  onClose: (path: string) => void;
}) {
  const t = useFeatureTranslation(codeCatalogue);
  return (
    <Group gap={0} role="tablist" aria-label={t('openFiles')} className={classes.list} wrap="nowrap">
      {tabs.map((path) => (
        <Group
          key={path}
          gap={2}
          wrap="nowrap"
          className={classes.tab}
          data-active={path === active || undefined}
        >
          <UnstyledButton
            role="tab"
            aria-selected={path === active}
            onClick={() => {
              onSelect(path);
            }}
            className={classes.label}
          >
            {path.slice(path.lastIndexOf('/') + 1)}
            {changed.has(path) ? <span aria-label={t('modified')}> ●</span> : null}
          </UnstyledButton>
          <CloseButton
            size="xs"
            aria-label={t('closeTab', { path })}
            onClick={() => {
              onClose(path);
            }}
          />
        </Group>
      ))}
    </Group>
  );
}
