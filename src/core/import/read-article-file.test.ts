import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { MAX_FILE_BYTES } from '../../shared/limits';
import { readArticleFile } from './read-article-file';

const ARTICLE = 'Media forum opens\n\nKazakhstan and China signed a memorandum on media cooperation.\n';
let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'factdesk-import-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function writeTemp(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
}

async function readError(path: string): Promise<ImportError> {
  const error: unknown = await readArticleFile(path).then(
    () => new Error('expected an ImportError'),
    (thrown: unknown) => thrown,
  );
  if (error instanceof ImportError) return error;
  throw error;
}

describe('readArticleFile', () => {
  it('reads a UTF-8 .txt file, with its name as the fallback title', async () => {
    const article = await readArticleFile(await writeTemp('forum-notes.txt', 'Kazakhstan and China signed a memorandum.'));
    expect(article.title).toBe('forum-notes');
    expect(article.body).toBe('Kazakhstan and China signed a memorandum.');
  });

  it('reads a file with a BOM and CRLF: the raw text keeps both, the body has neither', async () => {
    const raw = `\uFEFF${ARTICLE.replaceAll('\n', '\r\n')}`;
    const article = await readArticleFile(await writeTemp('bom.txt', raw));
    expect(article.rawText).toBe(raw);
    expect(article.body).toBe(ARTICLE);
    expect(article.title).toBe('Media forum opens');
  });

  it('reads a .md file as Markdown', async () => {
    const article = await readArticleFile(await writeTemp('forum.MD', '# Media *forum* opens\n\nText with **bold**.'));
    expect(article.title).toBe('Media forum opens');
    expect(article.body).toBe('Media forum opens\n\nText with bold.');
  });

  it('refuses other extensions before reading', async () => {
    const error = await readError(join(folder, 'report.pdf'));
    expect(error.code).toBe('unsupported');
    expect(error.message).toBe(
      'Cannot import "report.pdf": only plain text (.txt) and Markdown (.md) files can be imported, not .pdf.',
    );
    expect((await readError(join(folder, 'README'))).message).toMatch(/"README".*it has no extension/u);
  });

  it('refuses files over 50 MB by their size, without reading them', async () => {
    const path = join(folder, 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(MAX_FILE_BYTES + 1); // sparse zeros: reading it would fail as binary instead
    await handle.close();
    const error = await readError(path);
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('"huge.txt" is too large to import: 50.1 MB; the limit is 50 MB.');
    await rm(path);
  });

  it('refuses binary content, and names the file', async () => {
    const error = await readError(await writeTemp('photo.txt', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46])));
    expect(error.code).toBe('binary');
    expect(error.fileName).toBe('photo.txt');
    expect(error.message).toBe(
      '"photo.txt" looks like a binary file, not text. Only plain text (.txt) and Markdown (.md) can be imported.',
    );
  });

  it('refuses text in another encoding with advice, rather than calling it binary', async () => {
    // "Привет, мир" in Windows-1251.
    const cp1251 = new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0]);
    const error = await readError(await writeTemp('cp1251.txt', cp1251));
    expect(error.code).toBe('encoding');
    expect(error.message).toMatch(/^"cp1251\.txt" is not valid UTF-8 text .* Save it as UTF-8/u);
    const utf16 = await readError(await writeTemp('utf16.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00])));
    expect(utf16.code).toBe('encoding');
    expect(utf16.message).toMatch(/"utf16\.txt" is saved as UTF-16/u);
  });

  it('refuses an empty file, naming it', async () => {
    const error = await readError(await writeTemp('blank.txt', '\uFEFF \r\n'));
    expect(error.code).toBe('empty');
    expect(error.message).toBe('"blank.txt" is empty (nothing but whitespace), so there is no article to import.');
  });

  it('says so when the file is missing or is a folder', async () => {
    const missing = await readError(join(folder, 'missing.txt'));
    expect(missing.code).toBe('unreadable');
    expect(missing.message).toBe('Cannot read "missing.txt": the file does not exist.');
    await mkdir(join(folder, 'folder.txt'));
    const directory = await readError(join(folder, 'folder.txt'));
    expect(directory.code).toBe('unreadable');
    expect(directory.message).toBe('Cannot import "folder.txt": it is a folder, not a file.');
  });
});
