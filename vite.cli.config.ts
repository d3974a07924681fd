// Builds the `factdesk` CLI into out/cli/factdesk.js (ESM; node_modules stay external).
import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** The bin must be executable for `npx factdesk` to run it. */
function makeExecutable(file: string): Plugin {
  return {
    name: 'factdesk:executable-bin',
    apply: 'build',
    writeBundle: () => chmod(resolve(file), 0o755),
  };
}

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
  plugins: [makeExecutable('out/cli/factdesk.js')],
});
