import { describe, expect, it } from 'vitest';
import { BOILERPLATE_TABLES } from './index';

describe('boilerplate tables', () => {
  it('list every word a byline pattern opens with among the byline openers', () => {
    for (const table of BOILERPLATE_TABLES) {
      for (const pattern of table.bylinePatterns) {
        const opening = /^\^\(\?:([^)]*)\)/u.exec(pattern.source)?.[1];
        expect(opening, pattern.source).toBeDefined();
        for (const word of (opening ?? '').split('|')) {
          const plain = word.replace(/[?a-zа-яё]\?$/iu, '').toLowerCase();
          expect(table.bylineOpeners.some((opener) => plain.startsWith(opener)), `${word} in ${pattern.source}`).toBe(true);
        }
      }
    }
  });

  it('write whole-line lists in lower case without edge punctuation, as lookup keys are', () => {
    for (const table of BOILERPLATE_TABLES) {
      for (const word of [...table.navigationLines, ...table.shareLines, ...table.advertisementLines, ...table.relatedHeadingLines]) {
        expect(word, word).toBe(word.toLowerCase().trim());
        expect(/^[\p{P}\p{S}]|[\p{P}\p{S}]$/u.test(word), word).toBe(false);
      }
    }
  });
});
