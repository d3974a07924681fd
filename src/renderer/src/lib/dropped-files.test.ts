import { describe, expect, it } from 'vitest';
import { IMPORTABLE_EXTENSIONS } from '../../../shared/import-formats';
import { MAX_FILE_BYTES } from '../../../shared/limits';
import { describeFileProblem, encodeBase64 } from './dropped-files';

describe('describeFileProblem', () => {
  it('accepts every format Factdesk imports, whatever the case of the extension', () => {
    for (const extension of IMPORTABLE_EXTENSIONS) {
      expect(describeFileProblem({ name: `article${extension}`, size: 10 }), extension).toBeNull();
      expect(describeFileProblem({ name: `ARTICLE${extension.toUpperCase()}`, size: 10 }), extension).toBeNull();
    }
  });

  it('refuses other formats, naming the file and the formats it imports', () => {
    const message = describeFileProblem({ name: 'photo.png', size: 10 });
    expect(message).toContain('"photo.png"');
    for (const name of ['.html', 'PDF', '.docx', '.md', '.txt']) expect(message).toContain(name);
  });

  it('refuses empty files and files over the limit before reading them', () => {
    expect(describeFileProblem({ name: 'a.txt', size: 0 })).toBe('"a.txt" is empty. Choose the file that holds the article’s text.');
    expect(describeFileProblem({ name: 'big.pdf', size: MAX_FILE_BYTES + 1 })).toMatch(/^"big\.pdf" is 50\.0 MB, over the 50 MB limit/);
    expect(describeFileProblem({ name: 'big.pdf', size: MAX_FILE_BYTES })).toBeNull();
  });
});

describe('encodeBase64', () => {
  it('encodes bytes past one chunk as Node does', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
