// Why a line on its own is not article text, judged from the line alone. Lines that need the
// rest of the article (title, repeated title, closing poll question) are found elsewhere.
import type { ExclusionReason } from '../../shared/model';
import { isAdvertisementLine, MAX_ADVERTISEMENT_CHARS } from './is-advertisement-line';
import { isCookieLine } from './is-cookie-line';
import { readDateline } from './is-dateline';
import { isNavigationLine, MAX_NAVIGATION_CHARS } from './is-navigation-line';
import { isShareLine, MAX_SHARE_CHARS } from './is-share-line';
import { isSpamLine } from './is-spam-line';
import { isCaptionLine, isCopyrightLine, isNewsletterLine, isPollAnnouncement } from './match-boilerplate';
import { buildAlternation, makeLookupKey } from './line-shape';
import { collectWords } from './patterns/index';
import { readAttribution, readByline } from './read-byline';

/** Labels (share buttons, ad labels, menu items) are short: longer lines skip those checks. */
const MAX_LABEL_CHARS = Math.max(MAX_NAVIGATION_CHARS, MAX_SHARE_CHARS, MAX_ADVERTISEMENT_CHARS);
/** The byline reader reads no longer line. */
const MAX_BYLINE_CHARS = 200;
const FOUR_DIGITS = /\d{4}/u;
/**
 * A dateline is a date, its labels and a few more letters (a weekday, a city): a line with more letters than
 * the longest of those can hold is a sentence that mentions a year.
 */
const MAX_DATELINE_LETTERS = 60;
const LETTER = /\p{L}/gu;
/** An opener at the start of the line or of a segment (after a separator, a space, a date). */
const BYLINE_OPENER = new RegExp(`(?:^|[^\\p{L}]|[日号])(?:${buildAlternation(collectWords('bylineOpeners'), 'u').source})`, 'u');

/** Every date the reader knows has a four-digit year; the tests spare most lines the date reader. */
function mayBeDateline(text: string): boolean {
  return FOUR_DIGITS.test(text) && (text.match(LETTER)?.length ?? 0) <= MAX_DATELINE_LETTERS;
}

function isByline(text: string, lower: string): boolean {
  return text.length <= MAX_BYLINE_CHARS && BYLINE_OPENER.test(lower) && readByline(text) !== null;
}

/**
 * Checks run from the most specific wording to the most general shape, so a copyright line that
 * mentions a language is copyright, and a byline with "|" separators is not taken for a menu.
 */
export function classifyLine(text: string): ExclusionReason | null {
  if (text === '') return null;
  // The lower-cased line and the lookup key serve every check: each made once.
  const lower = text.toLowerCase();
  if (isSpamLine(text, lower)) return 'spam';
  if (isCopyrightLine(text, lower)) return 'copyright';
  if (isNewsletterLine(text, lower)) return 'newsletter';
  if (isCookieLine(text, lower)) return 'cookie-notice';
  if (isCaptionLine(text, lower)) return 'caption';
  // An attribution line ("Source: https://…") is metadata like a byline, not text to check.
  if (isByline(text, lower) || readAttribution(text) !== null) return 'byline';
  if (text.length <= MAX_LABEL_CHARS) {
    const key = makeLookupKey(text);
    if (isShareLine(text, key)) return 'share-buttons';
    if (isAdvertisementLine(text, key)) return 'advertisement';
    if (isNavigationLine(text, key)) return 'navigation';
  }
  if (mayBeDateline(text) && readDateline(text) !== null) return 'dateline';
  if (isPollAnnouncement(text, lower)) return 'poll';
  return null;
}
