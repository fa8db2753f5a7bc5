/** Apple keyboards say ⌘ where others say Ctrl; Mantine's `mod` hotkeys already accept either. */
export const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The label of the `mod` key in shortcut hints. */
export const MOD_KEY_LABEL = IS_APPLE ? '⌘' : 'Ctrl';
