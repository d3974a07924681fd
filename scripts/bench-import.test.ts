// The batch benchmark on the synthetic fixture pages: its output's shape and that every page is imported
// both ways (the worker from TypeScript source, as the script runs it), never its timings.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBenchImport } from './bench-import';
import { REPO_ROOT } from './lib/eval-dir';

const FIXTURES = path.join(REPO_ROOT, 'scripts/fixtures/eval');

describe('bench:import', () => {
  it('imports the pages in the worker and in the main thread, and ends with one JSON line of figures', async () => {
    const lines: string[] = [];
    const io = { stdout: (line: string) => lines.push(line), stderr: (line: string) => lines.push(line), env: {}, cwd: REPO_ROOT };
    expect(await runBenchImport(['--eval-dir', FIXTURES, '--files', '3'], io)).toBe(0);
    const figures = JSON.parse(lines.at(-1) ?? '') as Record<'worker' | 'mainThread', { imported: number; files: number; maxLoopDelayMs: number }>;
    for (const where of ['worker', 'mainThread'] as const) {
      expect(figures[where]).toMatchObject({ imported: 3, files: 3 });
      expect(figures[where].maxLoopDelayMs).toBeGreaterThanOrEqual(0);
    }
    expect(lines.join('\n')).toMatch(/worker\s+3\/3/);
  }, 60_000);

  it('repeats pages when asked for more files than there are, and the library holds the repeats back', async () => {
    const lines: string[] = [];
    const io = { stdout: (line: string) => lines.push(line), stderr: (line: string) => lines.push(line), env: {}, cwd: REPO_ROOT };
    expect(await runBenchImport(['--eval-dir', FIXTURES, '--files', '4', '--worker-only'], io)).toBe(0);
    const figures = JSON.parse(lines.at(-1) ?? '') as { worker: { imported: number; files: number }; mainThread: null };
    expect(figures).toMatchObject({ worker: { imported: 3, files: 4 }, mainThread: null });
  }, 60_000);
});
