import { useEffect, useRef } from 'react';

/**
 * Ctrl/⌘ + `key` anywhere on the page, in the capture phase so that it wins over Monaco's own bindings
 * (Ctrl+S would otherwise open the browser's save dialog, Ctrl+Enter insert a line).
 */
export function useModKey(key: string, handler: () => void, enabled = true) {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== key.toLowerCase()) return;
      event.preventDefault();
      event.stopPropagation();
      ref.current();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [key, enabled]);
}

/**
 * The mod key's label in hints (⌘ on Apple keyboards). Same rule as lib/platform's MOD_KEY_LABEL, kept here
 * because importing that module from lazy chunks makes Rolldown split it out of the first-load chunk.
 */
export const MOD_LABEL =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl';
