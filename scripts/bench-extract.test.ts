// The benchmark runs here only on the synthetic fixture slice: the output's shape, not its figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quantile, runBenchExtract, runPage, summarizeResults } from './bench-extract';
import { readExtractionPages, type ExtractionPage } from './lib/extraction-pages';
import { REPO_ROOT } from './lib/eval-dir';
import type { ScriptRun } from './lib/spawn-script';
import { spawnScript } from './lib/spawn-script';

const FIXTURES = path.join(REPO_ROOT, 'scripts/fixtures/eval');
const GROUND_TRUTH = path.join(FIXTURES, 'extraction/aeb-dev/ground-truth.dev.jsonl');

const runScript = (args: string[]): Promise<ScriptRun> => spawnScript('scripts/bench-extract.ts', args);

interface FiguresShape {
  f1: number;
  precision: number;
  recall: number;
  medianMs: number;
  p90Ms: number;
}

function expectFigures(value: unknown): void {
  expect(value).toEqual(
    expect.objectContaining({
      f1: expect.any(Number),
      precision: expect.any(Number),
      recall: expect.any(Number),
      medianMs: expect.any(Number),
      p90Ms: expect.any(Number),
    }),
  );
  const figures = value as FiguresShape;
  for (const share of [figures.f1, figures.precision, figures.recall]) {
    expect(share).toBeGreaterThanOrEqual(0);
    expect(share).toBeLessThanOrEqual(1);
  }
  expect(figures.medianMs).toBeGreaterThan(0);
  expect(figures.p90Ms).toBeGreaterThanOrEqual(figures.medianMs);
}

const emptyDir = mkdtempSync(path.join(tmpdir(), 'factdesk-bench-'));
afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

describe('bench-extract (smoke, on the synthetic fixture slice)', () => {
  it('prints a table for the importer and Readability alone, the worst pages, and last one JSON line', async () => {
    const run = await runScript(['--eval-dir', 'scripts/fixtures/eval', '--worst', '2', '--passes', '1']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.some((line) => /^extractor\s+F1\s+precision\s+recall\s+median ms\s+p90 ms\s+pages$/u.test(line))).toBe(true);
    expect(lines.some((line) => /^importHtml\s+\d\.\d{4}\s+\d\.\d{4}\s+\d\.\d{4}\s+\d+\.\d\s+\d+\.\d\s+3$/u.test(line))).toBe(true);
    expect(lines.some((line) => /^Readability\.js alone\s+\d\.\d{4}\s+/u.test(line))).toBe(true);
    expect(lines.some((line) => /^ {2}its extracted text\s+\d\.\d{4}\s+/u.test(line))).toBe(true);
    expect(lines).toContain('The 2 pages with the lowest F1 (importHtml):');
    expect(lines.filter((line) => /^synthetic-\S+\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+https:\/\//u.test(line))).toHaveLength(2);

    const summary = JSON.parse(lines.at(-1) ?? '') as FiguresShape & { pages: number; readability: FiguresShape; extractedText: unknown };
    expect(Object.keys(summary).slice(0, 6)).toEqual(['f1', 'precision', 'recall', 'medianMs', 'p90Ms', 'pages']);
    expect(summary.pages).toBe(3);
    expectFigures(summary);
    expectFigures(summary.readability);
    expect(summary.extractedText).toEqual({ f1: expect.any(Number), precision: expect.any(Number), recall: expect.any(Number) });
  });

  it('exits with 2 and says where it looked when the eval data is missing', async () => {
    const run = await runScript(['--eval-dir', emptyDir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('evaluation data not found');
    expect(run.stderr).toContain(path.join(emptyDir, 'extraction', 'aeb-dev', 'ground-truth.dev.jsonl'));
  });

  it('exits with 2 on a bad option', async () => {
    const run = await runScript(['--limit', 'all']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--limit');
  });

  it('takes the eval directory from FACTDESK_EVAL_DIR and runs only --limit pages', async () => {
    const out: string[] = [];
    const code = await runBenchExtract(['--limit', '1', '--passes', '1'], {
      stdout: (line) => out.push(line),
      stderr: (line) => out.push(`stderr: ${line}`),
      env: { FACTDESK_EVAL_DIR: 'fixtures/eval' },
      cwd: path.join(REPO_ROOT, 'scripts'),
    });
    expect(code).toBe(0);
    expect(out[0]).toContain(GROUND_TRUTH);
    expect(JSON.parse(out.at(-1) ?? '')).toMatchObject({ evalDir: FIXTURES, limit: 1, pages: 1 });
  });
});

describe('bench-extract scoring', () => {
  const [page] = readExtractionPages(GROUND_TRUTH);

  it('reads the ground truth records', () => {
    expect(page).toMatchObject({ id: 'synthetic-en-council-budget', html: expect.stringMatching(/\.html\.gz$/u) });
  });

  it('scores what an extractor returns, and a throw as an empty extraction with its message', () => {
    const truth: ExtractionPage = { id: 'x', url: 'https://example.com/', html: 'x.html.gz', articleBody: 'one two three four five six' };
    const perfect = runPage(truth, '<p>unused</p>', () => 'one two three four five six');
    expect(perfect).toMatchObject({ precision: 1, recall: 1, f1: 1, error: null });
    const half = runPage(truth, '', () => 'one two three four five six seven eight nine');
    expect(half.recall).toBe(1);
    expect(half.precision).toBeCloseTo(0.5);
    const failed = runPage(truth, '', () => {
      throw new Error('no text');
    });
    expect(failed).toMatchObject({ precision: 0, recall: 0, f1: 0, error: 'no text' });
  });

  it('summarises figures and times: median and 90th percentile by nearest rank', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(quantile([], 0.5)).toBe(0);
    const result = (precision: number, recall: number, ms: number) => ({ id: '', url: '', precision, recall, f1: 0, ms, error: null });
    expect(summarizeResults([result(1, 0.5, 10), result(0.5, 1, 30)])).toEqual({
      f1: 0.75,
      precision: 0.75,
      recall: 0.75,
      medianMs: 10,
      p90Ms: 30,
      pages: 2,
    });
  });
});
