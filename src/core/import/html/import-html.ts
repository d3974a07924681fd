// An HTML page to a ParsedArticle: the article's text and stated metadata, then the same line
// classifier as pasted text, which sets aside what extraction left of bylines, share lines and captions.
import type { ParsedArticle } from '../../../shared/analysis';
import { parseArticleText } from '../parse-article-text';
import { extractHtmlArticle } from './extract-html-article';

export interface ImportHtmlOptions {
  /** The file the page came from (for messages), or null when pasted or fetched. */
  name: string | null;
  /** The address the page was fetched from, when it was. */
  url?: string | null;
}

export function importHtml(html: string, options: ImportHtmlOptions): ParsedArticle {
  const { text, declared } = extractHtmlArticle(html, { url: options.url ?? null, name: options.name });
  // The name only names the file in messages and gives a title of last resort: a page is never read as Markdown.
  return parseArticleText(text, { name: options.name, declared, isExtracted: true });
}
