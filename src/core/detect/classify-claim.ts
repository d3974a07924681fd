// What kind of claim a sentence makes, from the features found in it and its forecast words.
import type { ClaimKind, LanguageCode } from '../../shared/model';
import type { FeatureMatch, FeatureName } from './features';
import { getLexicon } from './lexicon';

const STATISTIC: FeatureName[] = ['figure', 'percentage', 'quantity'];
const COMPARISON: FeatureName[] = ['comparison', 'superlative', 'change'];
const EVENT: FeatureName[] = ['date', 'action'];
const ACTORS: FeatureName[] = ['namedEntity', 'name', 'date'];
/** Verbs that report something done; one before the future marker makes the sentence a report first. */
const REPORTED: FeatureName[] = ['change', 'action'];

/**
 * The kind of a claim, first match wins:
 * 1. prediction: forward-looking (a forecast word, or a future tense with a figure or date as its target:
 *    "Trade will reach $50 billion by 2030"); the target is not yet checkable as a fact, the forecast is.
 *    Not when a past fact is reported before the future part ("Trade grew 6.8% and will keep growing").
 * 2. statistic: a figure is what a fact-checker checks first;
 * 3. comparison (a dated action with only a superlative, "the first centre opened on 16 November", is an
 *    event: the date is what gets checked);
 * 4. quote: the content of a quotation with nothing more specific;
 * 5. prediction again: a bare future ("relations will strengthen") with nothing more specific;
 * 6. event; 7. other.
 */
export function classifyClaim(sentence: string, language: LanguageCode, features: FeatureMatch[], isQuote: boolean): ClaimKind {
  const has = (names: FeatureName[]): boolean => features.some((f) => names.includes(f.feature));
  const forecasts = getLexicon(language).findAll('forecast', sentence).map((match) => match.start);
  const markers = [...forecasts, ...features.filter((f) => f.feature === 'future').map((f) => f.start)];
  const firstMarker = Math.min(...markers);
  const isReportedFirst = features.some((f) => REPORTED.includes(f.feature) && f.end <= firstMarker);
  const isForward = markers.length > 0 && !isReportedFirst;
  const isEvent = has(['date']) || (has(EVENT) && has(ACTORS));
  if (isForward && (forecasts.length > 0 || has(STATISTIC) || has(['date']))) return 'prediction';
  if (has(STATISTIC)) return 'statistic';
  const isDatedAction = has(['date']) && has(['action']) && !has(['comparison', 'change']);
  if (has(COMPARISON) && !isDatedAction) return 'comparison';
  if (isQuote) return 'quote';
  if (isForward) return 'prediction';
  if (isEvent) return 'event';
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
