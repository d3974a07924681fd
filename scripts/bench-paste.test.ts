// The benchmark runs here on the synthetic fixture pages (scripts/fixtures/eval/paste) and the real samples.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticleText } from '../src/core/import/parse-article-text';
import { SAMPLE_FILES } from '../src/core/sample-articles';
import {
  buildLongText,
  checkSample,
  indexTruth,
  isArticleTextLine,
  keepArticleText,
  runBenchPaste,
  SAMPLE_EXPECTATIONS,
} from './bench-paste';
import { readPageHtml, type ExtractionPage } from './lib/extraction-pages';
import { REPO_ROOT } from './lib/eval-dir';
import { spawnScript } from './lib/spawn-script';

const FIXTURES = path.join(REPO_ROOT, 'scripts/fixtures/eval/paste');
const tempDir = mkdtempSync(path.join(tmpdir(), 'factdesk-bench-paste-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

interface Figures {
  f1: number;
  precision: number;
  recall: number;
}

describe('bench-paste on the synthetic pages', () => {
  it('prints the figures and, last, one JSON line: the classifier beats whole-page text and excludes no article text', async () => {
    const run = await spawnScript('scripts/bench-paste.ts', ['--eval-dir', 'scripts/fixtures/eval/paste', '--false', '5']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.some((line) => /^whole page\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}$/u.test(line))).toBe(true);
    expect(lines.some((line) => /^kept by classifier\s+\d\.\d{3}/u.test(line))).toBe(true);
    expect(lines.some((line) => /^comments\s+\d+\s+0$/u.test(line))).toBe(true);

    const summary = JSON.parse(lines.at(-1) ?? '') as {
      bench: string;
      pages: number;
      wholePage: Figures;
      classifier: Figures;
      falseExclusions: number;
      cleanText: { excludedLines: number };
      byReason: Record<string, { lines: number; articleText: number }>;
      samples: { expectedFound: number; expected: number; unexpected: number; keptButExcluded: number }[];
      speed: { longTextChars: number; longTextMs: number };
    };
    expect(summary).toMatchObject({ bench: 'paste', pages: 3, falseExclusions: 0, cleanText: { excludedLines: 0 } });
    expect(summary.classifier.f1).toBeGreaterThan(summary.wholePage.f1 + 0.2);
    expect(summary.classifier.recall).toBeGreaterThanOrEqual(0.99);
    for (const reason of ['link-list', 'related-links', 'comments', 'cookie-notice', 'advertisement']) {
      expect(summary.byReason[reason]?.lines, reason).toBeGreaterThan(0);
    }
    expect(summary.samples).toHaveLength(SAMPLE_FILES.length);
    for (const sample of summary.samples) expect(sample).toMatchObject({ expectedFound: sample.expected, unexpected: 0, keptButExcluded: 0 });
    expect(summary.speed.longTextChars).toBeGreaterThan(190_000);
  });

  it('limits the pages and reads FACTDESK_EVAL_DIR relative to the working directory', async () => {
    const out: string[] = [];
    const code = await runBenchPaste(['--limit', '1'], {
      stdout: (line) => out.push(line),
      stderr: (line) => out.push(`stderr: ${line}`),
      env: { FACTDESK_EVAL_DIR: 'fixtures/eval/paste' },
      cwd: path.join(REPO_ROOT, 'scripts'),
    });
    expect(code).toBe(0);
    expect(JSON.parse(out.at(-1) ?? '')).toMatchObject({ evalDir: FIXTURES, pages: 1, limit: 1 });
  });

  it('exits with 2 and names the missing file when there is no eval data', async () => {
    const run = await spawnScript('scripts/bench-paste.ts', ['--eval-dir', tempDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(path.join(tempDir, 'extraction', 'aeb-dev', 'ground-truth.dev.jsonl'));
  });
});

describe('bench-paste pieces', () => {
  it('reads a page gzip-compressed or plain', () => {
    writeFileSync(path.join(tempDir, 'page.html.gz'), gzipSync('<p>zipped</p>'));
    writeFileSync(path.join(tempDir, 'page.html'), '<p>plain</p>');
    const page = (html: string): ExtractionPage => ({ id: 'x', url: 'https://example.com', html, articleBody: '' });
    expect(readPageHtml(tempDir, page('page.html.gz'))).toBe('<p>zipped</p>');
    expect(readPageHtml(tempDir, page('page.html'))).toBe('<p>plain</p>');
  });

  it('keeps the body without the excluded lines the user did not include again', () => {
    const article = parseArticleText('Home\nWorld\nShare\n\nThe council met on Monday to vote on the harbour plan.', { name: null });
    const excludedText = article.excluded.map((range) => article.body.slice(range.start, range.end));
    expect(excludedText).toContain('Share');
    expect(keepArticleText(article)).not.toContain('Share');
    expect(keepArticleText(article)).toContain('The council met on Monday');
    const included = { ...article, excluded: article.excluded.map((range) => ({ ...range, isIncluded: true })) };
    expect(keepArticleText(included)).toBe(article.body);
  });

  it('judges a line article text by its shingles, and a short line by a line of the truth', () => {
    const truth = indexTruth('The council met on Monday to vote.\n\nWhat the plan includes\n\nIt passed.');
    expect(isArticleTextLine('The council met on Monday to vote.', truth)).toBe(true);
    expect(isArticleTextLine('What the plan includes', truth)).toBe(true);
    expect(isArticleTextLine('The plan', truth)).toBe(false);
    expect(isArticleTextLine('Most read stories of the week', truth)).toBe(false);
  });

  it('builds a long text from page texts, cut at a line end', () => {
    const text = buildLongText(['one\ntwo', 'three'], 20);
    expect(text.length).toBeLessThanOrEqual(20);
    expect(text.endsWith('\n')).toBe(false);
    expect(text.startsWith('one\ntwo\n\nthree')).toBe(true);
  });

  it('checks each real sample against the lines its tests list', () => {
    for (const file of SAMPLE_FILES) {
      const report = checkSample(file);
      expect(report.expected).toBe(SAMPLE_EXPECTATIONS[file].excluded.length);
      expect(report).toMatchObject({ expectedFound: report.expected, unexpected: [], keptButExcluded: [] });
    }
  });
});
