import Editor from '@monaco-editor/react';
import './monaco-setup';
import type { CodeEditorProps } from './code-editor';
import { languageForPath } from './language';

/** The Monaco editor itself; loaded only through `CodeEditor`'s lazy import. */
export function CodeEditorImpl({
  path,
  value,
  onChange,
  readOnly = false,
  language,
  height = '100%',
  colorScheme = 'light',
  ariaLabel,
  onReady,
}: CodeEditorProps) {
  return (
    <Editor
      path={path}
      value={value}
      language={language ?? languageForPath(path)}
      height={height}
      theme={colorScheme === 'dark' ? 'vs-dark' : 'vs'}
      loading={null}
      onChange={(next) => onChange?.(next ?? '')}
      onMount={(editor) => {
        editor.getDomNode()?.setAttribute('data-editor-ready', 'true');
        onReady?.();
      }}
      options={{
        readOnly,
        ariaLabel,
        minimap: { enabled: false },
        fontSize: 13,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 2,
      }}
    />
  );
}
