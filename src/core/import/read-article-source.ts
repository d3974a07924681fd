// Where an import's bytes come from: a file on disk (its size checked before a byte is read) or a web address.
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_FILE_BYTES } from '../../shared/limits';
import { isHttpUrl } from '../../shared/urls';
import { fetchArticle, type FetchOptions } from './fetch-article';
import { ImportError } from './import-error';
import type { ArticleSource } from './parse-article-source';
import { describeTooLarge } from './parse-article-source';

export interface SourceToImport {
  source: ArticleSource;
  /** What the library says the article came from. */
  origin: string;
}

/** A path on disk or, when it is one, an http(s) address (the CLI takes both). */
export async function readArticleSource(pathOrUrl: string, options: FetchOptions = {}): Promise<SourceToImport> {
  return isHttpUrl(pathOrUrl) ? fetchArticleSource(pathOrUrl, options) : readFileSource(pathOrUrl);
}

/** `name` is how the file is named in messages and the library (a path below a chosen folder, say). */
export async function readFileSource(path: string, name: string = basename(path)): Promise<SourceToImport> {
  return { source: { kind: 'file', name: basename(path), bytes: await readFileBytes(path, name) }, origin: name };
}

export async function fetchArticleSource(url: string, options: FetchOptions = {}): Promise<SourceToImport> {
  const { bytes, name, ...fetched } = await fetchArticle(url, options);
  return { source: { kind: 'file', name, bytes, fetched }, origin: fetched.url };
}

async function readFileBytes(path: string, name: string): Promise<Uint8Array> {
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
    if (stats.size > MAX_FILE_BYTES) throw new ImportError('too-large', describeTooLarge(stats.size, name), name);
    return await handle.readFile();
  } catch (error) {
    throw error instanceof ImportError ? error : createUnreadableError(error, name);
  } finally {
    await handle.close();
  }
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
