// The Article Extraction Benchmark's pages in <eval-dir>/extraction/aeb-dev/: the ground-truth records and each
// page's HTML. Shared by bench:extract, bench:paste and bench:import.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { requireEvalFiles } from './eval-dir';
import { asObject, readJsonl, readStringField } from './read-jsonl';
import { ScriptError } from './script-error';

export const EXTRACTION_DIR = path.join('extraction', 'aeb-dev');
export const GROUND_TRUTH_FILE = 'ground-truth.dev.jsonl';

export interface ExtractionPage {
  id: string;
  url: string;
  /** Path of the page's HTML, relative to the ground-truth file's folder; gzip when it ends in .gz. */
  html: string;
  articleBody: string;
}

function parsePage(value: unknown): ExtractionPage {
  const record = asObject(value);
  return {
    id: readStringField(record, 'id'),
    url: readStringField(record, 'url'),
    html: readStringField(record, 'html'),
    articleBody: readStringField(record, 'articleBody'),
  };
}

export function readExtractionPages(file: string): ExtractionPage[] {
  return readJsonl(file, parsePage);
}

/** The ground-truth file in the eval directory (a ScriptError saying where to point when it is missing). */
export function findGroundTruth(evalDir: string): { file: string; folder: string } {
  requireEvalFiles(evalDir, EXTRACTION_DIR, [GROUND_TRUTH_FILE]);
  const folder = path.join(evalDir, EXTRACTION_DIR);
  return { file: path.join(folder, GROUND_TRUTH_FILE), folder };
}

/** The benchmark's pages are UTF-8 (as its own scripts read them). */
export function readPageHtml(folder: string, page: ExtractionPage): string {
  const file = path.resolve(folder, page.html);
  try {
    const bytes = readFileSync(file);
    return new TextDecoder('utf-8').decode(page.html.endsWith('.gz') ? gunzipSync(bytes) : bytes);
  } catch (error) {
    throw new ScriptError(`cannot read page ${page.id} (${file}): ${error instanceof Error ? error.message : String(error)}`);
  }
}
