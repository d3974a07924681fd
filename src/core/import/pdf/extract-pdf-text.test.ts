import { catchImportErrorAsync } from '../test-import-errors';
import { describe, expect, it } from 'vitest';
import { buildTestPdf, layOutLines, measureTestText, PAGE_HEIGHT } from './build-test-pdf';
import type { TestPdfLine, TestPdfPage } from './build-test-pdf';
import { extractPdfText } from './extract-pdf-text';

function paragraphsOf(text: string): string[] {
  return text.split('\n\n');
}

const LEFT_COLUMN = [
  'Astana hosted the forum of news',
  'agencies of China and Central Asia',
  'on Wednesday, the organisers said.',
  'More than forty agencies sent their',
  'chief editors to the meeting.',
];
const RIGHT_COLUMN = [
  'The agencies signed a memorandum',
  'on exchanging news content and',
  'training journalists together.',
  'The next forum will take place in',
  'Beijing in the autumn of 2026.',
];

describe('extractPdfText', () => {
  it('reads a page set in two columns left column first, after a headline across both', async () => {
    // The columns share baselines, so reading line by line across the page would interleave them.
    expect(measureTestText(LEFT_COLUMN[1]!)).toBeLessThan(320 - 72 - 20);
    const pdf = buildTestPdf({
      pages: [
        {
          lines: [
            { text: 'News agencies meet in Astana to share their content', x: 72, y: 740, size: 16 },
            ...layOutLines(LEFT_COLUMN, 72, 700),
            ...layOutLines(RIGHT_COLUMN, 320, 700),
          ],
        },
      ],
    });
    const { text } = await extractPdfText(pdf, 'columns.pdf');
    expect(paragraphsOf(text)).toEqual([
      'News agencies meet in Astana to share their content',
      LEFT_COLUMN.join(' '),
      RIGHT_COLUMN.join(' '),
    ]);
  });

  it('reads bands in order when a line across the page sits between two sets of columns', async () => {
    const pdf = buildTestPdf({
      pages: [
        {
          lines: [
            ...layOutLines(['First band left one.', 'First band left two.', 'First band left end.'], 72, 740),
            ...layOutLines(['First band right one.', 'First band right two.', 'First band right end.'], 320, 740),
            { text: 'A caption that runs across the whole width of the page body.', x: 72, y: 680 },
            ...layOutLines(['Second band left one.', 'Second band left two.', 'Second band left end.'], 72, 640),
            ...layOutLines(['Second band right one.', 'Second band right two.', 'Second band right end.'], 320, 640),
          ],
        },
      ],
    });
    const { text } = await extractPdfText(pdf, 'bands.pdf');
    const order = ['First band left one', 'First band right one', 'A caption', 'Second band left one', 'Second band right one'];
    const positions = order.map((phrase) => text.indexOf(phrase));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((first, second) => first - second)).toEqual(positions);
  });

  it('starts paragraphs at wider gaps and indented first lines, and joins the lines of one', async () => {
    const lines: TestPdfLine[] = [
      ...layOutLines(['The first paragraph has two lines', 'that belong together.'], 72, 700),
      // A wider gap than the 14 pt line spacing.
      ...layOutLines(['The second paragraph follows a', 'wider gap and has two lines too'], 72, 664),
      // An indented first line directly below.
      ...layOutLines(['Then an indented line starts the', 'third paragraph.'], 72, 636).map((line, index) =>
        index === 0 ? { ...line, x: 90 } : line,
      ),
    ];
    // A numbered item whose wrapped lines hang under its text, not under its number: one paragraph.
    lines.push(
      { text: '[1] A numbered claim whose text', x: 72, y: 600 },
      { text: 'wraps under itself, not under', x: 92, y: 586 },
      { text: 'its number.', x: 92, y: 572 },
    );
    const { text } = await extractPdfText(buildTestPdf({ pages: [{ lines }] }), 'paragraphs.pdf');
    expect(paragraphsOf(text)).toEqual([
      'The first paragraph has two lines that belong together.',
      'The second paragraph follows a wider gap and has two lines too',
      'Then an indented line starts the third paragraph.',
      '[1] A numbered claim whose text wraps under itself, not under its number.',
    ]);
  });

  it('undoes hyphenation at line ends but keeps hyphens that belong to the word', async () => {
    const lines = layOutLines(
      [
        'The ministry published new infor-',
        'mation on the well-',
        'known case of post-Soviet reforms',
        'between 2019-',
        '2020 and after COVID-',
        '19 reached Central Asia. A long-',
        'term plan is a long-term plan. The',
        'develop-',
        'ment of Post-',
        'Soviet media continues.',
      ],
      72,
      700,
    );
    const { text } = await extractPdfText(buildTestPdf({ pages: [{ lines }] }), 'hyphens.pdf');
    expect(text).toBe(
      'The ministry published new information on the well-known case of post-Soviet reforms between 2019-2020 ' +
        'and after COVID-19 reached Central Asia. A long-term plan is a long-term plan. The development of ' +
        'Post-Soviet media continues.',
    );
  });

  it('undoes hyphenation in Cyrillic text', async () => {
    const lines = layOutLines(['В Астане обсудили обмен инфор-', 'мацией и что-', 'то ещё между агентствами.'], 72, 700);
    const { text } = await extractPdfText(buildTestPdf({ pages: [{ lines }] }), 'ru.pdf');
    expect(text).toBe('В Астане обсудили обмен информацией и что-то ещё между агентствами.');
  });

  it('drops a header and footer repeated on every page, page numbers and all, and joins a paragraph across pages', async () => {
    const pageCount = 4;
    const pages: TestPdfPage[] = Array.from({ length: pageCount }, (_, index) => ({
      lines: [
        { text: 'The Steppe Herald - Economy', x: 72, y: PAGE_HEIGHT - 40, size: 9 },
        ...layOutLines([`and on page ${index + 1} the story goes on`, 'without a break between pages'], 72, 700),
        { text: `Page ${index + 1} of ${pageCount}`, x: 72, y: 40, size: 9 },
        { text: `${index + 1}`, x: 300, y: 25, size: 9 },
      ],
    }));
    const { text } = await extractPdfText(buildTestPdf({ pages }), 'herald.pdf');
    expect(text).not.toContain('Steppe Herald');
    // Each page ends mid-sentence and the next starts in lower case: one paragraph, without page furniture.
    expect(paragraphsOf(text)).toEqual([
      Array.from({ length: pageCount }, (_, index) => `and on page ${index + 1} the story goes on without a break between pages`).join(' '),
    ]);
  });

  it('keeps a title that repeats a running header in a larger font', async () => {
    const pages: TestPdfPage[] = [0, 1, 2].map((index) => ({
      lines: [
        { text: 'Media Forum Report', x: 72, y: PAGE_HEIGHT - 40, size: index === 0 ? 20 : 9 },
        ...layOutLines([`Text of page ${index + 1}.`], 72, 700),
      ],
    }));
    const { text } = await extractPdfText(buildTestPdf({ pages }), 'report.pdf');
    expect(paragraphsOf(text)).toEqual(['Media Forum Report', 'Text of page 1.', 'Text of page 2.', 'Text of page 3.']);
  });

  it('reads Chinese set in a font the reader supplies, joining its lines without spaces', async () => {
    // Needs pdf.js's character maps (UniGB-UCS2-H): without them this page reads as having no text.
    const lines = layOutLines(['中国—中亚通讯社论坛在阿斯塔纳举行。新闻内容交换、', '联合培训和研讨会。'], 72, 700);
    const pdf = buildTestPdf({ pages: [{ lines: lines.map((line) => ({ ...line, isChinese: true })) }], lang: 'zh-CN' });
    const { text, declared } = await extractPdfText(pdf, 'zh.pdf');
    expect(text).toBe('中国—中亚通讯社论坛在阿斯塔纳举行。新闻内容交换、联合培训和研讨会。');
    expect(declared.language).toBe('zh');
  });

  it('states the title, author, creation date and language from the document properties', async () => {
    const pdf = buildTestPdf({
      pages: [{ lines: layOutLines(['В Астане прошёл форум информационных агентств', 'Китая и Центральной Азии.'], 72, 700) }],
      info: { Title: 'Форум в Астане', Author: 'Айгерим Сейткали', CreationDate: "D:20250903195700+05'00'" },
      lang: 'ru-RU',
    });
    const { text, declared } = await extractPdfText(pdf, 'forum.pdf');
    expect(text).toBe('В Астане прошёл форум информационных агентств Китая и Центральной Азии.');
    expect(declared).toEqual({
      title: 'Форум в Астане',
      author: 'Айгерим Сейткали',
      publishedAt: '2025-09-03T19:57:00',
      language: 'ru',
    });
  });

  it('ignores a title a program made up and a language the text contradicts', async () => {
    const pdf = buildTestPdf({
      pages: [{ lines: layOutLines(['В Астане прошёл форум информационных агентств.'], 72, 700) }],
      info: { Title: 'Microsoft Word - forum_final.docx', CreationDate: 'D:2025' },
      lang: 'en-US',
    });
    const { declared } = await extractPdfText(pdf, 'forum.pdf');
    expect(declared).toEqual({ title: null, author: null, publishedAt: null, language: null });
  });

  it('does not read text placed off the page', async () => {
    const lines = [...layOutLines(['Visible text.'], 72, 700), { text: 'Hidden text.', x: -900, y: 700 }];
    expect((await extractPdfText(buildTestPdf({ pages: [{ lines }] }), 'hidden.pdf')).text).toBe('Visible text.');
  });

  it('leaves the caller’s bytes intact', async () => {
    const pdf = buildTestPdf({ pages: [{ lines: layOutLines(['Some text.'], 72, 700) }] });
    const length = pdf.byteLength;
    await extractPdfText(pdf, 'a.pdf');
    expect(pdf.byteLength).toBe(length);
    expect((await extractPdfText(pdf, 'a.pdf')).text).toBe('Some text.');
  });

  it('refuses a password-protected PDF', async () => {
    const pdf = buildTestPdf({ pages: [{ lines: layOutLines(['Secret text.'], 72, 700) }], isEncrypted: true });
    const error = await catchImportErrorAsync(() => extractPdfText(pdf, 'secret.pdf'));
    expect(error.code).toBe('encrypted');
    expect(error.fileName).toBe('secret.pdf');
    expect(error.message).toBe('"secret.pdf" is protected by a password. Remove the protection and import it again.');
  });

  it('refuses a scan with no text layer', async () => {
    const pdf = buildTestPdf({ pages: [{ hasImage: true }, { hasImage: true }] });
    const error = await catchImportErrorAsync(() => extractPdfText(pdf, 'scan.pdf'));
    expect(error.code).toBe('no-text');
    expect(error.message).toContain('"scan.pdf" has no text layer: it looks like scanned images. Run OCR on it first');
  });

  it('reads the text pages of a PDF that also has scanned pages', async () => {
    const pdf = buildTestPdf({ pages: [{ hasImage: true }, { lines: layOutLines(['Typed page.'], 72, 700) }] });
    expect((await extractPdfText(pdf, 'mixed.pdf')).text).toBe('Typed page.');
  });

  it('refuses bytes that are not a PDF, and a truncated PDF, as damaged', async () => {
    let seed = 11;
    const noise = Uint8Array.from({ length: 2048 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 256;
    });
    const notPdf = await catchImportErrorAsync(() => extractPdfText(noise, 'noise.pdf'));
    expect(notPdf.code).toBe('damaged');
    expect(notPdf.message).toBe('"noise.pdf" is not a PDF: there is no PDF data in it.');

    const whole = buildTestPdf({ pages: [{ lines: layOutLines(['Some text.'], 72, 700) }] });
    const truncated = await catchImportErrorAsync(() => extractPdfText(whole.subarray(0, 200), 'cut.pdf'));
    expect(truncated.code).toBe('damaged');
    expect(truncated.message).toContain('"cut.pdf" cannot be read: the PDF is damaged or incomplete');

    expect((await catchImportErrorAsync(() => extractPdfText(new Uint8Array(0), 'empty.pdf'))).code).toBe('empty');
  });
});
