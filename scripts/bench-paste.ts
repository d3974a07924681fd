// Pasted-page benchmark: what our line classifier keeps of a whole web page copied from a browser, scored
// against the article body of the Article Extraction Benchmark pages in <eval-dir>/extraction/aeb-dev/ with
// the benchmark's own shingle metric. Whole-page text (nothing excluded) is the baseline; the benchmark
// publishes F1 0.661 for it. Also: excluded lines per reason, and how many of them were article text (false
// exclusions), what it excludes when the article body alone is pasted (all of it article text), the four
// real samples against the lines their tests say must go or stay, and the speed.
//
//   npm run bench:paste -- [--eval-dir <dir>] [--limit N] [--false N]
//
// The last line of the output is one JSON object with the figures.
import type { ParsedArticle } from '../src/shared/analysis';
import { EXCLUSION_REASONS } from '../src/shared/model';
import type { ExclusionReason } from '../src/shared/model';
import { parseArticleText } from '../src/core/import/parse-article-text';
import { readSample, SAMPLE_FILES } from '../src/core/sample-articles';
import type { SampleFile } from '../src/core/sample-articles';
import { resolveEvalDir } from './lib/eval-dir';
import { EXTRACTION_DIR, findGroundTruth, readExtractionPages, readPageHtml, type ExtractionPage } from './lib/extraction-pages';
import { formatTable } from './lib/format-table';
import { readPageText } from './lib/page-text';
import { parseArgs } from './lib/parse-args';
import type { ScriptIo } from './lib/script-io';
import { isEntryPoint, runScript } from './lib/script-io';
import type { ExtractionFigures, PageScore } from './lib/shingle-score';
import { scorePage, summarizeScores } from './lib/shingle-score';

/** The benchmark's published F1 for whole-page text on this development part. */
export const PUBLISHED_WHOLE_PAGE_F1 = 0.661;
/** A page text this long is timed on its own: parseArticleText should stay well under 50 ms on it. */
export const SPEED_TEXT_CHARS = 200_000;

/** As the shingle metric: Python's `\w+`; lines are judged in lower case. */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_WORDS = 4;
/** A line is article text when at least this share of its shingles are in the true body. */
const ARTICLE_SHARE = 0.5;
const TIMED_RUNS = 3;

const USAGE = `usage: npm run bench:paste -- [--eval-dir <dir>] [--limit N] [--false N]
  --eval-dir <dir>  the eval directory holding ${EXTRACTION_DIR}/ (default: $FACTDESK_EVAL_DIR, else ../shared/eval beside the repo)
  --limit N         score only the first N pages (a smoke test)
  --false N         list up to N excluded lines that were article text, with their page and reason`;

export interface ReasonCount {
  lines: number;
  /** Lines that were article text: the classifier's false exclusions. */
  articleText: number;
}

export interface FalseExclusion {
  page: string;
  reason: ExclusionReason;
  text: string;
}

export interface PageResult {
  id: string;
  /** Lines excluded when the true article body alone is pasted (its title aside): all are article text. */
  cleanExcluded: { reason: ExclusionReason; text: string }[];
  wholePage: PageScore;
  classifier: PageScore;
  /** Null when parseArticleText refused the text; the page then keeps its whole text. */
  error: string | null;
  excluded: { reason: ExclusionReason; text: string; isArticleText: boolean }[];
  parseMs: number;
}

export interface SampleReport {
  file: SampleFile;
  /** Lines the sample tests exclude, found excluded with that reason. */
  expectedFound: number;
  expected: number;
  /** Excluded lines the sample tests do not list. */
  unexpected: string[];
  /** Lines the sample tests keep, found excluded. */
  keptButExcluded: string[];
}


/** The body without the excluded ranges the user has not included again: what claim detection reads. */
export function keepArticleText(article: ParsedArticle): string {
  const parts: string[] = [];
  let position = 0;
  for (const range of article.excluded) {
    if (range.isIncluded) continue;
    parts.push(article.body.slice(position, range.start));
    position = range.end;
  }
  parts.push(article.body.slice(position));
  return parts.join('');
}

