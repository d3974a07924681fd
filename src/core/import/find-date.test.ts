import { describe, expect, it } from 'vitest';
import { findDate } from './find-date';
import { parseArticleText } from './parse-article-text';

const LEAD = 'Kazakhstan and China signed a memorandum on media cooperation in Astana on Tuesday.';

describe('findDate', () => {
  it.each([
    ['24 October 2016 19:12', '2016-10-24T19:12'],
    ['Updated: 2025-09-03 19:57', '2025-09-03T19:57'],
    ['2025-09-03', '2025-09-03'],
    ['2025-09-03T19:57:08', '2025-09-03T19:57:08'],
    ['2025/09/03', '2025-09-03'],
    ['September 3, 2025', '2025-09-03'],
    ['Sept 3, 2025', '2025-09-03'],
    ['Sep. 3, 2025 7:05 pm', '2025-09-03T19:05'],
    ['3rd of September 2025', '2025-09-03'],
    ['3 сентября 2025', '2025-09-03'],
    ['3 сентября 2025 года, 12:30', '2025-09-03T12:30'],
    ['03.09.2025', '2025-09-03'],
    ['12:30, 03.09.2025', '2025-09-03T12:30'],
    ['2025年9月3日', '2025-09-03'],
    ['2025年9月3日 19:57', '2025-09-03T19:57'],
    ['3 қыркүйек 2025', '2025-09-03'],
    ['2025 жылғы 3 қыркүйек', '2025-09-03'],
  ])('reads %s as %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('gives the span of the date and its time', () => {
    expect(findDate('Updated: 2025-09-03 19:57')).toEqual({ iso: '2025-09-03T19:57', start: 9, end: 25 });
  });

  it.each(['31.02.2025', '2025-13-01', '3 Smarch 2025', 'in 2025', '1024*768'])('finds no date in %s', (text) => {
    expect(findDate(text)).toBeNull();
  });

  it('leaves out a time that does not exist', () => {
    expect(findDate('25:61, 03.09.2025')?.iso).toBe('2025-09-03');
  });
});

describe('publishedAt', () => {
  it.each([
    ['24 October 2016 19:12', '2016-10-24T19:12'],
    ['Published: September 3, 2025', '2025-09-03'],
    ['Опубликовано: 3 сентября 2025, 12:30', '2025-09-03T12:30'],
    ['03.09.2025', '2025-09-03'],
    ['发布时间：2025年9月3日 19:57', '2025-09-03T19:57'],
  ])('comes from a dateline under the title: %s', (dateline, iso) => {
    const article = parseArticleText(`Media forum opens in Astana\n${dateline}\n\n${LEAD}`);
    expect(article.publishedAt).toBe(iso);
    expect(article.excluded.map((range) => range.reason)).toEqual(['title', 'dateline']);
  });

  it('comes from the dateline that opens the lead', () => {
    const article = parseArticleText(`Media forum opens\n\nASTANA, 3 September 2025 – ${LEAD}`);
    expect(article.publishedAt).toBe('2025-09-03');
  });

  it('is not taken from a date mentioned in a sentence of the story', () => {
    const article = parseArticleText(
      `Media forum opens\n\n${LEAD} The first centre opened on November 16, 2015 in Shanghai.\n\nIt was renovated on 3 September 2025.`,
    );
    expect(article.publishedAt).toBeNull();
  });

  it('is not taken from a dateline below the story', () => {
    const article = parseArticleText(`Media forum opens\n\n${LEAD}\n\nUpdated: 2025-09-03 19:57`);
    expect(article.publishedAt).toBeNull();
    expect(article.excluded.at(-1)?.reason).toBe('dateline');
  });
});
