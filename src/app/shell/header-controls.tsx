import { ActionIcon, Button, Group, Kbd } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KeyboardIcon, SearchIcon } from '@/components/ui/icons';
import { LanguageSelect } from '@/features/preferences/components/language-select';
import { ThemeSwitch } from '@/features/preferences/components/theme-switch';
import { MOD_KEY_LABEL } from '@/lib/platform';

/** Right side of the header: palette button, shortcut sheet, language, theme. */
export function HeaderControls({
  onOpenPalette,
  onShowShortcuts,
}: {
  onOpenPalette: () => void;
  onShowShortcuts: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        variant="default"
        size="sm"
        leftSection={<SearchIcon size={16} />}
        rightSection={<Kbd size="xs">{`${MOD_KEY_LABEL} K`}</Kbd>}
        onClick={onOpenPalette}
        aria-label={t('header.searchHint')}
        visibleFrom="sm"
      >
        {t('header.search')}
      </Button>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('palette.showShortcuts')}
        title={t('palette.showShortcuts')}
        onClick={onShowShortcuts}
        visibleFrom="sm"
      >
        <KeyboardIcon />
      </ActionIcon>
      <LanguageSelect />
      <ThemeSwitch />
    </Group>
  );
}
