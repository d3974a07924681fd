// What PDF and Word import hand to parseArticleText: the document's text and the metadata its
// properties state. Properties are often left over from a template or the program that made the file,
// so only values that can be the article's own are passed on.
import type { LanguageCode } from '../../shared/model';
import { detectLanguage } from './detect-language';
import type { DeclaredFacts } from './parse-article-text';

export interface ExtractedDocument {
  /** Paragraphs separated by blank lines. */
  text: string;
  declared: DeclaredFacts;
}

const LANGUAGE_TAGS: Readonly<Record<string, LanguageCode>> = { en: 'en', ru: 'ru', kk: 'kk', kz: 'kk', zh: 'zh' };

/** Titles programs write on their own: "Microsoft Word - report.docx", "Untitled", a file name. */
const PLACEHOLDER_TITLE = /^(?:untitled|document\d*|title|без названия|безымянный|无标题)$|\.(?:docx?|pdf|rtf|odt|txt|html?)$/iu;
const WORD_TITLE_PREFIX = /^microsoft (?:word|powerpoint) - /iu;

/** A properties title, or null when it is empty or one a program made up. */
export function readDeclaredTitle(value: string | null | undefined): string | null {
  const title = collapseSpaces(value ?? '').replace(WORD_TITLE_PREFIX, '');
  if (title === '' || PLACEHOLDER_TITLE.test(title)) return null;
  return title;
}

export function readDeclaredText(value: string | null | undefined): string | null {
  const text = collapseSpaces(value ?? '');
  return text === '' ? null : text;
}

/**
 * A language tag ("ru-RU", "kk") as a language code, trusted only where the text does not contradict it:
 * Word and PDF printers stamp the editor's default language (often en-US) on text in any language.
 * Russian and Kazakh count as agreeing, since the tag is what tells them apart in a short text.
 */
export function readDeclaredLanguage(tag: string | null | undefined, text: string): LanguageCode | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  const declared = LANGUAGE_TAGS[primary];
  if (declared === undefined) return null;
  const detected = detectLanguage(text);
  const isCyrillicPair = (declared === 'ru' || declared === 'kk') && (detected === 'ru' || detected === 'kk');
  return detected === 'und' || detected === declared || isCyrillicPair ? declared : null;
}

/**
 * A PDF date ("D:20240315102030+03'00'") or W3C date ("2024-03-15T10:20:30Z") as ISO 8601 without a
 * time zone, as findDate writes dates read from text; null when it does not name a day.
 */
export function readDeclaredDate(value: string | null | undefined): string | null {
  const match = /^(?:D:)?(\d{4})-?(\d{2})-?(\d{2})(?:T?(\d{2}):?(\d{2})(?::?(\d{2}))?)?/u.exec((value ?? '').trim());
  if (match === null) return null;
  const [, year, month, day, hours, minutes, seconds] = match;
  const date = `${year}-${month}-${day}`;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  if (hours === undefined || minutes === undefined || Number(hours) > 23 || Number(minutes) > 59) return date;
  return `${date}T${hours}:${minutes}${seconds === undefined ? '' : `:${seconds}`}`;
}

function collapseSpaces(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}
