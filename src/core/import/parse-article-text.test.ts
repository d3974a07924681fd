import { catchImportError } from './test-import-errors';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../shared/analysis';
import { MAX_TEXT_CHARS } from '../../shared/limits';
import { parseArticleText } from './parse-article-text';

const LEAD = 'Kazakhstan and China signed a memorandum on media cooperation in Astana on Tuesday.';
const SECOND = 'The agencies will exchange news content and hold joint training sessions.';

function excludedLines(article: ParsedArticle): string[] {
  return article.excluded.map((range) => `${range.reason}: ${article.body.slice(range.start, range.end)}`);
}

describe('the body', () => {
  it('is the raw text without its BOM and with LF line endings; the raw text stays as given', () => {
    const rawText = `\uFEFFMedia forum opens\r\n\r\n${LEAD}\r${SECOND}\r\n`;
    const article = parseArticleText(rawText);
    expect(article.rawText).toBe(rawText);
    expect(article.body).toBe(`Media forum opens\n\n${LEAD}\n${SECOND}\n`);
  });

  it('anchors excluded ranges by offsets into the body', () => {
    const article = parseArticleText(`Share\r\nMedia forum opens\r\n\r\n${LEAD}\r\nFOLLOW US`);
    expect(excludedLines(article)).toEqual([
      'share-buttons: Share',
      'title: Media forum opens',
      'share-buttons: FOLLOW US',
    ]);
    expect(article.excluded.map(({ start, end }) => [start, end])).toEqual([
      [0, 5],
      [6, 23],
      [26 + LEAD.length, 35 + LEAD.length],
    ]);
  });
});

describe('the title', () => {
  it('is the first line that is not page furniture', () => {
    const article = parseArticleText(`Главная / Новости\nEnglish\nМедиафорум открылся в Астане\n\n${LEAD}`);
    expect(article.title).toBe('Медиафорум открылся в Астане');
  });

  it('falls back to the file name without its extension, then to "Untitled article"', () => {
    expect(parseArticleText(LEAD, { name: 'notes/forum-report.txt' }).title).toBe('forum-report');
    expect(parseArticleText(LEAD).title).toBe('Untitled article');
  });

  it('is never a first line that is a sentence of the story, so its claim is not hidden', () => {
    const article = parseArticleText(`${LEAD}\n\n${SECOND}`);
    expect(article.title).toBe('Untitled article');
    expect(article.excluded).toEqual([]);
  });

  it('marks a later copy of the title as repeated, compared without case or extra spaces', () => {
    const article = parseArticleText(`Media forum opens\n\nMEDIA  forum opens\n\n${LEAD}`);
    expect(excludedLines(article)).toEqual(['title: Media forum opens', 'repeated-title: MEDIA  forum opens']);
  });
});

describe('author, source and url', () => {
  it('come from an English byline and a source line', () => {
    const article = parseArticleText(
      `Media forum opens\nBy Jane Doe in Astana | The Astana Times\n\n${LEAD}\n\nSource: https://astanatimes.com/2025/09/forum/`,
    );
    expect(article.author).toBe('Jane Doe');
    expect(article.source).toBe('The Astana Times');
    expect(article.url).toBe('https://astanatimes.com/2025/09/forum/');
    expect(excludedLines(article)).toEqual([
      'title: Media forum opens',
      'byline: By Jane Doe in Astana | The Astana Times',
      'byline: Source: https://astanatimes.com/2025/09/forum/',
    ]);
  });

  it('come from "Автор:" and an agency dateline in Russian', () => {
    const article = parseArticleText(
      `Медиафорум открылся в Астане\nАвтор: Иван Петров\n\nАСТАНА. КАЗИНФОРМ – Казахстан и Китай подписали меморандум.`,
    );
    expect(article.author).toBe('Иван Петров');
    expect(article.source).toBe('Казинформ');
  });

  it('takes the publisher from a copyright line, and the site from a bare URL', () => {
    const copyright = parseArticleText(`Media forum opens\n\n${LEAD}\n\n© 2025 Kazinform. All rights reserved.`);
    expect(copyright.source).toBe('Kazinform');
    const url = parseArticleText(`Media forum opens\nhttps://www.inform.kz/en/media-forum\n\n${LEAD}`);
    expect(url.url).toBe('https://www.inform.kz/en/media-forum');
    expect(url.source).toBe('inform.kz');
  });

  it('are null when the text does not state them', () => {
    const article = parseArticleText(`ASTANA – ${LEAD}`);
    expect([article.author, article.source, article.url, article.publishedAt]).toEqual([null, null, null, null]);
  });
});

