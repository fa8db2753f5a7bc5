import { useEffect, useLayoutEffect, useRef } from 'react';
import type { CodeEditorProps } from './code-editor';
import { languageForPath } from './language';
import { monaco } from './monaco-setup';

type Model = monaco.editor.ITextModel;

let editorCount = 0;

const themeFor = (colorScheme: CodeEditorProps['colorScheme']) => (colorScheme === 'dark' ? 'vs-dark' : 'vs');

/** The model of `path` in one editor's set (created on first use; URIs are per editor, so editors never share). */
function modelFor(
  models: Map<string, Model>,
  editorId: number,
  path: string,
  text: string,
  language: string,
) {
  const existing = models.get(path);
  if (existing && !existing.isDisposed()) return existing;
  const uri = monaco.Uri.from({
    scheme: 'inmemory',
    authority: `editor-${String(editorId)}`,
    path: `/${path}`,
  });
  const model = monaco.editor.createModel(text, language, uri);
  models.set(path, model);
  return model;
}

/**
 * The Monaco editor itself; loaded only through `CodeEditor`'s lazy import. Monaco is created in a layout
 * effect, in the commit that mounts its container: created from passive effects after a state update (as
 * @monaco-editor/react does), it waited behind the rest of the page's effects and re-renders.
 *
 * One model per path, so each file keeps its undo history while the editor lives; they are disposed with it.
 */
export function CodeEditorImpl(props: CodeEditorProps) {
  const {
    path,
    value,
    readOnly = false,
    language,
    height = '100%',
    colorScheme = 'light',
    ariaLabel,
  } = props;
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const editorId = useRef(0);
  const models = useRef(new Map<string, Model>());
  const viewStates = useRef(new Map<string, monaco.editor.ICodeEditorViewState | null>());
  const shownPath = useRef(path);
  // Set while the editor applies `value` itself, so that the change is not reported back through onChange.
  const applyingValue = useRef(false);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useLayoutEffect(() => {
    const host = container.current;
    if (!host) return;
    editorCount += 1;
    editorId.current = editorCount;
    const first = latest.current;
    const editor = monaco.editor.create(host, {
      model: modelFor(
        models.current,
        editorId.current,
        first.path,
        first.value,
        first.language ?? languageForPath(first.path),
      ),
      theme: themeFor(first.colorScheme),
      readOnly: first.readOnly ?? false,
      ariaLabel: first.ariaLabel,
      minimap: { enabled: false },
      fontSize: 13,
      scrollBeyondLastLine: false,
      automaticLayout: true,
      tabSize: 2,
    });
    editorRef.current = editor;
    shownPath.current = first.path;
    const changes = editor.onDidChangeModelContent(() => {
      if (!applyingValue.current) latest.current.onChange?.(editor.getValue());
    });
    editor.getDomNode()?.setAttribute('data-editor-ready', 'true');
    first.onReady?.();
    const owned = models.current;
    const states = viewStates.current;
    return () => {
      changes.dispose();
      editor.dispose();
      for (const model of owned.values()) model.dispose();
      owned.clear();
      states.clear();
      editorRef.current = null;
    };
  }, []);

  // Another file: its own model, with its cursor and scroll position as the user left them.
  useLayoutEffect(() => {
    const editor = editorRef.current;
    if (!editor || shownPath.current === path) return;
    viewStates.current.set(shownPath.current, editor.saveViewState());
    shownPath.current = path;
    const { value: text, language: lang } = latest.current;
    editor.setModel(modelFor(models.current, editorId.current, path, text, lang ?? languageForPath(path)));
    const state = viewStates.current.get(path);
    if (state) editor.restoreViewState(state);
  }, [path]);

  // A value that differs from the buffer (an upload, a reset): replaced as one undoable edit.
  useLayoutEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || model.getValue() === value) return;
    applyingValue.current = true;
    try {
      if (editor.getOption(monaco.editor.EditorOption.readOnly)) model.setValue(value);
      else {
        editor.executeEdits('', [{ range: model.getFullModelRange(), text: value, forceMoveMarkers: true }]);
        editor.pushUndoStop();
      }
    } finally {
      applyingValue.current = false;
    }
  }, [value, path]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelLanguage(model, language ?? languageForPath(path));
  }, [language, path]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, ariaLabel });
  }, [readOnly, ariaLabel]);

  useEffect(() => {
    // Monaco's theme is global (one per page), like the console's colour scheme.
    monaco.editor.setTheme(themeFor(colorScheme));
  }, [colorScheme]);

  return <div ref={container} style={{ width: '100%', height }} />;
}
