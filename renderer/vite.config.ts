// The renderer as a plain web build (`npm run web`): the same app the Electron window shows,
// served on 127.0.0.1 for previews, screenshots and the browser tests.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { fontSlicesPlugin } from './font-slices-plugin.ts';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: './',
  plugins: [react(), fontSlicesPlugin()],
  build: {
    outDir: resolve(root, '../dist-web'),
    emptyOutDir: true,
    // The fonts are ~10 MB each: never inline them.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4096,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