function tokenize(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

function listShingles(tokens: readonly string[]): string[] {
  const shingles: string[] = [];
  for (let index = 0; index + SHINGLE_WORDS <= tokens.length; index += 1) {
    shingles.push(tokens.slice(index, index + SHINGLE_WORDS).join(' '));
  }
  return shingles;
}

/** What a line is compared with: the true body's shingles, and its short lines (subheadings) whole. */
export interface TruthIndex {
  shingles: ReadonlySet<string>;
  shortLines: ReadonlySet<string>;
}

export function indexTruth(articleBody: string): TruthIndex {
  const shortLines = new Set<string>();
  for (const line of articleBody.split('\n')) {
    const tokens = tokenize(line);
    if (tokens.length > 0 && tokens.length < SHINGLE_WORDS) shortLines.add(tokens.join(' '));
  }
  return { shingles: new Set(listShingles(tokenize(articleBody))), shortLines };
}

/**
 * A line of four words or more is article text when most of its shingles are in the true body; a shorter
 * one (a subheading) when the true body has a line of exactly its words.
 */
export function isArticleTextLine(text: string, truth: TruthIndex): boolean {
  const tokens = tokenize(text);
  if (tokens.length === 0) return false;
  if (tokens.length < SHINGLE_WORDS) return truth.shortLines.has(tokens.join(' '));
  const shingles = listShingles(tokens);
  const found = shingles.filter((shingle) => truth.shingles.has(shingle)).length;
  return found / shingles.length >= ARTICLE_SHARE;
}

/** What the classifier excludes from the clean article text, as a reader pasting only the story would give it. */
export function excludeFromCleanText(articleBody: string): { reason: ExclusionReason; text: string }[] {
  if (articleBody.trim() === '') return [];
  const article = parseArticleText(articleBody, { name: null });
  return article.excluded
    .filter((range) => range.reason !== 'title')
    .map((range) => ({ reason: range.reason, text: article.body.slice(range.start, range.end) }));
}

export function scoreExtractionPage(page: ExtractionPage, pageText: string): PageResult {
  const wholePage = scorePage(page.articleBody, pageText);
  const cleanExcluded = excludeFromCleanText(page.articleBody);
  const started = performance.now();
  let article: ParsedArticle;
  try {
    article = parseArticleText(pageText, { name: null });
  } catch (caught) {
    const error = caught instanceof Error ? caught.message : String(caught);
    return { id: page.id, cleanExcluded, wholePage, classifier: wholePage, error, excluded: [], parseMs: performance.now() - started };
  }
  const parseMs = performance.now() - started;
  const truth = indexTruth(page.articleBody);
  const excluded = article.excluded.map((range) => {
    const text = article.body.slice(range.start, range.end);
    return { reason: range.reason, text, isArticleText: isArticleTextLine(text, truth) };
  });
  const classifier = scorePage(page.articleBody, keepArticleText(article));
  return { id: page.id, cleanExcluded, wholePage, classifier, error: null, excluded, parseMs };
}

export function countByReason(results: readonly PageResult[]): Record<string, ReasonCount> {
  const counts: Record<string, ReasonCount> = {};
  for (const reason of EXCLUSION_REASONS) counts[reason] = { lines: 0, articleText: 0 };
  for (const line of results.flatMap((result) => result.excluded)) {
    const count = (counts[line.reason] ??= { lines: 0, articleText: 0 });
    count.lines += 1;
    if (line.isArticleText) count.articleText += 1;
  }
  return counts;
}

export function listFalseExclusions(results: readonly PageResult[]): FalseExclusion[] {
  return results.flatMap((result) =>
    result.excluded.filter((line) => line.isArticleText).map((line) => ({ page: result.id, reason: line.reason, text: line.text })),
  );
}

/**
 * What the sample tests (src/core/import/parse-article-text.samples.test.ts) say of each real sample: the
 * lines to exclude, by their start and reason, and lines that must stay.
 */
export const SAMPLE_EXPECTATIONS: Readonly<Record<SampleFile, { excluded: [string, ExclusionReason][]; kept: string[] }>> = {
  'en-chinadaily-cultural-center.txt': {
    excluded: [
      ['亚洲91视频,国产91网,久久久久', 'spam'],
      ['Global EditionASIA 中文雙語Fran?ais', 'navigation'],
      ['World', 'navigation'],
      ['Home / World / Asia-Pacific', 'navigation'],
      ['Kazakhstan, China deepen cultural cooperation', 'title'],
      ['By Yang Ran | chinadaily.com.cn | Updated: 2025-09-03 19:57', 'byline'],
      ['Share', 'share-buttons'],
      ['Share - WeChat', 'share-buttons'],
      ['Most Viewed in 24 Hours', 'navigation'],
      ['Top', 'navigation'],
      ['BACK TO THE TOP', 'navigation'],
      ['English', 'navigation'],
      ['Copyright 1995 - . All rights reserved.', 'copyright'],
      ['License for publishing multimedia online 0108263', 'copyright'],
      ['Registration Number: 130349', 'copyright'],
      ['FOLLOW US', 'share-buttons'],
    ],
    kept: [
      'Kazakh President Kassym-Jomart Tokayev inaugurated',
      'Speaking in Chinese, he said, "As an ancient Chinese saying goes',
      '"If we have strong cultural and people-to-people exchanges',
      'The China Cultural Center in Astana was inaugurated in July last year.',
    ],
  },
  'en-kazinform-silk-way-forum.txt': {
    excluded: [
      ['Kazinform General Director: Kazakhstan and China humanitarian cooperation makes progress', 'title'],
      ['24 October 2016 19:12', 'dateline'],
      ['Kazinform General Director: Kazakhstan and China humanitarian cooperation makes progress', 'repeated-title'],
    ],
    kept: [
      'NANJING. KAZINFORM - Assel Tulegenova',
      'Since the end of 2015, according to Assel Tulegenova',
      'The forum is to result in achievement of',
    ],
  },
  'en-astana-times-media-event.txt': {
    excluded: [
      ['Kazakh-Chinese Media Event Cross-Promotes Tourism and Cultural Heritage', 'title'],
      ['Kazakh and Chinese officials', 'caption'],
      ['Get The Astana Times stories sent directly to you! Sign up', 'newsletter'],
    ],
    kept: [
      'ASTANA – Kazakhstan and China launched',
      '“A very important aspect of our cooperation',
      '“The Kazakh proverb says that true friendships never dry up',
    ],
  },
  'ru-news-agencies-forum-astana.txt': {
    excluded: [
      ['В Астане прошёл форум информационных агентств «Китай - Центральная Азия»', 'title'],
      ['В Астане прошёл форум информационных агентств «Китай - Центральная Азия»', 'repeated-title'],
      ['Что для вас является самым важным при выборе работы?', 'poll'],
    ],
    kept: [
      'Раушан Кажибаева, директор Телерадиокомплекса Президента РК:',
      '- «Близкий сосед лучше дальнего родственника»',
      'Фу Хуа, Генеральный директор информационного агентства «Синьхуа»:',
      '«Kazinform» в этом контексте',
    ],
  },
};

export function checkSample(file: SampleFile): SampleReport {
  const article = parseArticleText(readSample(file), { name: file });
  const expectations = SAMPLE_EXPECTATIONS[file];
  const excluded = article.excluded.map((range) => ({ text: article.body.slice(range.start, range.end), reason: range.reason }));
  const matched = new Set<number>();
  let expectedFound = 0;
  for (const [start, reason] of expectations.excluded) {
    const index = excluded.findIndex((line, i) => !matched.has(i) && line.reason === reason && line.text.startsWith(start));
    if (index === -1) continue;
    matched.add(index);
    expectedFound += 1;
  }
  const keptButExcluded = expectations.kept.filter((start) => {
    const at = article.body.indexOf(start);
    return at === -1 || article.excluded.some((range) => range.start < at + start.length && at < range.end);
  });
  return {
    file,
    expectedFound,
    expected: expectations.excluded.length,
    unexpected: excluded.filter((_line, i) => !matched.has(i)).map((line) => `${line.reason}: ${line.text}`),
    keptButExcluded,
  };
}

/** The page texts joined and cut at a line end near `chars`: a long paste to time the parser on. */
export function buildLongText(texts: readonly string[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let round = 0; length < chars && texts.some((text) => text !== ''); round += 1) {
    for (const text of texts) {
      if (length >= chars) break;
      parts.push(text);
      length += text.length + 2;
    }
  }
  const joined = parts.join('\n\n');
  const cut = joined.lastIndexOf('\n', chars);
  return cut > 0 ? joined.slice(0, cut) : joined.slice(0, chars);
}

/** Best of a few runs, after one to warm the JIT up (others may share the machine). */
function timeParse(text: string): number {
  parseArticleText(text, { name: null });
  let best = Infinity;
  for (let run = 0; run < TIMED_RUNS; run += 1) {
    const started = performance.now();
    parseArticleText(text, { name: null });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function formatFigures(name: string, figures: ExtractionFigures): string[] {
  return [name, figures.f1.toFixed(3), figures.precision.toFixed(3), figures.recall.toFixed(3)];
}

function roundFigures(figures: ExtractionFigures): ExtractionFigures {
  return { f1: round(figures.f1), precision: round(figures.precision), recall: round(figures.recall) };
}

export async function runBenchPaste(argv: string[], io: ScriptIo): Promise<number> {
  const { options } = parseArgs(argv, { 'eval-dir': 'string', limit: 'integer', false: 'integer', help: 'boolean' });
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  const evalDir = resolveEvalDir(options['eval-dir'], io.env, io.cwd);
  const { file: truthFile, folder } = findGroundTruth(evalDir);
  const allPages = readExtractionPages(truthFile);
  const pages = options.limit === undefined ? allPages : allPages.slice(0, options.limit);

  io.stdout(`Pasted page text (select all, copy) on ${folder}: ${pages.length} of ${allPages.length} pages`);
  io.stdout('Scored with the benchmark\'s shingle metric against articleBody; "kept" is the text minus excluded lines.');
  const pageTexts: string[] = [];
  const results = pages.map((page) => {
    const pageText = readPageText(readPageHtml(folder, page));
    pageTexts.push(pageText);
    return scoreExtractionPage(page, pageText);
  });
  const wholePage = summarizeScores(results.map((result) => result.wholePage));
  const classifier = summarizeScores(results.map((result) => result.classifier));
  const errors = results.filter((result) => result.error !== null).map((result) => ({ id: result.id, error: result.error }));

  io.stdout('');
  const figureRows = [['text', 'F1', 'P', 'R'], formatFigures('whole page', wholePage), formatFigures('kept by classifier', classifier)];
  for (const line of formatTable(figureRows, ['left', 'right', 'right', 'right'])) io.stdout(line);
  io.stdout(`(the benchmark publishes whole-page F1 ${PUBLISHED_WHOLE_PAGE_F1}; our text is a simulation of a browser's copy)`);
  if (errors.length > 0) io.stdout(`${errors.length} page(s) refused by the importer, scored as whole text: ${errors.map((e) => e.id).join(', ')}`);

  const byReason = countByReason(results);
  const falseExclusions = listFalseExclusions(results);
  const excludedLines = results.reduce((sum, result) => sum + result.excluded.length, 0);
  io.stdout('');
  io.stdout(`Excluded lines: ${excludedLines}, of them article text (false exclusions): ${falseExclusions.length}`);
  const reasonRows = Object.entries(byReason)
    .filter(([, count]) => count.lines > 0)
    .map(([reason, count]) => [reason, String(count.lines), String(count.articleText)]);
  for (const line of formatTable([['reason', 'lines', 'article text'], ...reasonRows], ['left', 'right', 'right'])) io.stdout(line);
  if (options.false !== undefined && options.false > 0) {
    io.stdout('');
    io.stdout('Excluded lines that were article text:');
    for (const line of falseExclusions.slice(0, options.false)) io.stdout(`  [${line.reason}] ${line.page.slice(0, 8)}: ${line.text.slice(0, 160)}`);
    if (falseExclusions.length > options.false) io.stdout(`  … and ${falseExclusions.length - options.false} more`);
  }

  const cleanExcluded = results.flatMap((result) => result.cleanExcluded);
  const cleanByReason: Record<string, number> = {};
  for (const line of cleanExcluded) cleanByReason[line.reason] = (cleanByReason[line.reason] ?? 0) + 1;
  io.stdout('');
  io.stdout(
    `Clean article text pasted alone (articleBody): ${cleanExcluded.length} lines excluded besides the title` +
      (cleanExcluded.length === 0 ? '' : ` (${Object.entries(cleanByReason).map(([reason, count]) => `${reason} ${count}`).join(', ')})`),
  );

  const samples = SAMPLE_FILES.map(checkSample);
  io.stdout('');
  io.stdout('Real samples against their tests (excluded as expected, unexpected exclusions, kept lines excluded):');
  const sampleRows = samples.map((sample) => [
    sample.file,
    `${sample.expectedFound}/${sample.expected}`,
    String(sample.unexpected.length),
    String(sample.keptButExcluded.length),
  ]);
  for (const line of formatTable([['sample', 'expected', 'unexpected', 'kept lost'], ...sampleRows], ['left', 'right', 'right', 'right'])) {
    io.stdout(line);
  }
  for (const sample of samples) {
    for (const line of sample.unexpected) io.stdout(`  ${sample.file}: unexpected ${line.slice(0, 120)}`);
    for (const line of sample.keptButExcluded) io.stdout(`  ${sample.file}: excluded a kept line ${line}`);
  }

  const longText = buildLongText(pageTexts, SPEED_TEXT_CHARS);
  const longTextMs = timeParse(longText);
  const parseMs = results.map((result) => result.parseMs);
  const speed = {
    pagesMs: round(parseMs.reduce((sum, ms) => sum + ms, 0), 1),
    maxPageMs: round(Math.max(0, ...parseMs), 1),
    longTextChars: longText.length,
    longTextMs: round(longTextMs, 1),
  };
  io.stdout('');
  io.stdout(
    `Speed: ${speed.pagesMs} ms for all pages (slowest ${speed.maxPageMs} ms, first run); ` +
      `${speed.longTextMs} ms on a ${speed.longTextChars}-character page text (best of ${TIMED_RUNS})`,
  );

  const summary = {
    bench: 'paste',
    evalDir,
    pages: pages.length,
    limit: options.limit ?? null,
    wholePage: roundFigures(wholePage),
    classifier: roundFigures(classifier),
    excludedLines,
    falseExclusions: falseExclusions.length,
    byReason,
    cleanText: { excludedLines: cleanExcluded.length, byReason: cleanByReason },
    samples: samples.map((sample) => ({
      file: sample.file,
      expectedFound: sample.expectedFound,
      expected: sample.expected,
      unexpected: sample.unexpected.length,
      keptButExcluded: sample.keptButExcluded.length,
    })),
    errors,
    speed,
  };
  io.stdout('');
  io.stdout(JSON.stringify(summary));
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  void runScript(runBenchPaste).then((code) => {
    process.exitCode = code;
  });
}
