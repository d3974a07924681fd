import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../shared/analysis';
import { articleTextOf } from './article-text-of';
import { importHtml } from './import-html';

const STORY = [
  'The city council approved a budget of 4.2 million dollars on Tuesday, after a debate that lasted well into the night.',
  'Council member Ana Ruiz said the money would repair 12 bridges and two schools, starting in the spring.',
  'Opponents argued that the plan raised the property tax by 3 percent, the largest increase in a decade.',
];

const HTML = `<!DOCTYPE html><html lang="en"><head>
  <title>Council approves budget - Town Gazette</title>
  <meta property="og:site_name" content="Town Gazette">
  <meta name="author" content="Maria Lopez">
  <meta property="article:published_time" content="2024-03-05">
  <link rel="canonical" href="https://gazette.example/budget">
</head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article><h1>Council approves budget</h1>${STORY.map((text) => `<p>${text}</p>`).join('')}
  <p>© 2024 Town Gazette. All rights reserved.</p></article>
</body></html>`;

describe('importHtml', () => {
  it('parses the extracted text with the page metadata, which wins over what the text says', () => {
    const parsed = importHtml(HTML, { name: 'budget.html', url: 'https://gazette.example/budget?ref=rss' });
    expect(parsed).toMatchObject({
      title: 'Council approves budget',
      language: 'en',
      publishedAt: '2024-03-05',
      author: 'Maria Lopez',
      source: 'Town Gazette',
      url: 'https://gazette.example/budget',
    });
    expect(parsed.rawText).toBe(parsed.body);
    expect(parsed.body).toContain(STORY[0]);
    expect(parsed.body).not.toContain('Home');
  });

  it('gives the article text as the body less its excluded lines', () => {
    const parsed = importHtml(HTML, { name: null });
    const text = articleTextOf(parsed);
    for (const paragraph of STORY) expect(text).toContain(paragraph);
    // The copyright line is in the body, marked excluded by the line classifier.
    expect(parsed.body).toContain('All rights reserved');
    expect(parsed.excluded.length).toBeGreaterThan(0);
    expect(text).not.toContain('All rights reserved');
    expect(text).not.toContain('Council approves budget');
  });

  it('throws ImportError no-text naming the file for a page without article text', () => {
    expect(() => importHtml('<html><head><title>x</title></head><body><img src="a.png"></body></html>', { name: 'photo.html' })).toThrow(
      expect.objectContaining({ name: 'ImportError', code: 'no-text', fileName: 'photo.html' }),
    );
  });
});

describe('articleTextOf', () => {
  const parsed = (body: string, excluded: [number, number][]): ParsedArticle => ({
    title: 't',
    language: 'en',
    publishedAt: null,
    author: null,
    source: null,
    url: null,
    rawText: body,
    body,
    excluded: excluded.map(([start, end]) => ({ start, end, reason: 'share-buttons', isIncluded: false })),
  });

  it('removes excluded ranges, overlapping or out of order, and tidies the blank lines left behind', () => {
    const body = 'keep one\n\ndrop this\n\nkeep two\n\ndrop that';
    const drop = body.indexOf('drop this');
    const that = body.indexOf('drop that');
    expect(articleTextOf(parsed(body, [[that, body.length], [drop, drop + 9], [drop + 2, drop + 5]]))).toBe('keep one\n\nkeep two');
  });

  it('keeps ranges the user included again', () => {
    const article = parsed('a\n\nb', [[3, 4]]);
    article.excluded = article.excluded.map((range) => ({ ...range, isIncluded: true }));
    expect(articleTextOf(article)).toBe('a\n\nb');
  });
});
