import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const MONACO_GRAMMAR =
  /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]languages[\\/]definitions[\\/]([^\\/]+)[\\/]([^\\/]+)$/;
const MONACO_SETUP = /[\\/]src[\\/]components[\\/]code-editor[\\/](monaco-setup|json-language)\.ts$/;

/**
 * The modules of the lazy Monaco file (see src/components/code-editor/monaco-setup.ts). Of the grammars, only
 * the registrations and the runtimes' own (JS/TS, Python) are in it: the others load on first use.
 */
function inMonacoChunk(id: string): boolean {
  const grammar = MONACO_GRAMMAR.exec(id);
  if (grammar)
    return grammar[2] === 'register.js' || ['javascript', 'typescript', 'python'].includes(grammar[1] ?? '');
  return /node_modules[\\/]monaco-editor[\\/]/.test(id) || MONACO_SETUP.test(id);
}

/**
 * V8's explicit compile hint (Chrome 136+): a file starting with this comment has all its functions compiled
 * while it streams in, on a background thread, instead of each one on the main thread at its first call. Only
 * for the chunks whose code mostly runs at start-up (the entry, React & co., Mantine's core): on a cold Code
 * tab load it took ~60-120 ms of compilation off the main thread (bench/editor.ts, traced A/B). Not for
 * Monaco: of its 3 MB little runs before the editor is ready, and compiling it all doubled the background work.
 */
function compileHints(chunkNames: readonly string[]): Plugin {
  return {
    name: 'fg-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own rewrites of the entry (its preload map goes on top of the file too).
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk' && (chunk.isEntry || chunkNames.includes(chunk.name)))
            chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      },
    },
  };
}

/** See the 'detail-ui' group below: the overlays, menus, selects and inputs the function pages share. */
const DETAIL_UI = new RegExp(
  String.raw`node_modules[\\/](@floating-ui[\\/]|react-remove-scroll|react-style-singleton[\\/]|use-callback-ref[\\/]|use-sidecar[\\/]|get-nonce[\\/]|@mantine[\\/]hooks[\\/]|@mantine[\\/]core[\\/](esm[\\/]components|styles)[\\/]` +
    String.raw`(Menu|ScrollArea|Checkbox|Popover|FocusTrap|Overlay|Portal|Radio|Skeleton|ModalBase|List|Modal|Progress|Combobox|Select|Tooltip|CopyButton|Textarea|Table|TextInput|FileButton|Tabs|Grid|Divider|CloseButton)([\\/]|\.css))`,
);

/**
 * React Router's package exports name only its development build (dev-only warnings and invariants on every
 * navigation and render); its production build ships beside it. Production bundles use that one: it is the
 * same API (one copy: every import of 'react-router' resolves here), 1.7 KB smaller in the eager chunk, and on
 * a cold Code tab load ~20 ms less main-thread CPU (bench/editor.ts, interleaved A/B). Dev and tests keep the
 * development build and its warnings.
 */
const REACT_ROUTER_PRODUCTION = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

export default defineConfig(({ command }) => ({
  plugins: [react(), compileHints(['framework', 'frame-ui', 'frame'])],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      ...(command === 'build' ? [{ find: /^react-router$/, replacement: REACT_ROUTER_PRODUCTION }] : []),
    ],
  },
  build: {
    // The bundle budget check (bench/bundle-budget.ts) reads the manifest to know what `/` loads eagerly.
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        // The libraries every page needs at first paint go in one chunk: the automatic split made many small
        // eager files out of them, each paying its own gzip overhead (bench/bundle-budget.ts sums per file).
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](query-core|react-query)|i18next|react-i18next)[\\/]/,
              priority: 10,
            },
            {
              // Mantine's core and the components the frame itself renders (the rest stay with their pages).
              name: 'frame-ui',
              test: /node_modules[\\/]@mantine[\\/](core[\\/]esm[\\/](core|utils)[\\/]|core[\\/]esm[\\/]components[\\/](AccordionChevron|ActionIcon|Anchor|Badge|Box|CloseButton|Collapse|ComboboxChevron|Combobox[\\/]ComboboxChevron|Input|Loader|NativeSelect|Paper|SegmentedControl|Text|Title|Transition|VisuallyHidden|UnstyledButton)[\\/]|notifications[\\/]esm[\\/]notifications\.store)/,
              priority: 5,
            },
            {
              // The rest of what `/` loads at start (our frame modules that lazy pages share, so the automatic
              // split made ~10 small files of them): one file, so the entry does not wait on a queue of tiny
              // requests behind a page's preloads on HTTP/1.1's six connections.
              name: 'frame',
              tags: ['$initial'],
              // Not the entry module itself: index.html and the manifest keep naming it as the entry.
              test: (id: string) => !/(^|[\\/])(index\.html|src[\\/]main\.tsx)($|\?)/.test(id),
              priority: 2,
            },
            {
              // Monaco and our setup in one lazy file instead of eight: the Code tab requests
              // them while the page's own chunks and reads are in flight, and HTTP/1.1 allows six at a time.
              name: 'monaco',
              test: inMonacoChunk,
              priority: 8,
            },
            {
              // The Mantine components (and their styles) of the function detail shell and its tabs, in one lazy
              // file instead of ~18 JS and ~12 CSS files of a few KB each. On a cold Code tab load the page's
              // ~55 requests queue on HTTP/1.1's six connections, and each costs the renderer and the browser
              // CPU: with this group Monaco's file arrives ~180 ms sooner and the load uses ~100 ms less
              // main-thread CPU (interleaved A/B at load 2-4: ready median 1,684 -> 1,499 ms). Only modules no
              // higher-priority group took: `/` still loads none of it (bench/bundle-budget.ts).
              name: 'detail-ui',
              test: DETAIL_UI,
              priority: 1,
            },
            {
              // Our small shared modules that lazy pages use (function-ref, feature catalogues, query-error,
              // after-next-paint…: each a file of a few hundred bytes otherwise): one request instead of ~5 on a
              // cold function page (Code tab, interleaved A/B at load ~7: Monaco's file ~110 ms sooner, ready
              // median 1,668 -> 1,595 ms). Those `/` loads stay in 'frame' (higher priority).
              name: 'shared-lib',
              test: /[\\/]src[\\/](lib|i18n|components[\\/]ui)[\\/]/,
              priority: 1,
            },
            {
              // Vite's preload helper stays a file of its own: Monaco's lazy grammars use it, and a group takes
              // its modules' dependencies along, which would make every lazy import load the Monaco file.
              name: 'preload-helper',
              test: /^\0vite[\\/]preload-helper/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
}));
