import { Center, SegmentedControl, VisuallyHidden } from '@mantine/core';
import type { MantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoonIcon, SunIcon, SystemIcon } from '@/components/ui/icons';
import { COLOR_SCHEMES, useColorSchemePreference } from '../hooks/use-color-scheme-preference';

const ICONS: Record<MantineColorScheme, typeof SunIcon> = {
  light: SunIcon,
  dark: MoonIcon,
  auto: SystemIcon,
};

const isScheme = (value: string): value is MantineColorScheme =>
  (COLOR_SCHEMES as readonly string[]).includes(value);

/** Header control: light, dark or follow the system; a radio group of three icons, remembered across reloads. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const { scheme, setScheme } = useColorSchemePreference();
  return (
    <div role="group" aria-label={t('theme.label')}>
      <SegmentedControl
        size="xs"
        value={scheme}
        onChange={(value) => {
          if (isScheme(value)) setScheme(value);
        }}
        data={COLOR_SCHEMES.map((option) => {
          const Icon = ICONS[option];
          return {
            value: option,
            label: (
              <Center title={t(`theme.${option}`)}>
                <Icon size={16} />
                <VisuallyHidden>{t(`theme.${option}`)}</VisuallyHidden>
              </Center>
            ),
          };
        })}
      />
    </div>
  );
}
