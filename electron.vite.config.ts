import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The dev server injects styles inline and talks to the page over a WebSocket (hot reload). Only under
 * `npm run dev` does the page's Content-Security-Policy allow that; built pages keep the strict one.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'factdesk:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("connect-src 'none'", "connect-src 'self' ws:"),
  };
}

export default defineConfig({
  main: {
    build: {
      // lowdb and steno are ESM-only; bundle them (and the small pure-JS deps) into main.
      externalizeDeps: { exclude: ['lowdb', 'steno', 'valibot'] },
      // The import worker is its own entry: main starts it as a worker thread (see core/import/worker-builder.ts).
      rollupOptions: { input: { index: resolve('src/main/index.ts'), 'import-worker': resolve('src/core/import/import-worker.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require node_modules or be an ES module: bundle everything, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
      // Fonts stay files, never data: URLs, so the CSP can say font-src 'self'.
      assetsInlineLimit: 0,
    },
    plugins: [svelte({ configFile: resolve('svelte.config.js') }), relaxCspForDevServer()],
  },
});
