import { DiffEditor, loader } from '@monaco-editor/react';
import type { CodeDiffEditorProps } from './code-diff-editor';
import { languageForPath } from './language';
import { monaco } from './monaco-setup';

// The local Monaco build, never the CDN copy @monaco-editor/react would fetch by default.
loader.config({ monaco });

/** Monaco's diff editor; loaded only through `CodeDiffEditor`'s lazy import. */
export function CodeDiffEditorImpl({
  path,
  original,
  modified,
  language,
  height = '100%',
  colorScheme = 'light',
  sideBySide = true,
}: CodeDiffEditorProps) {
  return (
    <DiffEditor
      original={original}
      modified={modified}
      originalModelPath={`original/${path}`}
      modifiedModelPath={`modified/${path}`}
      language={language ?? languageForPath(path)}
      height={height}
      theme={colorScheme === 'dark' ? 'vs-dark' : 'vs'}
      loading={null}
      options={{
        readOnly: true,
        originalEditable: false,
        renderSideBySide: sideBySide,
        minimap: { enabled: false },
        fontSize: 13,
        automaticLayout: true,
        scrollBeyondLastLine: false,
      }}
    />
  );
}
