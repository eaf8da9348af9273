// electron-vite builds three bundles from our own folders (not its src/ defaults), so every
// entry is named explicitly (library-notes.md: root alone fails for custom folders).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { fontSlicesPlugin } from './renderer/font-slices-plugin';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The report loading process (report-loader.ts) is an entry of its own: main forks it.
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          'report-load-worker': resolve(root, 'electron/main/report-load-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads must be CommonJS (Electron does not load ESM preloads with sandbox on).
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), fontSlicesPlugin()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
