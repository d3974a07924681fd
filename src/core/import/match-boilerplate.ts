// Boilerplate recognised by its wording alone: copyright and registration lines, newsletter
// footers, photo captions, poll announcements.
import { collectPatterns } from './patterns/index';
import { matchesAny } from './line-shape';

/** Poll announcements and buttons are short; a longer line starting with "Опрос:" is reporting. */
const MAX_POLL_ANNOUNCEMENT_CHARS = 80;

const COPYRIGHT_PATTERNS = collectPatterns('copyrightPatterns');
const NEWSLETTER_PATTERNS = collectPatterns('newsletterPatterns');
const CAPTION_PATTERNS = collectPatterns('captionPatterns');
const POLL_PATTERNS = collectPatterns('pollPatterns');

export function isCopyrightLine(text: string): boolean {
  return matchesAny(text, COPYRIGHT_PATTERNS);
}

export function isNewsletterLine(text: string): boolean {
  return matchesAny(text, NEWSLETTER_PATTERNS);
}

export function isCaptionLine(text: string): boolean {
  return matchesAny(text, CAPTION_PATTERNS);
}

export function isPollAnnouncement(text: string): boolean {
  return text.length <= MAX_POLL_ANNOUNCEMENT_CHARS && matchesAny(text, POLL_PATTERNS);
}
