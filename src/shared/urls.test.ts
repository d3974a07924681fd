import { describe, expect, it } from 'vitest';
import { isHttpUrl, normalizeArticleUrl } from './urls';

describe('isHttpUrl', () => {
  it('accepts http and https only', () => {
    expect(isHttpUrl('https://example.org/a')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('file:///etc/passwd')).toBe(false);
  });
});

describe('normalizeArticleUrl', () => {
  it('gives two addresses of one page the same form', () => {
    const forms = [
      'https://www.Example.org/news/story-1/?utm_source=x&utm_medium=y#comments',
      'http://example.org/news/story-1',
      'https://example.org/news/story-1?fbclid=abc',
    ].map(normalizeArticleUrl);
    expect(new Set(forms)).toEqual(new Set(['example.org/news/story-1']));
  });

  it('keeps what tells pages apart: the path, the port and other parameters', () => {
    expect(normalizeArticleUrl('https://example.org/news?id=7')).not.toBe(normalizeArticleUrl('https://example.org/news?id=8'));
    expect(normalizeArticleUrl('https://example.org:8080/a')).toBe('example.org:8080/a');
  });

  it('is null for what is not a web address', () => {
    expect(normalizeArticleUrl('not a url')).toBeNull();
    expect(normalizeArticleUrl('ftp://example.org/a')).toBeNull();
  });
});
