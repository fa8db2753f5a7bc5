import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

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
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
});
