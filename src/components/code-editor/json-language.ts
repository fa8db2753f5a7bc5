import type { languages } from 'monaco-editor/editor/editor.api.js';

/** A Monarch grammar for JSON: the JSON language service needs its own worker, which we do not ship. */
export const jsonLanguage: languages.IMonarchLanguage = {
  tokenPostfix: '.json',
  tokenizer: {
    root: [
      [/"(?:[^"\\]|\\.)*"(?=\s*:)/, 'type'],
      [/"(?:[^"\\]|\\.)*"/, 'string'],
      [/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, 'number'],
      [/\b(?:true|false|null)\b/, 'keyword'],
      [/[{}[\],:]/, 'delimiter'],
      [/\s+/, 'white'],
    ],
  },
};
