// Keyword-stuffed spam injected into pages: lists of short search phrases, repeated Han characters,
// porn, casino and betting words in any script.
import { KEYWORD_LIST_SEPARATOR, REPEATED_HAN } from './patterns/any-language';
import { collectWords } from './patterns/index';
import { buildAlternation, countWords, escapeRegExp, hasSentenceEnding } from './line-shape';

/** A list this long is stuffing even without a known keyword. */
const MIN_STUFFED_LIST = 8;
/** A shorter list counts when it also carries a spam keyword. */
const MIN_KEYWORD_LIST = 5;
/** Without a list shape, this many distinct keywords in a line that is not a sentence. */
const MIN_KEYWORD_HITS = 3;
const MAX_LIST_TOKEN_CHARS = 20;
const MAX_LIST_TOKEN_WORDS = 3;

const KEYWORD_MATCHERS: readonly RegExp[] = [...collectWords('spamKeywords')].map((keyword) =>
  /\p{Script=Han}/u.test(keyword)
    ? new RegExp(escapeRegExp(keyword), 'u')
    : new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(keyword)}`, 'iu'),
);

/** Any keyword anywhere, in one pass on the lower-cased line: most lines have none, and need no count. */
const ANY_KEYWORD = buildAlternation(collectWords('spamKeywords'), 'u');

export function isSpamLine(text: string, lower = text.toLowerCase()): boolean {
  if (REPEATED_HAN.test(text)) return true;
  const listLength = measureKeywordList(text);
  if (listLength >= MIN_STUFFED_LIST) return true;
  // Keywords count in a list, or in a line that is no sentence: a plain sentence needs no count.
  if (listLength < MIN_KEYWORD_LIST && hasSentenceEnding(text)) return false;
  const hits = countKeywordHits(text, lower);
  if (listLength >= MIN_KEYWORD_LIST && hits >= 1) return true;
  return hits >= MIN_KEYWORD_HITS && !hasSentenceEnding(text);
}

function countKeywordHits(text: string, lower: string): number {
  if (!ANY_KEYWORD.test(lower)) return 0;
  return KEYWORD_MATCHERS.filter((matcher) => matcher.test(text)).length;
}

/** Number of items when the line is a list of short phrases and nothing else; 0 otherwise. */
function measureKeywordList(text: string): number {
  // One item is no list; the thresholds start at five.
  if (!KEYWORD_LIST_SEPARATOR.test(text) || hasSentenceEnding(text)) return 0;
  const tokens = text
    .split(KEYWORD_LIST_SEPARATOR)
    .map((token) => token.trim())
    .filter((token) => token !== '');
  const isList = tokens.every(
    (token) =>
      token.length <= MAX_LIST_TOKEN_CHARS &&
      countWords(token) <= MAX_LIST_TOKEN_WORDS &&
      !/[.!?。！？]/u.test(token),
  );
  return isList ? tokens.length : 0;
}
