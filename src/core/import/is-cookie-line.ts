// Cookie and consent notices: the site telling the reader it uses cookies, and the consent buttons.
import { collectMatchers } from './patterns/index';
import { matchesAny } from './line-shape';

/** A notice is a paragraph at most; a longer line that mentions cookies is the story's. */
const MAX_COOKIE_NOTICE_CHARS = 500;

const COOKIE_PATTERNS = collectMatchers('cookiePatterns');

export function isCookieLine(text: string, lower = text.toLowerCase()): boolean {
  return text.length <= MAX_COOKIE_NOTICE_CHARS && /cookie|куки|小型文本文件/u.test(lower) && matchesAny(text, COOKIE_PATTERNS, lower);
}
