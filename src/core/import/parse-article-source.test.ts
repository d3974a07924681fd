// Every format through the one entry point, and every kind of bad input refused by name with a clear reason.
// Fixtures are written here (text, HTML) or built by the format's test builder (PDF, DOCX).
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/limits';
import { buildTestDocx } from './docx/build-test-docx';
import { catchImportErrorAsync } from './test-import-errors';
import { encodeAs } from './test-encodings';
import { parseArticleSource, type ArticleSource } from './parse-article-source';
import { buildTestPdf, layOutLines } from './pdf/build-test-pdf';

const ARTICLE = 'Trade grows\n\nTrade between Kazakhstan and China reached $43.8 billion in 2024, the customs office said.\n';

const file = (name: string, bytes: Uint8Array | string): ArticleSource => ({
  kind: 'file',
  name,
  bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
});

const refusal = (source: ArticleSource) => catchImportErrorAsync(() => parseArticleSource(source));

describe('parseArticleSource: formats', () => {
  it('reads plain text and Markdown by the file name', async () => {
    expect((await parseArticleSource(file('trade.txt', ARTICLE))).title).toBe('Trade grows');
    const markdown = await parseArticleSource(file('trade.md', '# Trade *grows*\n\nExports rose **12%**.'));
    expect(markdown.body).toBe('Trade grows\n\nExports rose 12%.');
  });

  it('reads a web page: the article, its metadata, never its scripts', async () => {
    const html = `<html lang="ru"><head><title>Рост торговли</title><meta name="author" content="Анна Иванова">
      <script>throw new Error('never run')</script><style>p { color: red }</style></head>
      <body><nav><a href="/">Главная</a></nav><article><h1>Рост торговли</h1>
      <p>Товарооборот между Казахстаном и Китаем в 2024 году достиг 43,8 миллиарда долларов, сообщила таможня.</p>
      <p onclick="alert(1)">Министерство ожидает рост на 10 процентов в следующем году.</p>
      <script>document.write('injected')</script></article></body></html>`;
    const parsed = await parseArticleSource(file('page.html', html));
    expect(parsed).toMatchObject({ title: 'Рост торговли', author: 'Анна Иванова', language: 'ru' });
    expect(parsed.body).toContain('43,8 миллиарда долларов');
    expect(parsed.body).not.toMatch(/never run|injected|color: red|alert|Главная/);
  });

  it('reads a page saved as a single file (MHTML), with the address it was saved from', async () => {
    const mhtml = [
      'Snapshot-Content-Location: https://news.example.org/trade',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; boundary="B"',
      '',
      '--B',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://news.example.org/trade',
      '',
      '<html><head><title>Trade grows</title></head><body><article><h1>Trade grows</h1><p>Trade reached $43.8 billion in 2=',
      '024, the customs office said.</p></article></body></html>',
      '--B--',
    ].join('\r\n');
    const parsed = await parseArticleSource(file('trade.mhtml', mhtml));
    expect(parsed).toMatchObject({ title: 'Trade grows', url: 'https://news.example.org/trade' });
    expect(parsed.body).toContain('$43.8 billion in 2024');
  });

  it('decodes a page in the charset it declares', async () => {
    const russian = 'Товарооборот вырос на 12 процентов в 2024 году, сообщило министерство торговли.';
    const head = '<html><head><meta charset="windows-1251"><title>Торговля</title></head><body><article><p>';
    const bytes = encodeAs('windows-1251', `${head}${russian}</p></article></body></html>`);
    expect((await parseArticleSource(file('cp1251.html', bytes))).body).toContain(russian);
  });

  it('reads a PDF and a Word file with their stated metadata', async () => {
    const pdf = buildTestPdf({
      pages: [{ lines: layOutLines(['Trade grows', '', 'Trade between Kazakhstan and China reached $43.8 billion in 2024.'], 72, 720) }],
      info: { Title: 'Trade grows', Author: 'Customs office' },
    });
    expect(await parseArticleSource(file('trade.pdf', pdf))).toMatchObject({ title: 'Trade grows', author: 'Customs office' });
    const docx = await buildTestDocx({ paragraphs: ['Trade grows', 'Trade between Kazakhstan and China reached $43.8 billion in 2024.'], title: 'Trade grows' });
    const parsed = await parseArticleSource(file('trade.docx', docx));
    expect(parsed.title).toBe('Trade grows');
    expect(parsed.body).toContain('$43.8 billion');
  });

  it('takes a PDF’s creation date only when the text states no date of its own', async () => {
    // One paragraph per line: a gap of two lines between them.
    const pdfWith = (paragraphs: string[]) =>
      buildTestPdf({
        pages: [{ lines: paragraphs.map((text, index) => ({ text, x: 72, y: 720 - index * 36 })) }],
        info: { Title: 'Trade grows', CreationDate: 'D:20260115093000Z' },
      });
    const story = 'Trade between Kazakhstan and China reached $43.8 billion in 2024, the customs office said.';
    expect((await parseArticleSource(file('dated.pdf', pdfWith(['Trade grows', 'Published: March 3, 2025', story])))).publishedAt).toBe('2025-03-03');
    expect((await parseArticleSource(file('undated.pdf', pdfWith(['Trade grows', story])))).publishedAt).toMatch(/^2026-01-15/);
  });

  it('uses the clipboard’s rich text for a paste, and the plain text when the rich text holds no article', async () => {
    const html = '<meta charset="utf-8"><h1>Trade grows</h1><p>Trade reached <b>$43.8 billion</b> in 2024, the customs office said.</p>';
    const rich = await parseArticleSource({ kind: 'text', name: null, text: 'Trade grows Trade reached $43.8 billion in 2024, the customs office said.', html });
    expect(rich.title).toBe('Trade grows');
    expect(rich.body).toContain('Trade reached $43.8 billion in 2024');
    const plain = await parseArticleSource({ kind: 'text', name: null, text: ARTICLE, html: '<img src="x.png">' });
    expect(plain.body).toBe(ARTICLE);
  });
});

