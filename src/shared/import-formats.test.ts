import { describe, expect, it } from 'vitest';
import { IMPORTABLE_EXTENSIONS, formatOfFileName } from './import-formats';

describe('formatOfFileName', () => {
  it('reads the format from the extension, in any case', () => {
    expect(formatOfFileName('Report.PDF')).toBe('pdf');
    expect(formatOfFileName('page.htm')).toBe('html');
    expect(formatOfFileName('notes.markdown')).toBe('markdown');
    expect(formatOfFileName('letter.docx')).toBe('docx');
    expect(formatOfFileName('a.b.txt')).toBe('text');
  });

  it('is null for what Factdesk does not import', () => {
    expect(formatOfFileName('photo.jpg')).toBeNull();
    expect(formatOfFileName('old.doc')).toBeNull();
    expect(formatOfFileName('README')).toBeNull();
  });

  it('lists every extension once', () => {
    expect(new Set(IMPORTABLE_EXTENSIONS).size).toBe(IMPORTABLE_EXTENSIONS.length);
  });
});
