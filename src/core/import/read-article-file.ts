// Reads a .txt or .md file from disk into a ParsedArticle, refusing what is not UTF-8 text
// before it costs memory: the size is checked before a byte is read.
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ParsedArticle } from '../../shared/analysis';
import { IMPORTABLE_EXTENSIONS, MAX_FILE_BYTES } from '../../shared/limits';
import { ImportError } from './import-error';
import { parseArticleText } from './parse-article-text';


/** Share of control bytes in undecodable data above which it is binary rather than another encoding. */
const MAX_CONTROL_BYTE_SHARE = 0.1;

export async function readArticleFile(path: string): Promise<ParsedArticle> {
  const name = basename(path);
  assertSupportedExtension(name);
  return parseArticleFile(await readBoundedFile(path, name), name);
}

/** A file's bytes (read from disk, or dropped on the window): the same checks as for a file on disk. */
export function parseArticleFile(bytes: Uint8Array, name: string): ParsedArticle {
  assertSupportedExtension(name);
  if (bytes.byteLength > MAX_FILE_BYTES) throw createTooLargeError(bytes.byteLength, name);
  return parseArticleText(decodeUtf8(bytes, name), { name });
}

function assertSupportedExtension(name: string): void {
  const extension = extname(name).toLowerCase();
  if (IMPORTABLE_EXTENSIONS.includes(extension)) return;
  const found = extension === '' ? 'it has no extension' : `not ${extension}`;
  throw new ImportError(
    'unsupported',
    `Cannot import "${name}": only plain text (.txt) and Markdown (.md) files can be imported, ${found}.`,
    name,
  );
}

async function readBoundedFile(path: string, name: string): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw createUnreadableError(error, name);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new ImportError('unreadable', `Cannot import "${name}": it is a folder, not a file.`, name);
    }
    if (stats.size > MAX_FILE_BYTES) throw createTooLargeError(stats.size, name);
    return await handle.readFile();
  } catch (error) {
    throw error instanceof ImportError ? error : createUnreadableError(error, name);
  } finally {
    await handle.close();
  }
}

function createTooLargeError(size: number, name: string): ImportError {
  return new ImportError(
    'too-large',
    `"${name}" is too large to import: ${formatMegabytes(size)}; the limit is ${formatMegabytes(MAX_FILE_BYTES)}.`,
    name,
  );
}

/** Strict UTF-8, keeping a BOM in the text: parseArticleText keeps raw text as given and drops it from the body. */
function decodeUtf8(bytes: Uint8Array, name: string): string {
  if (hasUtf16ByteOrderMark(bytes)) {
    throw new ImportError(
      'encoding',
      `"${name}" is saved as UTF-16, not UTF-8. Save it as UTF-8 and import it again.`,
      name,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (looksBinary(bytes)) {
      throw new ImportError(
        'binary',
        `"${name}" looks like a binary file, not text. Only plain text (.txt) and Markdown (.md) can be imported.`,
        name,
      );
    }
    throw new ImportError(
      'encoding',
      `"${name}" is not valid UTF-8 text (it may be in an older encoding such as Windows-1251). Save it as UTF-8 and import it again.`,
      name,
    );
  }
}

function hasUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  const [first, second] = bytes;
  return (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
}

function looksBinary(bytes: Uint8Array): boolean {
  let controlBytes = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    const isWhitespace = byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
    if ((byte < 0x20 && !isWhitespace) || byte === 0x7f) controlBytes += 1;
  }
  return controlBytes / bytes.length > MAX_CONTROL_BYTE_SHARE;
}

function createUnreadableError(error: unknown, name: string): ImportError {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const problem =
    code === 'ENOENT'
      ? 'the file does not exist'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : error instanceof Error
            ? error.message
            : String(error);
  return new ImportError('unreadable', `Cannot read "${name}": ${problem}.`, name);
}

/** Rounded up, so a file just over the limit does not read as exactly the limit. */
function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${tenths.toFixed(1).replace(/\.0$/u, '')} MB`;
}
