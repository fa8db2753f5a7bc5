/**
 * THE code editor of the console (STYLE.md rule 6): a lazy Monaco wrapper. Importing this module costs a few
 * hundred bytes; Monaco (bundled locally, see monaco-setup.ts) loads when the first editor renders.
 *
 * @example
 * <CodeEditor path="index.js" value={text} onChange={setText} ariaLabel="index.js" />
 */
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';

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

const loadImpl = () => import('./code-editor-impl');
const CodeEditorImpl = lazy(() => loadImpl().then((m) => ({ default: m.CodeEditorImpl })));

/**
 * Starts downloading Monaco now (e.g. when the Code tab's route module loads), so it arrives while the page
 * still fetches its data instead of after it. Safe to call many times.
 */
export function preloadCodeEditor(): void {
  void loadImpl();
}

export function CodeEditor({ fallback, ...props }: CodeEditorProps & { fallback?: ReactNode }) {
  return (
    <Suspense fallback={fallback ?? null}>
      <CodeEditorImpl {...props} />
    </Suspense>
  );
}
