// Batch import benchmark: N real web pages (from <eval-dir>/extraction/aeb-dev/) imported one after another
// through the API, as the window does when many files are dropped, with detection in the worker thread main
// uses, then in the main thread for comparison. While it runs, the main thread's event-loop delay is sampled:
// it is what decides whether the window (its IPC, menus, dialogs) stays responsive.
//
//   npm run bench:import -- [--eval-dir <dir>] [--files N] [--worker-only]
//
// The last line of the output is one JSON object with the figures.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ImportOutcome } from '../src/shared/api';
import { openFactdesk } from '../src/core/app';
import { createInProcessBuilder, type DocumentBuilder } from '../src/core/import';
import { createWorkerBuilder } from '../src/core/import/worker-builder';
import { resolveEvalDir } from './lib/eval-dir';
import { findGroundTruth, readExtractionPages, readPageHtml } from './lib/extraction-pages';
import { formatTable } from './lib/format-table';
import { parseArgs } from './lib/parse-args';
import { ScriptError } from './lib/script-error';
import type { ScriptIo } from './lib/script-io';
import { isEntryPoint, runScript } from './lib/script-io';

const WORKER_SOURCE = new URL('../src/core/import/import-worker.ts', import.meta.url);

export interface BatchFigures {
  where: 'worker' | 'main thread';
  files: number;
  imported: number;
  totalSeconds: number;
  medianMsPerFile: number;
  /** The main thread's longest stall while the batch ran, and its 99th percentile (ms). */
  maxLoopDelayMs: number;
  p99LoopDelayMs: number;
}

interface PageFile {
  name: string;
  contentBase64: string;
}

function readPages(evalDir: string, count: number): PageFile[] {
  const { file, folder } = findGroundTruth(evalDir);
  const pages = readExtractionPages(file);
  if (pages.length === 0) throw new ScriptError(`${file} lists no pages.`);
  // More files than pages repeat pages, which the library then holds back as duplicates.
  return Array.from({ length: count }, (_unused, index) => {
    const page = pages[index % pages.length] ?? pages[0];
    if (!page) throw new ScriptError(`${file} lists no pages.`);
    return { name: `${page.id}-${index}.html`, contentBase64: Buffer.from(readPageHtml(folder, page)).toString('base64') };
  });
}

export async function importBatch(files: readonly PageFile[], builder: DocumentBuilder, where: BatchFigures['where']): Promise<BatchFigures> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'factdesk-bench-import-'));
  const app = await openFactdesk({
    dataDir,
    builder,
    host: {
      chooseFilesToImport: async () => null,
      chooseReportPath: async () => null,
      chooseBackupPath: async () => null,
      chooseBackupToRestore: async () => null,
      printToPdf: async () => new Uint8Array(),
    },
  });
  // A first import starts the worker and loads the model: a batch pays it once, so it is not timed.
  await app.dispatch('importText', { text: 'Warm-up\n\nExports rose 12 percent in 2024.', name: null });
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const durations: number[] = [];
  let imported = 0;
  const started = performance.now();
  delay.enable();
  try {
    for (const file of files) {
      const fileStarted = performance.now();
      const response = await app.dispatch('importFile', file);
      durations.push(performance.now() - fileStarted);
      // A repeated page is held back as a duplicate: answered, but not imported.
      if (response.ok && (response.value as ImportOutcome).kind === 'imported') imported += 1;
    }
  } finally {
    delay.disable();
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  durations.sort((a, b) => a - b);
  return {
    where,
    files: files.length,
    imported,
    totalSeconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    medianMsPerFile: Number((durations[Math.floor(durations.length / 2)] ?? 0).toFixed(1)),
    maxLoopDelayMs: Number((delay.max / 1e6).toFixed(1)),
    p99LoopDelayMs: Number((delay.percentile(99) / 1e6).toFixed(1)),
  };
}

export async function runBenchImport(argv: string[], io: ScriptIo): Promise<number> {
  const { options } = parseArgs(argv, { 'eval-dir': 'string', files: 'integer', 'worker-only': 'boolean' });
  const files = readPages(resolveEvalDir(options['eval-dir'], io.env, io.cwd), Math.max(1, options.files ?? 100));
  io.stdout(`Importing ${files.length} web pages one by one through the API, as a drop of ${files.length} files does.`);
  const results = [await importBatch(files, createWorkerBuilder({ url: WORKER_SOURCE, isTypeScriptSource: true }), 'worker')];
  if (!options['worker-only']) results.push(await importBatch(files, createInProcessBuilder(), 'main thread'));
  const rows = results.map((figures) => [
    figures.where,
    `${figures.imported}/${figures.files}`,
    String(figures.totalSeconds),
    String(figures.medianMsPerFile),
    String(figures.maxLoopDelayMs),
    String(figures.p99LoopDelayMs),
  ]);
  const header = ['detection in', 'imported', 'total s', 'median ms/file', 'main-thread max stall ms', 'p99 stall ms'];
  for (const line of formatTable([header, ...rows], ['left', 'right', 'right', 'right', 'right', 'right'])) io.stdout(line);
  io.stdout('A stall is time the main thread could not answer the window (IPC, menus, dialogs).');
  io.stdout(JSON.stringify({ worker: results[0], mainThread: results[1] ?? null }));
  return 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = await runScript(runBenchImport);
