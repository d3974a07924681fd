// Why a line on its own is not article text, judged from the line alone. Lines that need the
// rest of the article (title, repeated title, closing poll question) are found elsewhere.
import type { ExclusionReason } from '../../shared/model';
import { readDateline } from './is-dateline';
import { isNavigationLine } from './is-navigation-line';
import { isShareLine } from './is-share-line';
import { isSpamLine } from './is-spam-line';
import { isCaptionLine, isCopyrightLine, isNewsletterLine, isPollAnnouncement } from './match-boilerplate';
import { readAttribution, readByline } from './read-byline';

/**
 * Checks run from the most specific wording to the most general shape, so a copyright line that
 * mentions a language is copyright, and a byline with "|" separators is not taken for a menu.
 */
export function classifyLine(text: string): ExclusionReason | null {
  if (text === '') return null;
  if (isSpamLine(text)) return 'spam';
  if (isCopyrightLine(text)) return 'copyright';
  if (isNewsletterLine(text)) return 'newsletter';
  if (isCaptionLine(text)) return 'caption';
  // An attribution line ("Source: https://…") is metadata like a byline, not text to check.
  if (readByline(text) !== null || readAttribution(text) !== null) return 'byline';
  if (isShareLine(text)) return 'share-buttons';
  if (isNavigationLine(text)) return 'navigation';
  if (readDateline(text) !== null) return 'dateline';
  if (isPollAnnouncement(text)) return 'poll';
  return null;
}