describe('parseArticleSource: bad input, refused by name', () => {
  it('an empty file', async () => {
    expect((await refusal(file('empty.txt', ''))).message).toBe('"empty.txt" is empty (0 bytes), so there is no article to import.');
    expect((await refusal(file('blank.html', '<html><body>  </body></html>'))).message).toContain('blank.html');
  });

  it('a binary file with a text extension', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const error = await refusal(file('photo.txt', png));
    expect(error).toMatchObject({ code: 'binary', fileName: 'photo.txt' });
    expect(error.message).toMatch(/^"photo\.txt" looks like a binary file/);
  });

  it('a file over 50 MB, before reading it as anything', async () => {
    const error = await refusal(file('huge.txt', new Uint8Array(MAX_FILE_BYTES + 1)));
    expect(error.message).toBe('"huge.txt" is too large to import: 50.1 MB; the limit is 50 MB.');
  });

  it('an encrypted PDF, an image-only PDF, a file that is not a PDF', async () => {
    const text = { lines: layOutLines(['Secret figures for 2024.'], 72, 720) };
    expect(await refusal(file('locked.pdf', buildTestPdf({ pages: [text], isEncrypted: true })))).toMatchObject({
      code: 'encrypted',
      message: expect.stringMatching(/^"locked\.pdf" is protected by a password/),
    });
    expect(await refusal(file('scan.pdf', buildTestPdf({ pages: [{ hasImage: true }] })))).toMatchObject({
      code: 'no-text',
      message: expect.stringContaining('"scan.pdf"'),
    });
    expect(await refusal(file('fake.pdf', 'This is not a PDF at all.'))).toMatchObject({ code: 'damaged', message: expect.stringContaining('"fake.pdf"') });
  });

  it('a broken Word file', async () => {
    expect(await refusal(file('broken.docx', 'PK\u0003\u0004 not really a zip'))).toMatchObject({
      code: 'damaged',
      message: expect.stringContaining('"broken.docx"'),
    });
  });

  it('a format Factdesk does not read, with advice for old Word files', async () => {
    expect((await refusal(file('old.doc', 'x'))).message).toContain('Old Word files (.doc) cannot be read');
    expect((await refusal(file('photo.jpg', 'x'))).message).toMatch(/^Cannot import "photo\.jpg": Factdesk imports .*, not \.jpg\.$/);
    expect((await refusal(file('README', 'x'))).message).toContain('it has no extension');
  });
});

describe('parseArticleSource: fetched', () => {
  const fetched = (mediaType: string | null, url = 'https://news.example.org/story') => ({ url, mediaType, charset: null });

  it('chooses the reader by what the server says, then by the bytes, and keeps the address', async () => {
    const pdf = buildTestPdf({ pages: [{ lines: layOutLines(['Trade reached $43.8 billion in 2024.'], 72, 720) }] });
    const asPdf = await parseArticleSource({ kind: 'file', name: 'download', bytes: pdf, fetched: fetched('application/octet-stream') });
    expect(asPdf.url).toBe('https://news.example.org/story');
    expect(asPdf.body).toContain('$43.8 billion');
    const text = await parseArticleSource({ kind: 'file', name: 'story', bytes: new TextEncoder().encode(ARTICLE), fetched: fetched('text/plain') });
    expect(text.title).toBe('Trade grows');
    expect(await refusal({ kind: 'file', name: 'logo', bytes: new Uint8Array([1, 2, 3]), fetched: fetched('image/png') })).toMatchObject({ code: 'unsupported' });
  });
});
