import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/**
 * Mounts `children` (typically a React.lazy component) the first time `requested` turns true and keeps it
 * mounted afterwards. The command palette and the shortcut sheet use it: their code (Spotlight, Modal, focus
 * trap, scroll lock) loads on first use instead of with `/`.
 */
export function OnDemand({ requested, children }: { requested: boolean; children: ReactNode }) {
  const [mounted, setMounted] = useState(requested);
  if (requested && !mounted) setMounted(true);
  return mounted ? children : null;
}

/** Calls `effect` whenever `signal` changes after mount (and on mount if it is already non-zero). */
export function useSignal(signal: number, effect: () => void): void {
  const effectRef = useRef(effect);
  useEffect(() => {
    effectRef.current = effect;
  });
  useEffect(() => {
    if (signal > 0) effectRef.current();
  }, [signal]);
}
