import { describe, expect, it } from 'vitest';
import { MAX_TAG_CHARS, checkTag, collectTags, normalizeTag, normalizeTags } from './tags';

describe('tags', () => {
  it('keeps one spelling of each tag, trimmed, with single spaces, in the order given', () => {
    expect(normalizeTag('  budget \t 2025\n')).toBe('budget 2025');
    expect(normalizeTags(['Elections', ' elections', '', '  ', 'Выборы', 'ВЫБОРЫ', '选举'])).toEqual(['Elections', 'Выборы', '选举']);
    // "é" typed as e + combining accent is the same tag as the composed letter.
    expect(normalizeTags(['cafe\u0301', 'café'])).toEqual(['café']);
  });

  it('lists the tags of many articles once each, alphabetically', () => {
    expect(collectTags([['budget', 'Elections'], [], ['elections', 'agriculture']])).toEqual(['agriculture', 'budget', 'Elections']);
  });

  it('refuses tags too long or holding control characters', () => {
    expect(checkTag('x'.repeat(MAX_TAG_CHARS))).toBeNull();
    expect(checkTag('x'.repeat(MAX_TAG_CHARS + 1))).toMatch(/at most/u);
    expect(checkTag('a\u0000b')).toMatch(/control/u);
    expect(checkTag('a\u202Eb')).toMatch(/control/u);
    // Counted in characters: forty Chinese characters or emoji are fine.
    expect(checkTag('😀'.repeat(MAX_TAG_CHARS))).toBeNull();
  });
});
