// What a page states about its article outside the text: <meta> tags (Open Graph, article:*, name=author),
// JSON-LD, <link rel=canonical>, <time>, <html lang>. Stated metadata wins over what is read from the text.
import type { LanguageCode } from '../../../shared/model';
import type { DeclaredFacts } from '../parse-article-text';
import { readJsonLd } from './read-json-ld';
import type { JsonLdFacts } from './read-json-ld';

export interface HtmlMetadata {
  declared: DeclaredFacts;
  /** JSON-LD articleBody: the whole text by the publisher's own account, when the page gives it. */
  articleBody: string | null;
}

const MAX_AUTHOR_CHARS = 120;
const MAX_BYLINE_CHARS = 100;
/** What follows the name in a byline: "By Maria Lopez | Town Gazette", "By Maria Lopez - 5 March 2024". */
const BYLINE_SEPARATOR = /\s+[|•·—–-]\s+|\s*[|•·]\s*/u;
const MAX_TITLE_CHARS = 300;

/** Separators between a headline and the site's name in <title>: "Headline | Site", "Headline - Site". */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»«/]\s+|\s*[|·•»]\s*/u;

const LANGUAGE_BY_PREFIX: Readonly<Record<string, LanguageCode>> = { en: 'en', ru: 'ru', kk: 'kk', zh: 'zh' };

/** Meta tags keyed by lower-cased name, property, itemprop or http-equiv; every content in page order. */
export function readMetaTags(document: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of document.getElementsByTagName('meta')) {
    const content = cleanText(meta.getAttribute('content') ?? '');
    if (content === '') continue;
    for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key === undefined || key === '') continue;
      const values = tags.get(key) ?? [];
      values.push(content);
      tags.set(key, values);
    }
  }
  return tags;
}

export function readHtmlMetadata(document: Document, pageUrl: string | null = null): HtmlMetadata {
  const meta = readMetaTags(document);
  const first = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key)?.[0];
      if (value !== undefined) return value;
    }
    return null;
  };
  const jsonLd = readJsonLd(document);
  const source = first('og:site_name') ?? jsonLd.publisher ?? first('application-name');
  return {
    declared: {
      title: readTitle(document, first('og:title', 'twitter:title'), jsonLd, source),
      author: readAuthor(document, meta, jsonLd),
      publishedAt: readPublishedAt(document, meta, jsonLd),
      source: source === null ? null : readSourceName(source),
      url: readCanonicalUrl(document, first('og:url'), jsonLd.url, pageUrl),
      language: readLanguage(document, first('content-language', 'og:locale', 'language'), jsonLd.language),
    },
    articleBody: jsonLd.articleBody,
  };
}

/** A site's name; a page that names itself by its address ("https://www.example.com") gets the host name. */
function readSourceName(source: string): string {
  const host = /^https?:\/\//iu.test(source) ? toAbsoluteHttpUrl(source, null) : null;
  return host === null ? clip(source, MAX_AUTHOR_CHARS) : new URL(host).hostname.replace(/^www\./u, '');
}

function readTitle(document: Document, ogTitle: string | null, jsonLd: JsonLdFacts, site: string | null): string | null {
  const stated = ogTitle ?? jsonLd.headline;
  if (stated !== null) return clip(removeSiteName(stated, site, false), MAX_TITLE_CHARS);
  const headings = document.querySelectorAll('h1');
  const articleHeading = document.querySelector('article h1');
  const heading = articleHeading ?? (headings.length === 1 ? headings[0] : undefined);
  const headingText = heading === undefined ? '' : cleanText(heading.textContent ?? '');
  if (headingText !== '') return clip(headingText, MAX_TITLE_CHARS);
  const titleText = cleanText(document.querySelector('title')?.textContent ?? '');
  return titleText === '' ? null : clip(removeSiteName(titleText, site, true), MAX_TITLE_CHARS);
}

/**
 * "Headline | Site" → "Headline". The site's name goes when it is known; from <title> the last part also
 * goes when what is left still reads as a headline (three words or more), as Readability judges.
 */
export function removeSiteName(title: string, site: string | null, isPageTitle: boolean): string {
  if (site !== null && site.trim() !== '') {
    const siteName = site.trim().toLowerCase();
    const parts = title.split(TITLE_SEPARATOR);
    const last = parts.at(-1)?.trim().toLowerCase();
    const head = parts[0]?.trim().toLowerCase();
    if (parts.length > 1 && last === siteName) return cutAtLastSeparator(title);
    if (parts.length > 1 && head === siteName) return cutAtFirstSeparator(title);
  }
  if (!isPageTitle) return title;
  const shortened = cutAtLastSeparator(title);
  return shortened !== title && countWords(shortened) >= 3 ? shortened : title;
}

function cutAtLastSeparator(title: string): string {
  const matches = [...title.matchAll(new RegExp(TITLE_SEPARATOR.source, 'gu'))];
  const last = matches.at(-1);
  return last?.index === undefined || last.index === 0 ? title : title.slice(0, last.index).trim();
}

