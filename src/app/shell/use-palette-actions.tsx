import type { SpotlightActionGroupData } from '@mantine/spotlight';
import { useTranslation } from 'react-i18next';
import type { PublicConnection } from '@/api/contract/connections';
import { MoonIcon, SunIcon, SystemIcon, KeyboardIcon, LanguageIcon } from '@/components/ui/icons';
import { useColorSchemePreference } from '@/features/preferences/hooks/use-color-scheme-preference';
import { useLanguage } from '@/features/preferences/hooks/use-language';
import { LANGUAGE_NAMES, LANGUAGES } from '@/i18n/i18n';
import { paths } from '@/lib/paths';
import { NAV_ITEMS } from '../navigation';

const SCHEME_ICONS = { light: SunIcon, dark: MoonIcon, auto: SystemIcon } as const;

/**
 * The palette's actions, grouped: go to a page (from NAV_ITEMS), switch connection, preferences.
 * Later features contribute groups here (functions, function tabs) from their own hooks.
 */
export function usePaletteActions({
  connectionId,
  connections,
  onShowShortcuts,
  go,
  switchConnection,
}: {
  connectionId: string;
  connections: readonly PublicConnection[];
  onShowShortcuts: () => void;
  /** Navigates (the shell's router bridge: the palette does not re-render on navigation). */
  go: (to: string) => void;
  /** Opens the same section in another connection. */
  switchConnection: (connectionId: string) => void;
}): SpotlightActionGroupData[] {
  const { t } = useTranslation();
  const { setLanguage } = useLanguage();
  const { setScheme } = useColorSchemePreference();

  const pages = NAV_ITEMS.map(({ section, labelKey, Icon, keywords }) => ({
    id: `page:${section}`,
    label: t('palette.goTo', { page: t(labelKey) }),
    keywords: [...keywords, section],
    leftSection: <Icon />,
    onClick: () => {
      go(paths.section(connectionId, section));
    },
  }));

  const switches = connections
    .filter((c) => c.id !== connectionId)
    .map((c) => ({
      id: `connection:${c.id}`,
      label: t('palette.switchConnection', { name: c.name }),
      description: c.region,
      keywords: [c.id, c.region],
      onClick: () => {
        switchConnection(c.id);
      },
    }));

  const preferences = [
    ...(['light', 'dark', 'auto'] as const).map((scheme) => {
      const Icon = SCHEME_ICONS[scheme];
      return {
        id: `theme:${scheme}`,
        label: t('palette.useTheme', { scheme: t(`theme.${scheme}`) }),
        keywords: ['theme', scheme],
        leftSection: <Icon />,
        onClick: () => {
          setScheme(scheme);
        },
      };
    }),
    ...LANGUAGES.map((language) => ({
      id: `language:${language}`,
      label: t('palette.useLanguage', { language: LANGUAGE_NAMES[language] }),
      keywords: ['language', 'locale', language],
      leftSection: <LanguageIcon />,
      onClick: () => {
        setLanguage(language);
      },
    })),
    {
      id: 'shortcuts',
      label: t('palette.showShortcuts'),
      keywords: ['help', 'keyboard', '?'],
      leftSection: <KeyboardIcon />,
      onClick: onShowShortcuts,
    },
  ];

  return [
    { group: t('palette.groupPages'), actions: pages },
    ...(switches.length > 0 ? [{ group: t('palette.groupConnections'), actions: switches }] : []),
    { group: t('palette.groupPreferences'), actions: preferences },
  ];
}
