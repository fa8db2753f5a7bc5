import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

/** Kept in step with public/color-scheme.js, which applies the stored scheme before React starts. */
export const COLOR_SCHEME_STORAGE_KEY = 'fgc-color-scheme';

export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  // Visible focus for keyboard users on every control (WCAG 2.4.7); mouse clicks stay ring-free.
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
});
