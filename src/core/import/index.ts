// Import: any source (a file's bytes, pasted text or rich text, a fetched page) into a ParsedArticle.
export { parseArticleText, UNTITLED } from './parse-article-text';
export type { ParseArticleOptions } from './parse-article-text';
export { parseArticleSource } from './parse-article-source';
export type { ArticleSource } from './parse-article-source';
export { readArticleSource, readFileSource, fetchArticleSource } from './read-article-source';
export type { SourceToImport } from './read-article-source';
export { buildDocument, createInProcessBuilder } from './build-document';
export type { BuildRequest, DocumentBuilder } from './build-document';
export { detectLanguage } from './detect-language';
export { ImportError, IMPORT_ERROR_CODES } from './import-error';
export type { ImportErrorCode } from './import-error';
