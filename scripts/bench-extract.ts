// Article extraction benchmark: the app's HTML importer (importHtml, then the text it keeps as the
// article: the body less its excluded ranges) on the Article Extraction Benchmark's development pages in
// <eval-dir>/extraction/aeb-dev/, scored with the benchmark's own shingle metric; Readability.js alone on
// the same pages for comparison, and the time each takes per page.
//
//   npm run bench:extract -- [--eval-dir <dir>] [--limit N] [--worst N]
//
// The last line of the output is one JSON object with the figures.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleTextOf, extractHtmlArticle, importHtml } from '../src/core/import/html';
import { resolveEvalDir } from './lib/eval-dir';
import { EXTRACTION_DIR, findGroundTruth, readExtractionPages, readPageHtml, type ExtractionPage } from './lib/extraction-pages';
import { formatTable } from './lib/format-table';
import { parseArgs } from './lib/parse-args';
import type { ScriptIo } from './lib/script-io';
import { isEntryPoint, runScript } from './lib/script-io';
import type { ExtractionFigures, PageScore } from './lib/shingle-score';
import { scorePage, summarizeScores } from './lib/shingle-score';


/** Pages run untimed first, so that the JIT and the libraries' lazy set-up are not charged to the first page. */
const WARM_UP_PAGES = 5;
/** Each page is timed this many times and its fastest run counts: others may share the machine. */
const DEFAULT_PASSES = 3;
const DEFAULT_WORST = 10;

const USAGE = `usage: npm run bench:extract -- [--eval-dir <dir>] [--limit N] [--worst N] [--passes N]
  --eval-dir <dir>  the eval directory holding ${EXTRACTION_DIR}/ (default: $FACTDESK_EVAL_DIR, else ../shared/eval beside the repo)
  --limit N         run only the first N pages (a smoke test)
  --worst N         list the N pages with the lowest F1 (default ${DEFAULT_WORST})
  --passes N        time each page N times and keep its fastest run (default ${DEFAULT_PASSES})`;

export interface PageResult extends PageScore {
  id: string;
  url: string;
  f1: number;
  ms: number;
  /** What the importer threw (a page with no article text), or null. */
  error: string | null;
}

export interface ExtractorFigures extends ExtractionFigures {
  medianMs: number;
  p90Ms: number;
  pages: number;
}

type Extractor = (html: string, url: string) => string;

/** What the app keeps as the article: importHtml's body less the ranges it excluded. */
export const extractWithImporter: Extractor = (html, url) => articleTextOf(importHtml(html, { name: null, url }));

/** The extractor's text before the line classifier: what the classifier's exclusions add or cost. */
export const extractTextOnly: Extractor = (html, url) => extractHtmlArticle(html, { url }).text;

/** Readability.js as its users get it: the article's textContent, on the same parser. */
export const extractWithReadability: Extractor = (html) => {
  const { document } = parseHTML(html);
  return new Readability(document).parse()?.textContent ?? '';
};

