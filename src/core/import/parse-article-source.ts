// Any source an article comes from, read into a ParsedArticle: the format chosen by the file's extension (or,
// for a fetched address, what the server says and what the bytes are), each read by its own reader.
import type { ParsedArticle } from '../../shared/analysis';
import { IMPORTABLE_FORMATS_TEXT, formatOfFileName, type ImportFormat } from '../../shared/import-formats';
import { MAX_FILE_BYTES } from '../../shared/limits';
import { decodeHtml } from './decode-html';
import { decodeText } from './decode-text';
import { extractDocxText } from './docx/extract-docx-text';
import type { ExtractedDocument } from './extracted-document';
import type { FetchedResource } from './fetch-article';
import { importHtml } from './html/import-html';
import { ImportError } from './import-error';
import { parseArticleText } from './parse-article-text';
import { readMhtml } from './read-mhtml';
import { extractPdfText } from './pdf/extract-pdf-text';

export type ArticleSource =
  /** A file's bytes: from disk, dropped on the window, or fetched (then `fetched` says what the server said). */
  | { kind: 'file'; name: string; bytes: Uint8Array; fetched?: Omit<FetchedResource, 'bytes' | 'name'> }
  /** Pasted text, and the clipboard's rich text when the paste had it. */
  | { kind: 'text'; name: string | null; text: string; html?: string | null };

const MEDIA_TYPE_FORMATS: Readonly<Record<string, ImportFormat>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'multipart/related': 'mhtml',
  'application/x-mimearchive': 'mhtml',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/markdown': 'markdown',
  'text/plain': 'text',
};

export async function parseArticleSource(source: ArticleSource): Promise<ParsedArticle> {
  if (source.kind === 'text') return parsePasted(source.text, source.html ?? null, source.name);
  const parsed = await parseFile(source);
  // A fetched PDF or text states no address of its own: the one it was fetched from is it.
  return source.fetched && parsed.url === null ? { ...parsed, url: source.fetched.url } : parsed;
}

async function parseFile({ bytes, name, fetched }: Extract<ArticleSource, { kind: 'file' }>): Promise<ParsedArticle> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw new ImportError('too-large', describeTooLarge(bytes.byteLength, name), name);
  if (bytes.byteLength === 0) {
    throw new ImportError('empty', `"${name}" is empty (0 bytes), so there is no article to import.`, name);
  }
  const format = fetched ? formatOfFetched(bytes, name, fetched.mediaType) : formatOfFile(name);
  switch (format) {
    case 'html':
      return importHtml(decodeHtml(bytes, name, fetched?.charset ?? null), { name, url: fetched?.url ?? null });
    case 'mhtml': {
      const page = readMhtml(bytes, name);
      return importHtml(page.html, { name, url: fetched?.url ?? page.url });
    }
    case 'pdf':
      return parseExtracted(await extractPdfText(bytes, name), name);
    case 'docx':
      return parseExtracted(await extractDocxText(bytes, name), name);
    case 'markdown':
    case 'text': {
      // parseArticleText reads Markdown by the name's extension; a fetched text/markdown may have none.
      const isUnnamedMarkdown = format === 'markdown' && formatOfFileName(name) !== 'markdown';
      return parseArticleText(decodeText(bytes, name).text, { name: isUnnamedMarkdown ? `${name}.md` : name });
    }
  }
}

/** Rich text from the clipboard is read as a page; if it holds no article text, the plain text is. */
function parsePasted(text: string, html: string | null, name: string | null): ParsedArticle {
  if (html !== null && html.trim() !== '') {
    try {
      const parsed = importHtml(html, { name });
      // The page's own words, not the plain text: but nothing the user pasted may be lost to the HTML reader.
      if (countWords(parsed.body) >= countWords(text) * 0.8) return parsed;
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
    }
  }
  return parseArticleText(text, { name });
}

/** A file's creation date is when it was saved, not when the article was published: it is used only when the text states none. */
function parseExtracted({ text, declared: { publishedAt, ...declared } }: ExtractedDocument, name: string): ParsedArticle {
  const parsed = parseArticleText(text, { name, declared, isExtracted: true });
  return parsed.publishedAt === null && publishedAt !== null && publishedAt !== undefined ? { ...parsed, publishedAt } : parsed;
}

function formatOfFile(name: string): ImportFormat {
  const format = formatOfFileName(name);
  if (format !== null) return format;
  const extension = /\.[^./\\]+$/u.exec(name)?.[0].toLowerCase() ?? null;
  const hint =
    extension === '.doc'
      ? ' Old Word files (.doc) cannot be read: open it in Word and save it as .docx.'
      : extension === '.rtf'
        ? ' Open it in a word processor and save it as .docx or plain text.'
        : '';
  const found = extension === null ? 'it has no extension' : `not ${extension}`;
  throw new ImportError('unsupported', `Cannot import "${name}": Factdesk imports ${IMPORTABLE_FORMATS_TEXT}, ${found}.${hint}`, name);
}

/** What the server says, then what the bytes are, then the address's extension; a page by default. */
function formatOfFetched(bytes: Uint8Array, name: string, mediaType: string | null): ImportFormat {
  const declared = mediaType === null ? undefined : MEDIA_TYPE_FORMATS[mediaType];
  if (declared !== undefined) return declared;
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (startsWith(bytes, 'PK\u0003\u0004')) return 'docx';
  const byName = formatOfFileName(name);
  if (byName !== null) return byName;
  if (mediaType !== null && !mediaType.startsWith('text/') && mediaType !== 'application/octet-stream') {
    throw new ImportError('unsupported', `Cannot import "${name}": it is ${mediaType}, not a web page, PDF, Word file or text.`, name);
  }
  return 'html';
}

function startsWith(bytes: Uint8Array, signature: string): boolean {
  for (let index = 0; index < signature.length; index += 1) {
    if (bytes[index] !== signature.charCodeAt(index)) return false;
  }
  return true;
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export function describeTooLarge(size: number, name: string): string {
  return `"${name}" is too large to import: ${formatMegabytes(size)}; the limit is ${formatMegabytes(MAX_FILE_BYTES)}.`;
}

/** Rounded up, so a file just over the limit does not read as exactly the limit. */
function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${tenths.toFixed(1).replace(/\.0$/u, '')} MB`;
}
