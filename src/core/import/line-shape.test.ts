import { describe, expect, it } from 'vitest';
import { countWords, hasSentenceEnding, makeLookupKey, matchesAny, mergePatterns } from './line-shape';
import { collectPatterns } from './patterns/index';
import type { BoilerplateTable } from './patterns/boilerplate-table';

describe('makeLookupKey', () => {
  it('lower-cases, trims punctuation and symbols at the edges, and collapses whitespace', () => {
    expect(makeLookupKey('  — Most   Read:  ')).toBe('most read');
    expect(makeLookupKey('«Back to top» ↑')).toBe('back to top');
    expect(makeLookupKey('👍 Share 👍')).toBe('share');
    expect(makeLookupKey('Home\tNews')).toBe('home news');
  });
});

describe('hasSentenceEnding', () => {
  it('reads full stops, question and exclamation marks and ellipses, inside closing quotes too', () => {
    for (const text of ['It rained.', 'Why?  ', 'He said: "No!"', 'Он сказал: «Да.»', '他说。', 'And then…']) {
      expect(hasSentenceEnding(text), text).toBe(true);
    }
    for (const text of ['Most read', 'Speaker:', '', '"quoted"']) expect(hasSentenceEnding(text), text).toBe(false);
  });
});

describe('countWords', () => {
  it('counts runs with a letter or a digit, and two Han characters as one word', () => {
    expect(countWords('Kazakhstan, China deepen cultural cooperation')).toBe(5);
    expect(countWords(' — 24  October\u00a02016 | ')).toBe(3);
    expect(countWords('城际铁路')).toBe(2);
    expect(countWords('𝐁𝐨𝐥𝐝 text')).toBe(2);
    expect(countWords('')).toBe(0);
  });
});

const PATTERN_KEYS: (keyof BoilerplateTable)[] = [
  'copyrightPatterns', 'newsletterPatterns', 'captionPatterns', 'pollPatterns', 'navigationPatterns', 'sharePatterns',
  'cookiePatterns', 'relatedHeadingPatterns', 'commentHeadingPatterns', 'commentLinePatterns', 'readerAddressPatterns',
];

const LINES = [
  'Copyright 1995 - . All rights reserved.', '© 2025 Kazinform', 'Все права защищены', '版权所有 中国日报网',
  'Subscribe to our newsletter', 'Photo: Xinhua', 'Участники форума. Фото: Kazinform', 'Poll: which city?',
  'Tags: Kazakhstan', 'Share - WeChat', 'We use cookies to improve your experience', '34 responses to “Lynn”',
  'thelastchargersfan says:', 'Ответить', 'More from Business', 'Что для вас важно?', 'The council met on Monday.',
  'Share prices rose 5% on Monday.', 'Опрос показал, что 60% жителей поддерживают реформу.', 'AUTHOR: SOMEONE',
];

describe('mergePatterns', () => {
  it('answers as the patterns one by one do, on boilerplate and on story lines', () => {
    for (const key of PATTERN_KEYS) {
      const patterns = collectPatterns(key as Parameters<typeof collectPatterns>[0]);
      const merged = mergePatterns(patterns);
      for (const line of LINES) {
        expect(matchesAny(line, merged), `${key}: ${line}`).toBe(patterns.some((pattern) => pattern.test(line)));
      }
    }
  });

  it('runs a case-insensitive pattern without capitals on the lower-cased line, and keeps the others as they are', () => {
    const merged = mergePatterns([/^share$/iu, /^By \p{Lu}/u, /\p{Lu}{2}/iu, /(a)\1/u]);
    expect(merged.caseless.map((pattern) => pattern.flags)).toEqual(['u']);
    expect(matchesAny('SHARE', merged)).toBe(true);
    expect(matchesAny('By Anna', merged)).toBe(true);
    expect(matchesAny('by anna', mergePatterns([/^By \p{Lu}/u]))).toBe(false);
    expect(matchesAny('ab', merged)).toBe(true);
    expect(matchesAny('aa', merged)).toBe(true);
    expect(matchesAny('x', merged)).toBe(false);
  });
});
