import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
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

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
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
              // Monaco and our setup in one lazy file instead of eight: the Code tab requests
              // them while the page's own chunks and reads are in flight, and HTTP/1.1 allows six at a time.
              name: 'monaco',
              test: inMonacoChunk,
              priority: 8,
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
});
