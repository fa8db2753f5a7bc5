/**
 * THE code editor of the console (STYLE.md rule 6): a lazy Monaco wrapper. Importing this module costs a few
 * hundred bytes; Monaco (bundled locally, see monaco-setup.ts) loads when the first editor renders.
 *
 * @example
 * <CodeEditor path="index.js" value={text} onChange={setText} ariaLabel="index.js" />
 */
import { createElement } from 'react';
import type { ReactNode } from 'react';
import { lazyValue, useLazyValue } from '@/lib/lazy-value';

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

/** Monaco's module: once it has loaded, editors render in the same pass as their parent. */
const impl = lazyValue(() => import('./code-editor-impl').then((m) => m.CodeEditorImpl));

/**
 * Starts downloading Monaco now (e.g. when the Code tab's route module loads), so it arrives while the page
 * still fetches its data instead of after it. Safe to call many times; settles when Monaco is there (or failed).
 */
export function preloadCodeEditor(): Promise<void> {
  return impl.load().then(
    () => undefined,
    () => undefined, // an editor that renders later reports it
  );
}

/**
 * Renders at once when Monaco is loaded, else `fallback` until it arrives (lazy-value.ts: not React.lazy). A
 * failed download goes to the nearest error boundary.
 */
export function CodeEditor({ fallback, ...props }: CodeEditorProps & { fallback?: ReactNode }) {
  const Impl = useLazyValue(impl);
  // createElement: Impl is Monaco's module's component, stable across renders (the lint rule cannot tell).
  return Impl ? createElement(Impl, props) : (fallback ?? null);
}
