// Boilerplate recognised by its wording alone: copyright and registration lines, newsletter
// footers, photo captions, poll announcements.
import { collectMatchers } from './patterns/index';
import { matchesAny } from './line-shape';

/** Poll announcements and buttons are short; a longer line starting with "Опрос:" is reporting. */
const MAX_POLL_ANNOUNCEMENT_CHARS = 80;

const COPYRIGHT_PATTERNS = collectMatchers('copyrightPatterns');
const NEWSLETTER_PATTERNS = collectMatchers('newsletterPatterns');
const CAPTION_PATTERNS = collectMatchers('captionPatterns');
const POLL_PATTERNS = collectMatchers('pollPatterns');

/** `lower` is the line in lower case, when the caller has it already; so in the checks below. */
export function isCopyrightLine(text: string, lower?: string): boolean {
  return matchesAny(text, COPYRIGHT_PATTERNS, lower);
}

export function isNewsletterLine(text: string, lower?: string): boolean {
  return matchesAny(text, NEWSLETTER_PATTERNS, lower);
}

export function isCaptionLine(text: string, lower?: string): boolean {
  return matchesAny(text, CAPTION_PATTERNS, lower);
}

export function isPollAnnouncement(text: string, lower?: string): boolean {
  return text.length <= MAX_POLL_ANNOUNCEMENT_CHARS && matchesAny(text, POLL_PATTERNS, lower);
}
