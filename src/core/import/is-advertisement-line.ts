// Advertisement labels and "story continues below" markers left where an ad was.
import { collectMatchers, collectWords } from './patterns/index';
import { makeLookupKey, matchesAny } from './line-shape';

/** An ad label is a few words; a longer line mentioning an ad is text. */
export const MAX_ADVERTISEMENT_CHARS = 60;

const ADVERTISEMENT_LINES = collectWords('advertisementLines');
const ADVERTISEMENT_PATTERNS = collectMatchers('advertisementPatterns');

export function isAdvertisementLine(text: string, key = makeLookupKey(text)): boolean {
  if (text.length > MAX_ADVERTISEMENT_CHARS) return false;
  return ADVERTISEMENT_LINES.has(key) || matchesAny(text, ADVERTISEMENT_PATTERNS);
}
