// The four real pasted pages: metadata, and exactly which lines are kept out of claim detection.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../shared/analysis';
import type { ExclusionReason } from '../../shared/model';
import { readSample, SAMPLE_FILES, type SampleFile } from '../sample-articles';
import { parseArticleText } from './parse-article-text';

async function parseSample(file: SampleFile): Promise<ParsedArticle> {
  const rawText = readSample(file);
  return parseArticleText(rawText, { name: file });
}

function listExcluded(article: ParsedArticle): [string, ExclusionReason][] {
  return article.excluded.map((range) => [article.body.slice(range.start, range.end), range.reason]);
}

function isExcluded(article: ParsedArticle, lineStart: string): boolean {
  const start = article.body.indexOf(lineStart);
  expect(start, `"${lineStart}" is in the sample`).toBeGreaterThanOrEqual(0);
  return article.excluded.some((range) => range.start < start + lineStart.length && start < range.end);
}

function expectWellFormedRanges(article: ParsedArticle): void {
  let previousEnd = -1;
  for (const range of article.excluded) {
    expect(range.start).toBeGreaterThan(previousEnd);
    expect(range.end).toBeGreaterThan(range.start);
    expect(range.isIncluded).toBe(false);
    expect(article.body.slice(range.start, range.end)).not.toContain('\n');
    expect(['\n', undefined]).toContain(article.body[range.end]);
    expect(['\n', undefined]).toContain(article.body[range.start - 1]);
    previousEnd = range.end;
  }
}

const chinaDaily = await parseSample('en-chinadaily-cultural-center.txt');
const kazinform = await parseSample('en-kazinform-silk-way-forum.txt');
const astanaTimes = await parseSample('en-astana-times-media-event.txt');
const russian = await parseSample('ru-news-agencies-forum-astana.txt');

describe('China Daily sample (spam, navigation, byline, share, copyright)', () => {
  const article = chinaDaily;

  it('reads title, language, date, author and source', () => {
    expect(article.title).toBe('Kazakhstan, China deepen cultural cooperation');
    expect(article.language).toBe('en');
    expect(article.publishedAt).toBe('2025-09-03T19:57');
    expect(article.author).toBe('Yang Ran');
    expect(article.source).toBe('chinadaily.com.cn');
    expect(article.url).toBeNull();
  });

  it('excludes every boilerplate line with its reason, and nothing else', () => {
    const spam = article.body.split('\n')[0] ?? '';
    expect(spam).toMatch(/^亚洲91视频,国产91网,久久久久/u);
    expect(listExcluded(article)).toEqual([
      [spam, 'spam'],
      ['Global EditionASIA 中文雙語Fran?ais', 'navigation'],
      ['World', 'navigation'],
      ['Home / World / Asia-Pacific', 'navigation'],
      ['Kazakhstan, China deepen cultural cooperation', 'title'],
      ['By Yang Ran | chinadaily.com.cn | Updated: 2025-09-03 19:57', 'byline'],
      ['Share', 'share-buttons'],
      ['Share - WeChat', 'share-buttons'],
      ['Most Viewed in 24 Hours', 'navigation'],
      ['Top', 'navigation'],
      ['BACK TO THE TOP', 'navigation'],
      ['English', 'navigation'],
      [expect.stringMatching(/^Copyright 1995 - \. All rights reserved\. .*China Daily Information Co \(CDIC\)/u), 'copyright'],
      ['License for publishing multimedia online 0108263', 'copyright'],
      ['Registration Number: 130349', 'copyright'],
      ['FOLLOW US', 'share-buttons'],
    ]);
    expectWellFormedRanges(article);
  });

  it('keeps the story paragraphs, quotes included', () => {
    expect(isExcluded(article, 'Kazakh President Kassym-Jomart Tokayev inaugurated')).toBe(false);
    expect(isExcluded(article, 'Speaking in Chinese, he said, "As an ancient Chinese saying goes')).toBe(false);
    expect(isExcluded(article, '"If we have strong cultural and people-to-people exchanges')).toBe(false);
    expect(isExcluded(article, 'The China Cultural Center in Astana was inaugurated in July last year.')).toBe(false);
  });
});

