// pdf.js for Node, loaded on first use (it is large). Its worker code runs on the calling thread:
// handing pdf.js the worker module directly spares it importing one by a path at run time, which a
// bundler would not see.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type Pdfjs = typeof PdfjsModule;

let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    const host = globalThis as { pdfjsWorker?: unknown };
    host.pdfjsWorker ??= worker;
    return pdfjs;
  })();
  return loading;
}

/**
 * The folder of the character maps pdf.js ships, which Chinese, Japanese and Korean PDFs without
 * embedded fonts need to be read at all; null if it cannot be found (text in other scripts still reads).
 */
export function findCMapFolder(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + sep;
  } catch {
    return null;
  }
}
