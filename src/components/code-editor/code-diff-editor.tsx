/**
 * A read-only, lazy Monaco diff editor (same local Monaco build as `CodeEditor`), e.g. for comparing the code of
 * two function versions.
 *
 * @example
 * <CodeDiffEditor path="index.js" original={v1Text} modified={v2Text} />
 */
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';

export interface CodeDiffEditorProps {
  /** File path: picks the language and names the two models. */
  path: string;
  original: string;
  modified: string;
  language?: string;
  height?: string | number;
  colorScheme?: 'light' | 'dark';
  /** Side by side (default) or inline. */
  sideBySide?: boolean;
}

const CodeDiffEditorImpl = lazy(() =>
  import('./code-diff-editor-impl').then((m) => ({ default: m.CodeDiffEditorImpl })),
);

export function CodeDiffEditor({ fallback, ...props }: CodeDiffEditorProps & { fallback?: ReactNode }) {
  return (
    <Suspense fallback={fallback ?? null}>
      <CodeDiffEditorImpl {...props} />
    </Suspense>
  );
}
