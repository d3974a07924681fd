// Import of pasted text and .txt/.md files into a ParsedArticle.
export { parseArticleText, UNTITLED } from './parse-article-text';
export type { ParseArticleOptions } from './parse-article-text';
export { parseArticleFile, readArticleFile } from './read-article-file';
export { detectLanguage } from './detect-language';
export { ImportError, IMPORT_ERROR_CODES } from './import-error';
export type { ImportErrorCode } from './import-error';