describe('Kazinform sample (dateline, repeated title, agency)', () => {
  const article = kazinform;
  const title = 'Kazinform General Director: Kazakhstan and China humanitarian cooperation makes progress';

  it('reads title, language, date and source from the agency dateline', () => {
    expect(article.title).toBe(title);
    expect(article.language).toBe('en');
    expect(article.publishedAt).toBe('2016-10-24T19:12');
    expect(article.author).toBeNull();
    expect(article.source).toBe('Kazinform');
  });

  it('excludes the title, the dateline and the repeated title only', () => {
    expect(listExcluded(article)).toEqual([
      [title, 'title'],
      ['24 October 2016 19:12', 'dateline'],
      [title, 'repeated-title'],
    ]);
    expectWellFormedRanges(article);
  });

  it('keeps the lead with its agency dateline and the dates inside the story', () => {
    expect(isExcluded(article, 'NANJING. KAZINFORM - Assel Tulegenova')).toBe(false);
    expect(isExcluded(article, 'Since the end of 2015, according to Assel Tulegenova')).toBe(false);
    expect(isExcluded(article, 'The forum is to result in achievement of')).toBe(false);
  });
});

describe('Astana Times sample (caption, newsletter)', () => {
  const article = astanaTimes;

  it('reads title and language; the source from the newsletter footer; no date from the story', () => {
    expect(article.title).toBe('Kazakh-Chinese Media Event Cross-Promotes Tourism and Cultural Heritage');
    expect(article.language).toBe('en');
    expect(article.publishedAt).toBeNull();
    expect(article.author).toBeNull();
    // "ASTANA –" is a place, not an agency.
    expect(article.source).toBe('The Astana Times');
  });

  it('excludes the title, the photo caption and the newsletter footer only', () => {
    expect(listExcluded(article)).toEqual([
      ['Kazakh-Chinese Media Event Cross-Promotes Tourism and Cultural Heritage', 'title'],
      [expect.stringMatching(/^Kazakh and Chinese officials .* Photo credit: The Astana Times$/u), 'caption'],
      [expect.stringMatching(/^Get The Astana Times stories sent directly to you! Sign up/u), 'newsletter'],
    ]);
    expectWellFormedRanges(article);
  });

  it('keeps the lead and the quotes', () => {
    expect(isExcluded(article, 'ASTANA – Kazakhstan and China launched')).toBe(false);
    expect(isExcluded(article, '“A very important aspect of our cooperation')).toBe(false);
    expect(isExcluded(article, '“The Kazakh proverb says that true friendships never dry up')).toBe(false);
  });
});

describe('Russian sample (repeated title, closing poll)', () => {
  const article = russian;
  const title = 'В Астане прошёл форум информационных агентств «Китай - Центральная Азия»';

  it('reads title and language; states no date, author or source', () => {
    expect(article.title).toBe(title);
    expect(article.language).toBe('ru');
    expect(article.publishedAt).toBeNull();
    expect(article.author).toBeNull();
    expect(article.source).toBeNull();
  });

  it('excludes the title, its repetition and the poll question only', () => {
    expect(listExcluded(article)).toEqual([
      [title, 'title'],
      [title, 'repeated-title'],
      ['Что для вас является самым важным при выборе работы?', 'poll'],
    ]);
    expectWellFormedRanges(article);
  });

  it('keeps speaker lines and quoted speech', () => {
    expect(isExcluded(article, 'Раушан Кажибаева, директор Телерадиокомплекса Президента РК:')).toBe(false);
    expect(isExcluded(article, '- «Близкий сосед лучше дальнего родственника»')).toBe(false);
    expect(isExcluded(article, 'Фу Хуа, Генеральный директор информационного агентства «Синьхуа»:')).toBe(false);
    expect(isExcluded(article, '«Kazinform» в этом контексте')).toBe(false);
  });
});

describe('all samples', () => {
  it.each(SAMPLE_FILES)('%s keeps the raw text as given, and the body equals it (LF, no BOM)', async (file) => {
    const rawText = readSample(file);
    const article = parseArticleText(rawText, { name: file });
    expect(article.rawText).toBe(rawText);
    expect(article.body).toBe(rawText);
  });
});