function cutAtFirstSeparator(title: string): string {
  const match = TITLE_SEPARATOR.exec(title);
  if (match === null) return title;
  const rest = title.slice(match.index + match[0].length).trim();
  return rest === '' ? title : rest;
}

function readAuthor(document: Document, meta: ReadonlyMap<string, string[]>, jsonLd: JsonLdFacts): string | null {
  // Read in this order, and only as far as needed: the later ones search the whole page.
  const candidates: (() => readonly string[])[] = [
    () => meta.get('author') ?? [],
    () => meta.get('article:author') ?? [],
    () => jsonLd.authors,
    () => [...document.querySelectorAll('a[rel~="author"], [itemprop~="author"] [itemprop~="name"]')].map((node) => node.textContent ?? ''),
    () => readBylineElement(document),
  ];
  for (const read of candidates) {
    const cleaned = [...new Set(read().map(cleanAuthor).filter((name): name is string => name !== null))];
    if (cleaned.length > 0) return clip(cleaned.join(', '), MAX_AUTHOR_CHARS);
  }
  return null;
}

/** The first short element the page calls a byline ("By Maria Lopez | 5 March"), as Readability looks for one. */
function readBylineElement(document: Document): string[] {
  for (const element of document.querySelectorAll('[class*="byline"], [id*="byline"], [class*="author"]')) {
    const text = cleanText(element.textContent ?? '');
    if (text !== '' && text.length < MAX_BYLINE_CHARS) return [text];
  }
  return [];
}

/** A person's name as a page gives it; profile links and e-mail addresses are not names. */
export function cleanAuthor(value: string): string | null {
  const [name = ''] = cleanText(value).split(BYLINE_SEPARATOR);
  const text = name.replace(/^(?:by|written by|posted by|text|автор|текст|от)\s*[:：]?\s+/iu, '').trim();
  if (text === '' || text.length > MAX_AUTHOR_CHARS) return null;
  if (/^(?:https?:)?\/\/|^www\.|@.+\./iu.test(text)) return null;
  return /\p{L}/u.test(text) ? text : null;
}

function readPublishedAt(document: Document, meta: ReadonlyMap<string, string[]>, jsonLd: JsonLdFacts): string | null {
  const candidates: (() => readonly (string | null | undefined)[])[] = [
    () => meta.get('article:published_time') ?? [],
    () => [jsonLd.datePublished],
    () => meta.get('datepublished') ?? [],
    () => [document.querySelector('[itemprop~="datePublished"]')?.getAttribute('datetime')],
    () => [document.querySelector('time[datetime]')?.getAttribute('datetime')],
    () => meta.get('date') ?? [],
  ];
  for (const read of candidates) {
    for (const value of read()) {
      const date = value === null || value === undefined ? null : normalizeStatedDate(value);
      if (date !== null) return date;
    }
  }
  return null;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/u;

/** An ISO 8601 date or date-time as stated (a space before the time becomes "T"), or null when invalid. */
export function normalizeStatedDate(value: string): string | null {
  const text = value.trim();
  const match = ISO_DATE_TIME.exec(text);
  if (match === null) return null;
  const [, year = '', month = '', day = '', hours, minutes, seconds] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const isRealDay = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  if (!isRealDay || Number(year) < 1800) return null;
  if (hours !== undefined && (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 60)) return null;
  return text.replace(' ', 'T');
}

function readCanonicalUrl(document: Document, ogUrl: string | null, jsonLdUrl: string | null, pageUrl: string | null): string | null {
  const canonical = (document.head ?? document).querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  for (const candidate of [canonical, ogUrl, jsonLdUrl, pageUrl]) {
    const url = candidate === null ? null : toAbsoluteHttpUrl(candidate, pageUrl);
    if (url !== null) return url;
  }
  return null;
}

/** An http(s) address, resolved against the page's own when relative; null for anything else. */
export function toAbsoluteHttpUrl(value: string, base: string | null): string | null {
  const text = value.trim();
  if (text === '') return null;
  try {
    const url = base === null ? new URL(text) : new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function readLanguage(document: Document, metaLanguage: string | null, jsonLdLanguage: string | null): LanguageCode | null {
  const stated = [document.documentElement?.getAttribute('lang'), metaLanguage, jsonLdLanguage];
  for (const value of stated) {
    if (value === null || value === undefined || value.trim() === '') continue;
    return mapLanguageTag(value);
  }
  return null;
}

/** "en-US", "ru_RU", "zh-Hans" → the app's language; null for languages it does not know. */
export function mapLanguageTag(tag: string): LanguageCode | null {
  const prefix = /^\s*([a-z]{2,3})(?:[-_]|\s*$|,)/iu.exec(tag)?.[1]?.toLowerCase();
  return prefix === undefined ? null : (LANGUAGE_BY_PREFIX[prefix] ?? null);
}

function cleanText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}

function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length;
}
