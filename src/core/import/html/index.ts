// Import of HTML pages: a saved page, a fetched address, or rich text pasted from a browser.
export { extractHtmlArticle } from './extract-html-article';
export type { ExtractHtmlOptions, HtmlArticle } from './extract-html-article';
export { importHtml } from './import-html';
export type { ImportHtmlOptions } from './import-html';
export { articleTextOf } from './article-text-of';
