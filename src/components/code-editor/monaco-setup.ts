/**
 * The Monaco build the console ships: the editor core, the editing contributions a code editor needs, the diff
 * editor and the basic (main-thread) grammars of the runtimes we run. Bundled by Vite from node_modules, so
 * nothing is fetched from a CDN (none is reachable): the editor uses it directly, and the diff editor hands it
 * to @monaco-editor/react with `loader.config({ monaco })`. Only the generic editor worker ships: the
 * TypeScript/JSON language workers weigh megabytes and FunctionGraph handlers are plain JS/Python, so syntax
 * colouring from the Monarch grammars is enough. No hover contribution either: without a language service it
 * has nothing to show, and it pulled ~230 KB of minified code (code actions, colour picker, inlay hints, go to
 * definition) into the chunk every Code tab parses.
 * Imported only by the lazy editor modules: never from the frame (bench/bundle-budget.ts checks it).
 */
import * as monaco from 'monaco-editor/editor/editor.api.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import 'monaco-editor/editor/browser/coreCommands.js';
import 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget.js';
import 'monaco-editor/editor/browser/widget/diffEditor/diffEditor.contribution.js';
import 'monaco-editor/editor/common/standaloneStrings.js';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard.js';
import 'monaco-editor/editor/contrib/comment/browser/comment.js';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu.js';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo.js';
import 'monaco-editor/editor/contrib/find/browser/findController.js';
import 'monaco-editor/editor/contrib/folding/browser/folding.js';
import 'monaco-editor/editor/contrib/indentation/browser/indentation.js';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor.js';
import 'monaco-editor/editor/contrib/readOnlyMessage/browser/contribution.js';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter.js';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations.js';
import 'monaco-editor/languages/definitions/javascript/register.js';
import 'monaco-editor/languages/definitions/typescript/register.js';
import 'monaco-editor/languages/definitions/python/register.js';
import 'monaco-editor/languages/definitions/yaml/register.js';
import 'monaco-editor/languages/definitions/markdown/register.js';
import 'monaco-editor/languages/definitions/shell/register.js';
import 'monaco-editor/languages/definitions/html/register.js';
import 'monaco-editor/languages/definitions/css/register.js';
import 'monaco-editor/languages/definitions/ini/register.js';
import 'monaco-editor/languages/definitions/xml/register.js';
// The grammars of the runtimes' files ship inside the Monaco chunk: registered lazily, they cost one more round
// trip after the editor is created before the handler file is coloured.
import 'monaco-editor/languages/definitions/javascript/javascript.js';
import 'monaco-editor/languages/definitions/python/python.js';
import { jsonLanguage } from './json-language';

// Every label (editorWorkerService, and any language that asks) gets the generic editor worker.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

// JSON without its language worker: a Monarch grammar for colouring (test events, package.json).
if (!monaco.languages.getLanguages().some((l) => l.id === 'json')) {
  monaco.languages.register({ id: 'json', extensions: ['.json'], aliases: ['JSON'] });
  monaco.languages.setMonarchTokensProvider('json', jsonLanguage);
}

export { monaco };
