// Pasted text or a file's text to a ParsedArticle: body, metadata, and the lines kept out of
// claim detection. Pure and synchronous.
import type { ParsedArticle } from '../../shared/analysis';
import type { ExcludedRange, ExclusionReason, LanguageCode } from '../../shared/model';
import { assertImportableText, assertTextSize } from './check-text';
import { classifyLine } from './classify-line';
import { detectLanguage } from './detect-language';
import { extractFacts } from './extract-facts';
import type { ArticleFacts } from './extract-facts';
import { findClosingPoll } from './find-closing-poll';
import { findDate } from './find-date';
import { findPageBlocks } from './find-page-blocks';
import { findTitle, isSameTitle } from './find-title';
import { normalizeText } from './normalize-text';
import { splitLines } from './split-lines';
import type { BodyLine } from './split-lines';
import { stripMarkdown } from './strip-markdown';

export interface ParseArticleOptions {
  /** File name the text came from; `.md`/`.markdown` turns on Markdown handling. */
  name?: string | null;
  /**
   * Metadata the source states outright (an HTML page's meta tags, a PDF's or a Word file's properties):
   * it wins over what is read from the text, as Markdown front matter does.
   */
  declared?: DeclaredFacts;
  /**
   * The text was already taken out of its document (a web page's article, a PDF's or Word file's text): no page
   * surrounds it, so the menus and link lists around a story are not looked for (they would take its own lists).
   * Each line is still judged on its own.
   */
  isExtracted?: boolean;
}

/** Metadata stated outside the text itself; null (or absent) where the source says nothing. */
export interface DeclaredFacts extends Partial<ArticleFacts> {
  title?: string | null;
  language?: LanguageCode | null;
}

export const UNTITLED = 'Untitled article';

const MARKDOWN_NAME = /\.(md|markdown)$/iu;

/** Reasons that mark text of the article itself, which still tells its language. */
const ARTICLE_TEXT_REASONS: ReadonlySet<ExclusionReason> = new Set(['title', 'repeated-title']);

export function parseArticleText(rawText: string, options: ParseArticleOptions = {}): ParsedArticle {
  const name = options.name ?? null;
  assertTextSize(rawText, name);
  const normalized = normalizeText(rawText);
  assertImportableText(normalized, name);

  const isMarkdown = name !== null && MARKDOWN_NAME.test(name);
  const markdown = isMarkdown ? stripMarkdown(normalized) : null;
  const body = markdown?.text ?? normalized;
  assertImportableText(body, name);

  const lines = splitLines(body);
  const reasons = lines.map((line) => classifyLine(line.text));
  const page = options.isExtracted === true ? { excluded: new Map<number, ExclusionReason>(), headline: null } : findPageBlocks(lines, reasons);
  for (const [index, reason] of page.excluded) reasons[index] = reason;
  const declared = options.declared ?? {};
  // The headline found above the story beats the first line left in, which may be a teaser.
  const headline = page.headline === null ? null : (lines[page.headline]?.text ?? null);
  const title = findTitle(lines, reasons, markdown?.title ?? declared.title ?? headline);
  const titleIndex = title?.index ?? null;
  if (title !== null && titleIndex !== null) {
    reasons[titleIndex] = 'title';
    markRepeatedTitle(lines, reasons, titleIndex, title.title);
  }
  for (const index of findClosingPoll(lines, reasons)) reasons[index] = 'poll';

  const stated = mergeFacts(readDeclaredFacts(markdown?.fields), declared);
  const facts = mergeFacts(stated, extractFacts(lines, reasons, titleIndex));
  return {
    title: title?.title ?? deriveTitleFromName(name),
    language: declared.language ?? detectArticleLanguage(body, lines, reasons),
    publishedAt: facts.publishedAt,
    author: facts.author,
    source: facts.source,
    url: facts.url,
    rawText,
    body,
    excluded: listExcludedRanges(lines, reasons),
  };
}

function markRepeatedTitle(
  lines: readonly BodyLine[],
  reasons: (ExclusionReason | null)[],
  titleIndex: number,
  title: string,
): void {
  // A line under half the title's length cannot be it (normalising only folds case and spaces): most lines
  // of a pasted page are short, and comparing each in full is a measurable part of the parse.
  const minLength = Math.floor(title.replace(/\s+/gu, ' ').trim().length / 2);
  for (let index = titleIndex + 1; index < lines.length; index += 1) {
    const text = lines[index]?.text ?? '';
    if (reasons[index] === null && text.length >= minLength && isSameTitle(text, title)) reasons[index] = 'repeated-title';
  }
}

/** Judged on the article's own lines, so a Chinese spam line does not make an English page Chinese. */
function detectArticleLanguage(
  body: string,
  lines: readonly BodyLine[],
  reasons: readonly (ExclusionReason | null)[],
): ParsedArticle['language'] {
  const articleText = lines
    .filter((_line, index) => {
      const reason = reasons[index] ?? null;
      return reason === null || ARTICLE_TEXT_REASONS.has(reason);
    })
    .map((line) => line.text)
    .join('\n');
  const language = detectLanguage(articleText);
  return language === 'und' ? detectLanguage(body) : language;
}

function listExcludedRanges(lines: readonly BodyLine[], reasons: readonly (ExclusionReason | null)[]): ExcludedRange[] {
  const ranges: ExcludedRange[] = [];
  lines.forEach((line, index) => {
    const reason = reasons[index] ?? null;
    if (reason !== null) ranges.push({ start: line.start, end: line.end, reason, isIncluded: false });
  });
  return ranges;
}

function deriveTitleFromName(name: string | null): string {
  const fileName = name?.split(/[\\/]/u).at(-1)?.replace(/\.[^.]+$/u, '').trim();
  return fileName === undefined || fileName === '' ? UNTITLED : fileName;
}

/** Front matter states metadata outright, so it wins over what is read from the text. */
function readDeclaredFacts(fields: ReadonlyMap<string, string> | undefined): ArticleFacts {
  const field = (...keys: string[]): string | null =>
    keys.map((key) => fields?.get(key)).find((value) => value !== undefined) ?? null;
  const date = field('date', 'published', 'publishedat', 'published_at');
  const source = field('source', 'publisher', 'site');
  const isSourceUrl = source !== null && /^https?:\/\//iu.test(source);
  return {
    publishedAt: date === null ? null : (findDate(date)?.iso ?? null),
    author: field('author', 'byline'),
    source: isSourceUrl ? null : source,
    url: field('url', 'link', 'source_url', 'canonical') ?? (isSourceUrl ? source : null),
  };
}

function mergeFacts(declared: Partial<ArticleFacts>, found: Partial<ArticleFacts>): ArticleFacts {
  return {
    publishedAt: declared.publishedAt ?? found.publishedAt ?? null,
    author: declared.author ?? found.author ?? null,
    source: declared.source ?? found.source ?? null,
    url: declared.url ?? found.url ?? null,
  };
}