export function runPage(page: ExtractionPage, html: string, extract: Extractor): PageResult {
  let text = '';
  let error: string | null = null;
  const started = performance.now();
  try {
    text = extract(html, page.url);
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const ms = performance.now() - started;
  const score = scorePage(page.articleBody, text);
  return { id: page.id, url: page.url, ...score, f1: harmonicMean(score.precision, score.recall), ms, error };
}

function harmonicMean(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

/** The q-quantile of the times, by the nearest rank; 0 without times. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

export function summarizeResults(results: readonly PageResult[]): ExtractorFigures {
  const times = results.map((result) => result.ms);
  return { ...summarizeScores(results), medianMs: quantile(times, 0.5), p90Ms: quantile(times, 0.9), pages: results.length };
}

/** Runs an extractor over the pages: a few untimed first, then every page `passes` times; a page's fastest run counts. */
export function runExtractor(pages: readonly ExtractionPage[], htmls: readonly string[], extract: Extractor, passes = 1): PageResult[] {
  pages.slice(0, WARM_UP_PAGES).forEach((page, index) => runPage(page, htmls[index] ?? '', extract));
  let results = pages.map((page, index) => runPage(page, htmls[index] ?? '', extract));
  for (let pass = 1; pass < passes; pass += 1) {
    results = results.map((result, index) => {
      const page = pages[index];
      return page === undefined ? result : { ...result, ms: Math.min(result.ms, runPage(page, htmls[index] ?? '', extract).ms) };
    });
  }
  return results;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function formatFigures(label: string, figures: ExtractorFigures): string[] {
  return [
    label,
    figures.f1.toFixed(4),
    figures.precision.toFixed(4),
    figures.recall.toFixed(4),
    figures.medianMs.toFixed(1),
    figures.p90Ms.toFixed(1),
    String(figures.pages),
  ];
}

function formatWorst(results: readonly PageResult[], count: number): string[] {
  const worst = [...results].sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id)).slice(0, count);
  const rows = worst.map((result) => [
    result.id.slice(0, 12),
    result.f1.toFixed(3),
    result.precision.toFixed(3),
    result.recall.toFixed(3),
    result.error === null ? result.url : `${result.url} (${result.error})`,
  ]);
  return formatTable([['page', 'F1', 'P', 'R', 'url'], ...rows], ['left', 'right', 'right', 'right', 'left']);
}

export async function runBenchExtract(argv: string[], io: ScriptIo): Promise<number> {
  const { options } = parseArgs(argv, { 'eval-dir': 'string', limit: 'integer', worst: 'integer', passes: 'integer', help: 'boolean' });
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  const evalDir = resolveEvalDir(options['eval-dir'], io.env, io.cwd);
  const { file, folder } = findGroundTruth(evalDir);
  const allPages = readExtractionPages(file);
  const pages = options.limit === undefined ? allPages : allPages.slice(0, options.limit);
  const htmls = pages.map((page) => readPageHtml(folder, page));

  io.stdout(`Article extraction (importHtml, the text it keeps) on ${file}`);
  io.stdout('Metric: word 4-gram shingles of the true and the extracted body; precision and recall averaged over pages, F1 their harmonic mean.');
  if (options.limit !== undefined) io.stdout(`Smoke run: the first ${pages.length} pages.`);

  const passes = Math.max(1, options.passes ?? DEFAULT_PASSES);
  io.stdout(`Time: each page's call, the fastest of ${passes} run(s), after ${WARM_UP_PAGES} pages untimed.`);
  const ours = runExtractor(pages, htmls, extractWithImporter, passes);
  const extracted = runExtractor(pages, htmls, extractTextOnly, passes);
  const readability = runExtractor(pages, htmls, extractWithReadability, passes);
  const oursFigures = summarizeResults(ours);
  const extractedFigures = summarizeResults(extracted);
  const readabilityFigures = summarizeResults(readability);

  io.stdout('');
  const header = ['extractor', 'F1', 'precision', 'recall', 'median ms', 'p90 ms', 'pages'];
  const table = formatTable(
    [
      header,
      formatFigures('importHtml', oursFigures),
      formatFigures('  its extracted text', extractedFigures),
      formatFigures('Readability.js alone', readabilityFigures),
    ],
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  for (const line of table) io.stdout(line);
  io.stdout('(its extracted text: extractHtmlArticle before the line classifier sets lines aside)');
  const failed = ours.filter((result) => result.error !== null);
  if (failed.length > 0) io.stdout(`importHtml threw on ${failed.length} page(s); they score 0.`);

  const worstCount = options.worst ?? DEFAULT_WORST;
  if (worstCount > 0) {
    io.stdout('');
    io.stdout(`The ${Math.min(worstCount, ours.length)} pages with the lowest F1 (importHtml):`);
    for (const line of formatWorst(ours, worstCount)) io.stdout(line);
  }

  const summary = {
    f1: round(oursFigures.f1, 4),
    precision: round(oursFigures.precision, 4),
    recall: round(oursFigures.recall, 4),
    medianMs: round(oursFigures.medianMs, 1),
    p90Ms: round(oursFigures.p90Ms, 1),
    pages: oursFigures.pages,
    bench: 'extract',
    evalDir,
    limit: options.limit ?? null,
    extractedText: {
      f1: round(extractedFigures.f1, 4),
      precision: round(extractedFigures.precision, 4),
      recall: round(extractedFigures.recall, 4),
    },
    readability: {
      f1: round(readabilityFigures.f1, 4),
      precision: round(readabilityFigures.precision, 4),
      recall: round(readabilityFigures.recall, 4),
      medianMs: round(readabilityFigures.medianMs, 1),
      p90Ms: round(readabilityFigures.p90Ms, 1),
    },
  };
  io.stdout('');
  io.stdout(JSON.stringify(summary));
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  void runScript(runBenchExtract).then((code) => {
    process.exitCode = code;
  });
}
