import { useMantineColorScheme } from '@mantine/core';
import type { MantineColorScheme } from '@mantine/core';

export const COLOR_SCHEMES = ['light', 'dark', 'auto'] as const satisfies readonly MantineColorScheme[];

/**
 * The chosen scheme (light, dark or `auto` = follow the system). Mantine's localStorage manager (set up in
 * the app providers) remembers it; public/color-scheme.js applies it before the first paint.
 */
export function useColorSchemePreference(): {
  scheme: MantineColorScheme;
  setScheme: (scheme: MantineColorScheme) => void;
} {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return { scheme: colorScheme, setScheme: setColorScheme };
}
