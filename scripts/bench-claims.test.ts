// The benchmark runs here only as a smoke test on the fixture slice: the output's shape and that its figures
// hang together, not the figures themselves (they come from the full data and change with every retraining).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLAIM_THRESHOLD } from '../src/core/detect';
import type { TrainedClaimModel } from '../src/core/detect/training/train-claim-model';
import { runBenchClaims } from './bench-claims';
import { CHECKWORTHY_FILES, TARGET_FILE, THREE_CLASS_FILE } from './lib/checkworthy-data';
import { REPO_ROOT } from './lib/eval-dir';
import type { ScriptRun } from './lib/spawn-script';
import { spawnScript } from './lib/spawn-script';
import { ScriptError } from './lib/script-error';
import { MODEL_FILE } from './train-claims';

const FIXTURES = path.join(REPO_ROOT, 'scripts/fixtures/eval');
/** Sentences in each fixture file (see scripts/fixtures/eval/checkworthy/README.md). */
const FIXTURE_SIZES: Record<string, number> = {
  [TARGET_FILE]: 60,
  [THREE_CLASS_FILE]: 80,
  'checkthat2022-en.dev.jsonl': 30,
  'checkthat2022-bg.dev.jsonl': 30,
};

const spawnBench = (args: string[]): Promise<ScriptRun> => spawnScript('scripts/bench-claims.ts', args);

/** Runs the benchmark in-process and keeps what it prints. */
function runInProcess(args: string[], env: NodeJS.ProcessEnv = {}, cwd = REPO_ROOT): { code: number; lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = runBenchClaims(args, { stdout: (line) => lines.push(line), stderr: (line) => errors.push(line), env, cwd });
  return { code, lines, errors };
}

interface Bucket {
  from: number;
  to: number;
  count: number;
  positiveShare: number | null;
  isCalibrated: boolean;
}

interface Figures {
  precision: number;
  recall: number;
  f1: number;
  reliability: Bucket[];
}

interface Summary {
  bench: string;
  evalDir: string;
  limit: number | null;
  threshold: number;
  modelLoadMs: number;
  sentencesPerSecond: number;
  files: Record<string, Figures & { language: string; sentences: number; isTrainingData: boolean; sentencesPerSecond: number }>;
  crossValidation: { file: string; folds: number; threshold: number; words: Figures; features: Figures };
}

function expectFigures(figures: Figures, sentences?: number): void {
  for (const value of [figures.precision, figures.recall, figures.f1]) {
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
  }
  // F1 is the harmonic mean of the other two (all rounded to four places).
  const { precision: p, recall: r } = figures;
  expect(figures.f1).toBeCloseTo(p + r === 0 ? 0 : (2 * p * r) / (p + r), 3);
  expect(figures.reliability).toHaveLength(10);
  figures.reliability.forEach((bucket, i) => {
    expect(bucket.from).toBeCloseTo(i / 10, 10);
    expect(bucket.to).toBeCloseTo((i + 1) / 10, 10);
  });
  if (sentences !== undefined) expect(figures.reliability.reduce((sum, b) => sum + b.count, 0)).toBe(sentences);
}

function parseSummary(lines: readonly string[]): Summary {
  return JSON.parse(lines.at(-1) ?? '') as Summary;
}

const shippedModel = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as TrainedClaimModel;
const emptyDir = mkdtempSync(path.join(tmpdir(), 'factdesk-bench-claims-'));
afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