describe('a closing poll', () => {
  it('is excluded with its answer options', () => {
    const article = parseArticleText(`Media forum opens\n\n${LEAD}\n\nWhich news source do you trust most?\nTV\nNewspapers\nSocial media`);
    expect(excludedLines(article)).toEqual([
      'title: Media forum opens',
      'poll: Which news source do you trust most?',
      'poll: TV',
      'poll: Newspapers',
      'poll: Social media',
    ]);
  });

  it('is not a question the story itself asks', () => {
    const article = parseArticleText(`Media forum opens\n\n${LEAD}\n\nWill the agreement survive the next election?`);
    expect(excludedLines(article)).toEqual(['title: Media forum opens']);
  });

  it('is not a quoted question', () => {
    const article = parseArticleText(`Медиафорум открылся\n\n${LEAD}\n\n- Что вы думаете о будущем?`);
    expect(excludedLines(article)).toEqual(['title: Медиафорум открылся']);
  });
});

describe('a Kazakh page', () => {
  it('has its boilerplate excluded and its story kept', () => {
    const story = 'Қазақстан мен Қытай арасындағы сауда көлемі 2024 жылы 43,8 миллиард долларға жетті.';
    const article = parseArticleText(
      ['Басты бет / Жаңалықтар', 'Қазақстан мен Қытай саудасы өсті', '3 қыркүйек 2025, 12:30', 'Бөлісу', '', story, '', 'Барлық құқықтар қорғалған'].join('\n'),
    );
    expect(article.title).toBe('Қазақстан мен Қытай саудасы өсті');
    expect(article.language).toBe('kk');
    expect(article.publishedAt).toBe('2025-09-03T12:30');
    expect(excludedLines(article)).toEqual([
      'navigation: Басты бет / Жаңалықтар',
      'title: Қазақстан мен Қытай саудасы өсті',
      'dateline: 3 қыркүйек 2025, 12:30',
      'share-buttons: Бөлісу',
      'copyright: Барлық құқықтар қорғалған',
    ]);
  });
});

describe('a Chinese page', () => {
  it('has its language, title, date and author read, and its boilerplate excluded', () => {
    const article = parseArticleText(
      [
        '首页 > 国际 > 亚太',
        '哈萨克斯坦文化中心在北京揭牌',
        '作者：杨然',
        '发布时间：2025年9月3日 19:57',
        '',
        '哈萨克斯坦总统托卡耶夫9月2日在北京为哈萨克斯坦文化中心揭牌。',
        '据中国海关总署统计，去年中哈双边贸易额同比增长6.8%，达到438.2亿美元。',
        '',
        '版权所有 中国日报网',
      ].join('\n'),
    );
    expect(article.language).toBe('zh');
    expect(article.title).toBe('哈萨克斯坦文化中心在北京揭牌');
    expect(article.author).toBe('杨然');
    expect(article.publishedAt).toBe('2025-09-03T19:57');
    expect(article.source).toBe('中国日报网');
    expect(article.excluded.map((range) => range.reason)).toEqual(['navigation', 'title', 'byline', 'dateline', 'copyright']);
  });
});

