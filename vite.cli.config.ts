// Builds the `factdesk` CLI into out/cli/factdesk.js (ESM; node_modules stay external).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: resolve('src/cli/index.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      output: { entryFileNames: 'factdesk.js', banner: '#!/usr/bin/env node' },
    },
  },
});
