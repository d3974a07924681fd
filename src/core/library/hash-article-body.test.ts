import { describe, expect, it } from 'vitest';
import { hashArticleBody } from './hash-article-body';

describe('hashArticleBody', () => {
  it('is the same for the same words with other spacing, line endings or normalisation', () => {
    const hash = hashArticleBody('Exports rose 12%.\n\nCafé owners agreed.');
    expect(hashArticleBody('  Exports rose 12%.\r\nCafe\u0301 owners   agreed.  ')).toBe(hash);
  });

  it('differs when a word or a figure changes', () => {
    expect(hashArticleBody('Exports rose 12%.')).not.toBe(hashArticleBody('Exports rose 13%.'));
    expect(hashArticleBody('Exports rose 12%.')).toMatch(/^[0-9a-f]{64}$/u);
  });
});