describe('a whole web page pasted from a browser', () => {
  const page = [
    'We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.',
    'Accept all cookies',
    'Sign in',
    'News',
    'Business',
    'Weather',
    'Obituaries',
    'Crossword',
    'Media agencies sign cooperation memorandum',
    'Local news desk',
    LEAD,
    'Advertisement',
    SECOND,
    'The memorandum runs for five years and covers photo exchange, joint coverage of summits and internships for young reporters.',
    'Related articles',
    'Astana hosts regional media forum',
    'Xinhua opens new bureau in Almaty',
    '2 Comments',
    'reader1 says:',
    'Good news for both countries, I hope the exchange starts soon.',
    'Reply',
    'Careers',
    'Contact the newsroom',
    'Site map',
  ];
  const article = parseArticleText(page.join('\n'));

  it('takes the headline above the story for the title, not the first menu item', () => {
    expect(article.title).toBe('Media agencies sign cooperation memorandum');
  });

  it('excludes menus, the cookie notice, the ad label, related links and comments, each with its reason', () => {
    expect(excludedLines(article)).toEqual([
      'cookie-notice: We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.',
      'cookie-notice: Accept all cookies',
      'navigation: Sign in',
      'navigation: News',
      'navigation: Business',
      'link-list: Weather',
      'link-list: Obituaries',
      'link-list: Crossword',
      'title: Media agencies sign cooperation memorandum',
      'link-list: Local news desk',
      'advertisement: Advertisement',
      'navigation: Related articles',
      'related-links: Astana hosts regional media forum',
      'related-links: Xinhua opens new bureau in Almaty',
      'comments: 2 Comments',
      'comments: reader1 says:',
      'comments: Good news for both countries, I hope the exchange starts soon.',
      'comments: Reply',
      'link-list: Careers',
      'link-list: Contact the newsroom',
      'link-list: Site map',
    ]);
  });
});

describe('bad input', () => {
  it.each(['', '   \n\t\r\n  ', '\uFEFF'])('refuses empty text %j', (text) => {
    const error = catchImportError(() => parseArticleText(text));
    expect(error.code).toBe('empty');
    expect(error.message).toBe('The text is empty (nothing but whitespace), so there is no article to import.');
  });

  it('refuses text with NUL characters as binary', () => {
    const error = catchImportError(() => parseArticleText(`PK\u0003\u0004\u0000\u0000${LEAD}`));
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/looks like binary data, not text: it contains NUL characters/u);
  });

  it('refuses text that is mostly control and replacement characters as binary', () => {
    const error = catchImportError(() => parseArticleText('\uFFFD\u0001\uFFFD\u0002ab\uFFFD\u0003\uFFFDcd\u0010\uFFFD'));
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/most of it is control or replacement characters/u);
  });

  it('accepts text with a few replacement characters', () => {
    expect(parseArticleText(`Fran\uFFFDais forum opens\n\n${LEAD}`).title).toBe('Fran\uFFFDais forum opens');
  });

  it('refuses text over 5,000,000 characters and accepts text at the limit', () => {
    const error = catchImportError(() => parseArticleText('a'.repeat(MAX_TEXT_CHARS + 1)));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('The text is too large to import: 5,000,001 characters; the limit is 5,000,000.');
    const paragraph = `${LEAD}\n\n`;
    const atLimit = `Media forum opens\n\n${paragraph.repeat((MAX_TEXT_CHARS - 19) / paragraph.length)}`.padEnd(MAX_TEXT_CHARS, ' ');
    expect(atLimit.length).toBe(MAX_TEXT_CHARS);
    expect(parseArticleText(atLimit).title).toBe('Media forum opens');
  });

  it('names the file in its messages', () => {
    const error = catchImportError(() => parseArticleText(' \n', { name: 'forum.txt' }));
    expect(error.fileName).toBe('forum.txt');
    expect(error.message).toBe('"forum.txt" is empty (nothing but whitespace), so there is no article to import.');
  });
});
