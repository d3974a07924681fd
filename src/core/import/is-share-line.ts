// Share and follow buttons that survive a copy and paste: "Share", "Share - WeChat", "FOLLOW US".
import { collectMatchers, collectWords } from './patterns/index';
import { isMadeOfWords, looksLikeSentence, matchesAny, makeLookupKey } from './line-shape';

export const MAX_SHARE_CHARS = 100;

const SHARE_LINES = collectWords('shareLines');
const SHARE_WORDS = new Set([...SHARE_LINES].filter((line) => !line.includes(' ')));
const SHARE_PATTERNS = collectMatchers('sharePatterns');

export function isShareLine(text: string, key = makeLookupKey(text)): boolean {
  if (text.length > MAX_SHARE_CHARS || looksLikeSentence(text)) return false;
  return SHARE_LINES.has(key) || matchesAny(text, SHARE_PATTERNS) || isMadeOfWords(key, SHARE_WORDS);
}
