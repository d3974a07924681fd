// What kind of claim a sentence makes, from the features found in it.
import type { ClaimKind } from '../../shared/model';
import type { FeatureMatch, FeatureName } from './features';

const STATISTIC: FeatureName[] = ['figure', 'percentage', 'quantity'];
const COMPARISON: FeatureName[] = ['comparison', 'superlative', 'change'];
const EVENT: FeatureName[] = ['date', 'action'];
const ACTORS: FeatureName[] = ['namedEntity', 'name', 'date'];

/**
 * The kind of a claim. A figure is what a fact-checker checks first, so statistic wins over comparison,
 * comparison over quote (the content of a quotation), and quote over event.
 */
export function classifyClaim(features: FeatureMatch[], isQuote: boolean): ClaimKind {
  const has = (names: FeatureName[]): boolean => features.some((f) => names.includes(f.feature));
  if (has(STATISTIC)) return 'statistic';
  if (has(COMPARISON)) return 'comparison';
  if (isQuote) return 'quote';
  if (has(['date']) || (has(EVENT) && has(ACTORS))) return 'event';
  return 'other';
}

/** Quotation marks that open and close a direct quotation. */
const PAIRS: [string, string][] = [
  ['“', '”'],
  ['«', '»'],
  ['„', '“'],
  ['「', '」'],
];

/** How many quotations a sentence opens and leaves open (negative: closes one opened before). */
export function countOpenQuotes(sentence: string): number {
  let open = 0;
  for (const [opener, closer] of PAIRS) {
    if (opener === '„') continue; // „…“ reuses “ and would count twice
    open += sentence.split(opener).length - sentence.split(closer).length;
  }
  const straight = (sentence.match(/"/g) ?? []).length;
  if (straight % 2 === 1) open += /^[\s\p{Pd}]*"/u.test(sentence) ? 1 : -1;
  return open;
}

/** Whether a sentence holds a quotation of at least a few words. */
export function hasQuotation(sentence: string): boolean {
  return /[“«"„「][^”»"“」]{12,}[”»"“」]/u.test(sentence) || /^[\s\p{Pd}]*[“«"„「]/u.test(sentence);
}
