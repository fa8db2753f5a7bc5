/**
 * THE code editor of the console (STYLE.md rule 6): a lazy Monaco wrapper. Importing this module costs a few
 * hundred bytes; Monaco (bundled locally, see monaco-setup.ts) loads when the first editor renders.
 *
 * @example
 * <CodeEditor path="index.js" value={text} onChange={setText} ariaLabel="index.js" />
 */
import { useEffect, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';

export interface CodeEditorProps {
  /** The model's path: one Monaco model per path, so undo history survives switching files. */
  path: string;
  value: string;
  onChange?: (value: string) => void;
  readOnly?: boolean;
  /** Monaco language id; by default derived from the path's extension. */
  language?: string;
  height?: string | number;
  colorScheme?: 'light' | 'dark';
  ariaLabel: string;
  /** Called once Monaco has mounted (benchmarks and tests wait for it). */
  onReady?: () => void;
}

let loading: Promise<ComponentType<CodeEditorProps>> | undefined;
/** Set once Monaco's module has loaded: from then on editors render in the same pass as their parent. */
let Loaded: ComponentType<CodeEditorProps> | undefined;

function loadImpl(): Promise<ComponentType<CodeEditorProps>> {
  loading ??= import('./code-editor-impl').then(
    (m) => (Loaded = m.CodeEditorImpl),
    (error: unknown) => {
      loading = undefined; // the next editor tries again
      throw error;
    },
  );
  return loading;
}

/**
 * Starts downloading Monaco now (e.g. when the Code tab's route module loads), so it arrives while the page
 * still fetches its data instead of after it. Safe to call many times; settles when Monaco is there (or failed).
 */
export function preloadCodeEditor(): Promise<void> {
  return loadImpl().then(
    () => undefined,
    () => undefined, // an editor that renders later reports it
  );
}

/**
 * Not React.lazy + Suspense: a lazy component suspends on its first render even when its module has already
 * loaded, and React 19 holds back the reveal after a Suspense fallback (up to 300 ms after the fallback
 * showed). Here the editor renders at once when Monaco is loaded, and otherwise a state update shows it the
 * moment it arrives.
 */
export function CodeEditor({ fallback, ...props }: CodeEditorProps & { fallback?: ReactNode }) {
  const [Impl, setImpl] = useState(() => Loaded);
  const [error, setError] = useState<Error>();
  useEffect(() => {
    if (Impl) return;
    let live = true;
    loadImpl().then(
      (component) => {
        if (live) setImpl(() => component);
      },
      (e: unknown) => {
        if (live) setError(e instanceof Error ? e : new Error(String(e)));
      },
    );
    return () => {
      live = false;
    };
  }, [Impl]);
  // A failed download goes to the nearest error boundary, as a failed lazy import would.
  if (error) throw error;
  return Impl ? <Impl {...props} /> : (fallback ?? null);
}
