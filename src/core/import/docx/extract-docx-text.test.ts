import { catchImportErrorAsync } from '../test-import-errors';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildTestDocx, footnoteReference, listItem, paragraph, paragraphWithBreaks, table } from './build-test-docx';
import { extractDocxText } from './extract-docx-text';

/** The first bytes of a Compound File Binary container, then the stream names its directory lists. */
function buildCfbStandIn(streamNames: readonly string[]): Uint8Array {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const names = streamNames.flatMap((streamName) => [...Buffer.from(streamName, 'utf16le'), 0, 0]);
  return Uint8Array.from([...signature, ...new Array<number>(504).fill(0), ...names]);
}

describe('extractDocxText', () => {
  it('gives paragraphs, headings, list items and table cells a paragraph each, and soft breaks a line', async () => {
    const docx = await buildTestDocx({
      body:
        paragraph('Forum of news agencies held in Astana', 'Heading1') +
        paragraph('Astana hosted the forum on Wednesday & Thursday.') +
        paragraphWithBreaks(['By Aigerim Seitkali', 'Astana, 3 September 2025']) +
        listItem('Content exchange') +
        listItem('Joint training') +
        table([['Agency', 'Country'], ['Xinhua', 'China']]) +
        paragraph('') +
        paragraph('The next forum is in Beijing.'),
    });
    const { text } = await extractDocxText(docx, 'forum.docx');
    expect(text.split('\n\n')).toEqual([
      'Forum of news agencies held in Astana',
      'Astana hosted the forum on Wednesday & Thursday.',
      'By Aigerim Seitkali\nAstana, 3 September 2025',
      'Content exchange',
      'Joint training',
      'Agency',
      'Country',
      'Xinhua',
      'China',
      'The next forum is in Beijing.',
    ]);
  });

  it('leaves footnotes and their reference marks out of the text', async () => {
    const docx = await buildTestDocx({
      body: `<w:p><w:r><w:t>Forty agencies took part.</w:t></w:r>${footnoteReference(1)}<w:r><w:t xml:space="preserve"> They signed a memorandum.</w:t></w:r></w:p>`,
      footnotes: ['Figures from the organisers.'],
    });
    const { text } = await extractDocxText(docx, 'notes.docx');
    expect(text).toBe('Forty agencies took part. They signed a memorandum.');
  });

  it('states the title, author, creation date and language from the document properties', async () => {
    const docx = await buildTestDocx({
      body: paragraph('Астанада ақпарат агенттіктерінің форумы өтті. Қазақстан мен Қытай ынтымақтастығы.'),
      core: { title: 'Форум & агенттіктер', creator: 'Айгерим Сейткали', created: '2025-09-03T14:57:00Z', language: 'kk-KZ' },
    });
    const { declared } = await extractDocxText(docx, 'kk.docx');
    expect(declared).toEqual({
      title: 'Форум & агенттіктер',
      author: 'Айгерим Сейткали',
      publishedAt: '2025-09-03T14:57:00',
      language: 'kk',
    });
  });

  it('states nothing for a file without properties, and drops a language the text contradicts', async () => {
    const bare = await buildTestDocx({ body: paragraph('Some text in English, long enough to tell.') });
    expect((await extractDocxText(bare, 'a.docx')).declared).toEqual({});
    const mislabelled = await buildTestDocx({
      body: paragraph('Some text in English, long enough to tell.'),
      core: { title: 'Document1', language: 'ru-RU' },
    });
    expect((await extractDocxText(mislabelled, 'b.docx')).declared).toMatchObject({ title: null, language: null });
  });

  it('refuses a document with no text', async () => {
    const docx = await buildTestDocx({ body: paragraph('') + paragraph('   ') });
    const error = await catchImportErrorAsync(() => extractDocxText(docx, 'blank.docx'));
    expect(error.code).toBe('no-text');
    expect(error.message).toContain('"blank.docx" has no text in it');
  });

  it('refuses a file that is not a ZIP package, and a package with no document in it, as damaged', async () => {
    const notZip = await catchImportErrorAsync(() => extractDocxText(new TextEncoder().encode('just some text'), 'text.docx'));
    expect(notZip.code).toBe('damaged');
    expect(notZip.message).toContain('"text.docx" is not a Word document');

    const noDocument = await buildTestDocx({ body: paragraph('Lost text.'), isMissingDocument: true });
    const missing = await catchImportErrorAsync(() => extractDocxText(noDocument, 'odd.docx'));
    expect(missing.code).toBe('damaged');
    expect(missing.message).toContain('the package has no document text in it');
  });

  it('refuses a document whose XML is broken as damaged', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document><w:body><w:p>unclosed');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const error = await catchImportErrorAsync(() => extractDocxText(bytes, 'broken.docx'));
    expect(error.code).toBe('damaged');
    expect(error.message).toContain('"broken.docx" cannot be read');
  });

  it('tells a password-protected Word file from an old .doc file', async () => {
    const encrypted = await catchImportErrorAsync(() =>
      extractDocxText(buildCfbStandIn(['EncryptionInfo', 'EncryptedPackage']), 'locked.docx'),
    );
    expect(encrypted.code).toBe('encrypted');
    expect(encrypted.message).toBe('"locked.docx" is protected by a password. Remove the protection in Word and import it again.');

    const legacy = await catchImportErrorAsync(() => extractDocxText(buildCfbStandIn(['WordDocument', '1Table']), 'old.doc'));
    expect(legacy.code).toBe('unsupported');
    expect(legacy.message).toContain('"old.doc" is an old-format Word document (.doc)');
  });
});