describe('bench-claims (smoke, on the fixture slice)', () => {
  it('prints a table with every file, the reliability tables and, last, one JSON line with the figures', () => {
    const { code, lines, errors } = runInProcess(['--eval-dir', 'scripts/fixtures/eval']);
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    expect(lines[0]).toBe(`claim detection on ${path.join(FIXTURES, 'checkworthy')}, threshold ${CLAIM_THRESHOLD}`);
    expect(lines[1]).toMatch(/^model load: [\d.]+ ms \(\d+ KB\)$/u);
    expect(lines.filter((line) => /^file\s+lang\s+sentences\s+claims\s+precision\s+recall\s+F1\s+sentences\/s$/u.test(line))).toHaveLength(1);
    for (const file of CHECKWORTHY_FILES) {
      const isTraining = file === TARGET_FILE || file === THREE_CLASS_FILE;
      const language = file === 'checkthat2022-bg.dev.jsonl' ? 'ru' : 'en';
      // file (starred when trained on), language, sentences, claims, precision, recall, F1, sentences/s
      const figure = '\\s+[01]\\.\\d{3}';
      const name = `${file.replaceAll('.', '\\.')}${isTraining ? ' \\*' : ''}`;
      const row = new RegExp(`^${name}\\s+${language}\\s+${FIXTURE_SIZES[file]}\\s+\\d+${figure}${figure}${figure}\\s+\\d+$`, 'u');
      expect(lines.filter((line) => row.test(line)), file).toHaveLength(1);
      // Each reliability table: its title, a header and ten buckets from 0.0–0.1 to 0.9–1.0.
      const title = lines.indexOf(`reliability, ${file}${isTraining ? ' (in-sample)' : ''}:`);
      expect(title, file).toBeGreaterThan(0);
      expect(lines[title + 1]).toMatch(/^\s+score\s+sentences\s+claims\s+middle$/u);
      const buckets = lines.slice(title + 2, title + 12);
      expect(buckets.map((line) => /^\s+(\d\.\d–\d\.\d)\s/u.exec(line)?.[1])).toEqual(
        Array.from({ length: 10 }, (_, i) => `${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}`),
      );
    }
    const { targetSentences, threshold } = shippedModel.crossValidation;
    expect(lines).toContain(`held out: 5-fold cross-validation on ${TARGET_FILE} at training (${targetSentences} sentences, threshold ${threshold}):`);
    expect(lines.some((line) => /^\s+English model \(words \+ features\): precision [01]\.\d{3}, recall [01]\.\d{3}, F1 [01]\.\d{3}$/u.test(line))).toBe(true);
    expect(lines.some((line) => /^\s+feature model \(all other languages\): precision /u.test(line))).toBe(true);

    const summary = parseSummary(lines);
    expect(summary).toMatchObject({ bench: 'claims', evalDir: FIXTURES, limit: null, threshold: CLAIM_THRESHOLD });
    expect(summary.modelLoadMs).toBeGreaterThanOrEqual(0);
    expect(summary.sentencesPerSecond).toBeGreaterThan(0);
    expect(Object.keys(summary.files)).toEqual([...CHECKWORTHY_FILES]);
    for (const [name, figures] of Object.entries(summary.files)) {
      expect(figures.sentences, name).toBe(FIXTURE_SIZES[name]);
      expect(figures.isTrainingData, name).toBe(name === TARGET_FILE || name === THREE_CLASS_FILE);
      expect(figures.sentencesPerSecond, name).toBeGreaterThan(0);
      expectFigures(figures, figures.sentences);
    }
    expect(summary.files['checkthat2022-bg.dev.jsonl']?.language).toBe('ru');
    // The held-out figures are the ones training stored in the model, passed on unchanged.
    const cv = shippedModel.crossValidation;
    expect(summary.crossValidation).toMatchObject({ file: TARGET_FILE, folds: cv.folds, threshold: cv.threshold });
    for (const name of ['words', 'features'] as const) {
      const { precision, recall, f1, reliability } = cv.models[name];
      expect(summary.crossValidation[name]).toEqual({ precision, recall, f1, reliability });
      expectFigures(summary.crossValidation[name], cv.targetSentences);
    }
  });

  it('runs from the command line and prints the same JSON last', async () => {
    const run = await spawnBench(['--eval-dir', 'scripts/fixtures/eval', '--limit', '4']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toContain('first 4 sentences of each file');
    const summary = parseSummary(lines);
    expect(summary.evalDir).toBe(FIXTURES);
    expect(summary.limit).toBe(4);
    expect(Object.keys(summary.files)).toEqual([...CHECKWORTHY_FILES]);
    for (const figures of Object.values(summary.files)) expectFigures(figures, 4);
  });

  it('scores only the first N sentences of each file with --limit, at the threshold asked for', () => {
    const { code, lines } = runInProcess(['--eval-dir', FIXTURES, '--limit', '7', '--threshold', '0.95']);
    expect(code).toBe(0);
    expect(lines[0]).toBe(`claim detection on ${path.join(FIXTURES, 'checkworthy')}, threshold 0.95, first 7 sentences of each file`);
    const summary = parseSummary(lines);
    expect(summary).toMatchObject({ limit: 7, threshold: 0.95 });
    for (const figures of Object.values(summary.files)) expectFigures(figures, 7);
    // The first seven lines of the 2.5xNCS slice are all check-worthy; the first seven Bulgarian ones hold one claim.
    expect(lines.some((line) => /^claimbuster-2\.5xNCS\.dev\.jsonl \*\s+en\s+7\s+7\s/u.test(line))).toBe(true);
    expect(lines.some((line) => /^checkthat2022-bg\.dev\.jsonl\s+ru\s+7\s+1\s/u.test(line))).toBe(true);
  });

  it('takes the eval directory from FACTDESK_EVAL_DIR when no --eval-dir is given', () => {
    const { code, lines } = runInProcess(['--limit', '1'], { FACTDESK_EVAL_DIR: 'fixtures/eval' }, path.join(REPO_ROOT, 'scripts'));
    expect(code).toBe(0);
    expect(parseSummary(lines)).toMatchObject({ evalDir: FIXTURES, limit: 1 });
  });

  it('exits with 2 and names every missing file when the eval data is missing', async () => {
    const run = await spawnBench(['--eval-dir', emptyDir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: evaluation data not found: /u);
    for (const file of CHECKWORTHY_FILES) expect(run.stderr).toContain(path.join(emptyDir, 'checkworthy', file));
    expect(run.stderr).toContain('Point --eval-dir or FACTDESK_EVAL_DIR at the eval directory');
    // In-process the same failure is a ScriptError, which runScript turns into that exit code.
    expect(() => runInProcess(['--eval-dir', emptyDir])).toThrow(ScriptError);
  });

  it('rejects a bad option with exit code 2', () => {
    expect(() => runInProcess(['--limit', 'ten'])).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringContaining('--limit') }));
  });
});
