// The benchmark runs here only as a smoke test on the fixture slice: the output's shape, not its figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SegmentationCase } from './bench-segment';
import { isPureSplit, limitPerLanguage, normalizePredicted, orderLanguages, runBenchSegment, scoreCase } from './bench-segment';
import { REPO_ROOT } from './lib/eval-dir';
import type { ScriptRun } from './lib/spawn-script';
import { spawnScript } from './lib/spawn-script';

const FIXTURES = path.join(REPO_ROOT, 'scripts/fixtures/eval');

const runScript = (args: string[]): Promise<ScriptRun> => spawnScript('scripts/bench-segment.ts', args);

interface FiguresShape {
  passed: number;
  total: number;
  percent: number | null;
}

function expectFigures(value: unknown): void {
  expect(value).toEqual(
    expect.objectContaining({ passed: expect.any(Number), total: expect.any(Number), percent: expect.anything() }),
  );
  const figures = value as FiguresShape;
  expect(figures.passed).toBeLessThanOrEqual(figures.total);
}

const emptyDir = mkdtempSync(path.join(tmpdir(), 'factdesk-bench-'));
afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

describe('bench-segment (smoke, on the fixture slice)', () => {
  it('prints a table per file and, last, one JSON line with per-language figures', async () => {
    const run = await runScript(['--eval-dir', 'scripts/fixtures/eval', '--limit', '3', '--fails', '2']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    // --limit 3: three cases of each language in each file (Chinese has two).
    expect(lines).toContain('segmentation-golden-rules.jsonl (14 cases)');
    expect(lines).toContain('segmentation-extra-en.jsonl (3 cases)');
    expect(lines.filter((line) => /^lang\s+run as\s+passed\s+%\s+pure split\s+%\s+target$/.test(line))).toHaveLength(2);
    for (const lang of ['en', 'ru', 'kk', 'zh']) {
      expect(lines.some((line) => new RegExp(`^${lang}\\s+${lang}\\s+\\d+/\\d+\\s+\\d+\\.\\d\\d%`).test(line)), lang).toBe(true);
    }
    expect(lines).toContain('other languages, not a target:');
    expect(lines.some((line) => /^de\s+und\s+\d+\/3\s/.test(line))).toBe(true);
    expect(lines.filter((line) => /^ALL\s+\d+\/\d+/.test(line))).toHaveLength(2);

    const summary = JSON.parse(lines.at(-1) ?? '') as {
      bench: string;
      limit: number;
      goldenRules: { languages: Record<string, FiguresShape & { pureSplit: FiguresShape }>; other: unknown; all: unknown };
      extraEn: { languages: Record<string, unknown>; all: unknown };
    };
    expect(summary.bench).toBe('segment');
    expect(summary.limit).toBe(3);
    expect(Object.keys(summary.goldenRules.languages)).toEqual(['en', 'ru', 'kk', 'zh', 'de']);
    for (const figures of Object.values(summary.goldenRules.languages)) {
      expectFigures(figures);
      expectFigures(figures.pureSplit);
    }
    expectFigures(summary.goldenRules.other);
    expectFigures(summary.goldenRules.all);
    expectFigures(summary.extraEn.languages.en);
    expectFigures(summary.extraEn.all);
  });

  it('exits with 2 and says where it looked when the eval data is missing', async () => {
    const run = await runScript(['--eval-dir', emptyDir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('evaluation data not found');
    expect(run.stderr).toContain(path.join(emptyDir, 'segmentation', 'segmentation-golden-rules.jsonl'));
  });

  it('exits with 2 on a bad option', async () => {
    const run = await runScript(['--limit', 'ten']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--limit');
  });

  it('takes the eval directory from FACTDESK_EVAL_DIR when no --eval-dir is given', async () => {
    const out: string[] = [];
    const code = await runBenchSegment(['--limit', '1'], {
      stdout: (line) => out.push(line),
      stderr: (line) => out.push(`stderr: ${line}`),
      env: { FACTDESK_EVAL_DIR: 'fixtures/eval' },
      cwd: path.join(REPO_ROOT, 'scripts'),
    });
    expect(code).toBe(0);
    expect(out[0]).toContain(path.join(FIXTURES, 'segmentation'));
    expect(JSON.parse(out.at(-1) ?? '')).toMatchObject({ evalDir: FIXTURES, limit: 1 });
  });
});

const caseOf = (text: string, sentences: string[], lang = 'en'): SegmentationCase => ({ lang, id: text, text, sentences });

describe('bench-segment scoring (as score.mjs)', () => {
  it('trims predicted sentences and drops the empty ones', () => {
    expect(normalizePredicted([' One. ', '', '  ', '\nTwo.'])).toEqual(['One.', 'Two.']);
  });

  it('passes a case only when the whole list matches', () => {
    const c = caseOf('One. Two.', ['One.', ' Two.']);
    expect(scoreCase(c, () => ['One. ', ' ', 'Two.'], true).pass).toBe(true);
    expect(scoreCase(c, () => ['One. Two.'], true).pass).toBe(false);
    expect(scoreCase(c, () => ['One.', 'Two.', 'Three.'], true).pass).toBe(false);
  });

  it('counts a splitter that throws as a failure and keeps the error', () => {
    const result = scoreCase(caseOf('x', ['x']), () => {
      throw new Error('boom');
    }, true);
    expect(result).toMatchObject({ pass: false, got: [], error: 'Error: boom' });
  });

  it('tells the cases that expect text cleaning from the pure splits', () => {
    expect(isPureSplit(caseOf('  One.\nTwo.  ', ['One.', 'Two.']))).toBe(true);
    expect(isPureSplit(caseOf('It was a cold\nnight.', ['It was a cold night.']))).toBe(false);
    expect(isPureSplit(caseOf('\n_____\nThe text.', ['The text.']))).toBe(false);
    expect(isPureSplit(caseOf('Two. One.', ['One.', 'Two.']))).toBe(false);
  });

  it('limits each language of a file and orders ours first', () => {
    const cases = ['de', 'en', 'en', 'ru', 'en', 'de'].map((lang, i) => caseOf(`${i}`, [], lang));
    expect(limitPerLanguage(cases, 1).map((c) => c.id)).toEqual(['0', '1', '3']);
    expect(limitPerLanguage(cases, undefined)).toHaveLength(6);
    expect(orderLanguages(['da', 'zh', 'de', 'en', 'kk', 'ru'])).toEqual(['en', 'ru', 'kk', 'zh', 'da', 'de']);
  });
});
