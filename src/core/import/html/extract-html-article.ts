// An HTML page (saved, fetched, or rich text pasted from a browser) to the article's plain text and the
// metadata the page states. linkedom parses without running scripts; Readability finds the article's
// container, and the rules around it take out what it keeps or misses.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { LanguageCode } from '../../../shared/model';
import { detectLanguage } from '../detect-language';
import { ImportError } from '../import-error';
import type { DeclaredFacts } from '../parse-article-text';
import { completeDocument, isFragment } from './complete-document';
import { pruneArticleContent } from './prune-article-content';
import { cleanAuthor, readHtmlMetadata } from './read-html-metadata';
import { removePageClutter } from './remove-page-clutter';
import { renderBlockText } from './render-block-text';

export interface HtmlArticle {
  text: string;
  declared: DeclaredFacts;
}

export interface ExtractHtmlOptions {
  /** The address the page was fetched from: the article's URL when the page states none. */
  url?: string | null;
  /** The file the page came from, for messages; null when pasted or fetched. */
  name?: string | null;
}

/** Less article text than this from Readability means it missed the article: other places are tried. */
const MIN_ARTICLE_CHARS = 250;
/** The JSON-LD articleBody replaces what Readability found when it is this many times longer. */
const STATED_BODY_RATIO = 2;

/** Elements that may hold the whole article when Readability finds too little, most specific first. */
const FALLBACK_SELECTORS = ['[itemprop~="articleBody"]', 'article', 'main', '[role="main"]'];

export function extractHtmlArticle(html: string, options: ExtractHtmlOptions = {}): HtmlArticle {
  const name = options.name ?? null;
  const markup = completeDocument(html);
  const { document } = parseHTML(markup);
  const metadata = readHtmlMetadata(document, options.url ?? null);
  const found = isFragment(html) ? { text: readWholeText(document), byline: null } : findArticleText(document, markup, metadata.articleBody);
  if (!/[\p{L}\p{N}]/u.test(found.text)) {
    const subject = name === null ? 'The page' : `"${name}"`;
    throw new ImportError('no-text', `${subject} has no article text to import: it holds no readable paragraphs.`, name);
  }
  const declared: DeclaredFacts = {
    ...metadata.declared,
    author: metadata.declared.author ?? (found.byline === null ? null : cleanAuthor(found.byline)),
    language: checkStatedLanguage(metadata.declared.language ?? null, found.text),
  };
  return { text: found.text, declared };
}

interface FoundText {
  text: string;
  byline: string | null;
}

function findArticleText(document: Document, markup: string, articleBody: string | null): FoundText {
  removePageClutter(document);
  const article = runReadability(document);
  const content = article?.content ?? null;
  if (content !== null) pruneArticleContent(content);
  const text = content === null ? '' : renderBlockText(content);
  const byline = article?.byline ?? null;
  const statedBody = articleBody === null ? '' : renderStatedBody(articleBody);
  // The publisher's own text of the article, when Readability found well under half of it.
  if (statedBody.length > MIN_ARTICLE_CHARS && statedBody.length > STATED_BODY_RATIO * text.length) return { text: statedBody, byline };
  if (text.length >= MIN_ARTICLE_CHARS) return { text, byline };
  return { text: findFallbackText(markup, text) ?? text, byline };
}

/** Readability on odd markup may fail inside; that is "no article found", never an error of the import. */
function runReadability(document: Document): { content: Element | null; byline: string | null } | null {
  try {
    // The serializer hands back Readability's own container element, rather than its HTML.
    const article = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
    return article === null ? null : { content: article.content ?? null, byline: article.byline ?? null };
  } catch {
    return null;
  }
}

/**
 * When Readability finds (almost) nothing: the element the page marks as the article or its main part,
 * if it holds more and holds what Readability found; the whole page only when Readability found nothing.
 */
function findFallbackText(markup: string, found: string): string | null {
  const { document } = parseHTML(markup);
  removePageClutter(document);
  const firstLine = found.split('\n', 1)[0] ?? '';
  for (const selector of FALLBACK_SELECTORS) {
    for (const element of document.querySelectorAll(selector)) {
      const text = renderBlockText(element);
      if (text.length >= MIN_ARTICLE_CHARS && text.includes(firstLine)) return text;
    }
  }
  return found === '' && document.body !== null ? renderBlockText(document.body) : null;
}

/** JSON-LD articleBody is plain text, or now and then HTML. */
function renderStatedBody(articleBody: string): string {
  if (/<[a-z][^>]*>/iu.test(articleBody)) return renderBlockText(parseHTML(completeDocument(articleBody)).document.body);
  return articleBody
    .split(/\n/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** Rich text pasted from a browser is what the user chose to copy: all of it is kept, bar what never shows. */
function readWholeText(document: Document): string {
  const body = document.body;
  if (body === null) return '';
  for (const hidden of [...body.querySelectorAll('[hidden], [aria-hidden="true"]')]) hidden.remove();
  return renderBlockText(body);
}

/**
 * A page's stated language is often its template's default: "en" on a Russian page. When the text is
 * plainly in another script, the text decides.
 */
function checkStatedLanguage(stated: LanguageCode | null, text: string): LanguageCode | null {
  if (stated === null) return null;
  const detected = detectLanguage(text.slice(0, 5000));
  if (detected === 'und' || detected === stated) return stated;
  const isSameScript = (detected === 'ru' || detected === 'kk') && (stated === 'ru' || stated === 'kk');
  return isSameScript ? stated : null;
}
