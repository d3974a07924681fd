// Bylines ("By Yang Ran | chinadaily.com.cn | Updated: …", "Автор: …") and attribution lines
// ("Source: https://…", a bare URL): who wrote the article, who published it, where it came from.
import { findDate } from './find-date';
import { BARE_URL, DOMAIN_NAME } from './patterns/any-language';
import { collectPatterns, collectWords } from './patterns/index';
import { buildAlternation, countWords, escapeRegExp, findGroup, hasSentenceEnding } from './line-shape';

const MAX_BYLINE_CHARS = 200;
const MAX_PUBLISHER_CHARS = 40;
const MAX_PUBLISHER_WORDS = 5;

const SEGMENT_SEPARATOR = /\s*[|·•丨]\s*|,\s+/u;
const BYLINE_PATTERNS = collectPatterns('bylinePatterns');
const DATE_LABEL_ONLY = new RegExp(`^(${buildAlternation(collectWords('dateLabels'), 'iu').source})\\s*[:：]?$`, 'iu');
const SOURCE_LABEL = new RegExp(
  `^(?:${[...collectWords('sourceLabels')].map(escapeRegExp).join('|')})\\s*[:：]\\s*(?<value>.+)$`,
  'iu',
);

export interface Byline {
  author: string;
  source: string | null;
}

export interface Attribution {
  url: string | null;
  source: string | null;
}

export function readByline(text: string): Byline | null {
  if (text.length > MAX_BYLINE_CHARS) return null;
  const segments = splitSegments(blankOutDate(text));
  const author = findGroup(segments[0] ?? '', BYLINE_PATTERNS, 'author');
  if (author === null) return null;
  const extras = segments.slice(1).filter((segment) => !DATE_LABEL_ONLY.test(segment));
  // Everything after the name must be byline matter too, or "By Tuesday, the talks had collapsed." is a byline.
  const publishers = extras.map(readPublisher);
  if (publishers.some((publisher) => publisher === null)) return null;
  return { author, source: publishers[0] ?? null };
}

export function readAttribution(text: string): Attribution | null {
  const bareUrl = BARE_URL.exec(text)?.groups?.['url'];
  if (bareUrl !== undefined) return { url: bareUrl, source: null };
  const value = SOURCE_LABEL.exec(text)?.groups?.['value']?.trim();
  if (value === undefined) return null;
  const url = BARE_URL.exec(value)?.groups?.['url'];
  if (url !== undefined) return { url, source: null };
  const source = readPublisher(value);
  return source === null ? null : { url: null, source };
}

/** A publisher as bylines name it: a domain ("chinadaily.com.cn") or a short proper name ("China Daily"). */
export function readPublisher(text: string): string | null {
  const domain = DOMAIN_NAME.exec(text)?.groups?.['domain'];
  if (domain !== undefined) return domain.toLowerCase();
  const isName =
    text.length <= MAX_PUBLISHER_CHARS &&
    countWords(text) <= MAX_PUBLISHER_WORDS &&
    /^[\p{Lu}\p{Script=Han}«"“]/u.test(text) &&
    !/\p{N}/u.test(text) &&
    !hasSentenceEnding(text);
  return isName ? text : null;
}

function blankOutDate(text: string): string {
  const date = findDate(text);
  return date === null ? text : `${text.slice(0, date.start)}|${text.slice(date.end)}`;
}

function splitSegments(text: string): string[] {
  return text
    .split(SEGMENT_SEPARATOR)
    .map((segment) => segment.trim())
    .filter((segment) => /[\p{L}\p{N}]/u.test(segment));
}
