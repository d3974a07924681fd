// The Article Extraction Benchmark's metric (scrapinghub/article-extraction-benchmark, MIT): word 4-gram
// shingles of the true and the extracted body, tp/fp/fn per page normalised to sum to 1, precision and
// recall averaged over pages, and F1 the harmonic mean of the two averages.

/** Python's `\w+` with re.UNICODE: letters, numbers and the underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_WORDS = 4;

export interface PageScore {
  precision: number;
  recall: number;
}

export interface ExtractionFigures {
  f1: number;
  precision: number;
  recall: number;
}

/** As the benchmark's `_ngrams`: a text of fewer than four words is one shingle of all its words. */
function countShingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let index = 0; index < Math.max(1, tokens.length - SHINGLE_WORDS + 1); index += 1) {
    const shingle = tokens.slice(index, index + SHINGLE_WORDS).join(' ');
    if (shingle !== '') counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export function scorePage(truth: string, extracted: string): PageScore {
  const expected = countShingles(truth);
  const found = countShingles(extracted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const shingle of new Set([...expected.keys(), ...found.keys()])) {
    const want = expected.get(shingle) ?? 0;
    const got = found.get(shingle) ?? 0;
    tp += Math.min(want, got);
    fp += Math.max(0, got - want);
    fn += Math.max(0, want - got);
  }
  // Normalising per page does not change a page's precision or recall; it only matters for the
  // edge cases below, which the benchmark decides before dividing.
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  return {
    precision: tp === 0 && fp === 0 ? 0 : tp / (tp + fp),
    recall: tp === 0 && fn === 0 ? 0 : tp / (tp + fn),
  };
}

export function summarizeScores(pages: readonly PageScore[]): ExtractionFigures {
  if (pages.length === 0) return { f1: 0, precision: 0, recall: 0 };
  const precision = pages.reduce((sum, page) => sum + page.precision, 0) / pages.length;
  const recall = pages.reduce((sum, page) => sum + page.recall, 0) / pages.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall };
}
