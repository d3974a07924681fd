import { describe, expect, it } from 'vitest';
import type { FeatureMatch, FeatureName } from '../features';
import { collectModelInput, maskWebAddresses } from './model-features';

function match(feature: FeatureName, text = feature): FeatureMatch {
  return { feature, text, start: 0, end: text.length };
}

/** The inputs as a name → value object, easier to compare. */
function inputsOf(sentence: string, features: FeatureMatch[], words: boolean): Record<string, number> {
  const { names, values } = collectModelInput(sentence, features, words);
  expect(values).toHaveLength(names.length);
  expect(new Set(names).size).toBe(names.length);
  return Object.fromEntries(names.map((name, i) => [name, values[i] ?? NaN]));
}

const words = (count: number): string => Array.from({ length: count }, () => 'word').join(' ');

describe('collectModelInput', () => {
  it('has each feature once, with the repeats of a feature counted (up to three) apart', () => {
    const features = [match('figure'), match('date'), match('date'), ...Array.from({ length: 6 }, () => match('name'))];
    const inputs = inputsOf('Some words here today.', features, false);
    expect(inputs).toEqual({
      'f:figure': 1,
      'f:date': 1,
      'n:date': 1,
      'f:name': 1,
      'n:name': 3,
      'len:1': 1,
      // Each pair of features present, in name order.
      'p:date|figure': 1,
      'p:date|name': 1,
      'p:figure|name': 1,
    });
  });

  it('puts the length in a bucket: under 4, 8, 13, 20, 30 words, or more', () => {
    const bucketOf = (count: number, asWords: boolean): string | undefined =>
      collectModelInput(words(count), [], asWords).names.find((name) => name.startsWith('len:'));
    const expected: [number, string][] = [
      [1, 'len:0'],
      [3, 'len:0'],
      [4, 'len:1'],
      [7, 'len:1'],
      [8, 'len:2'],
      [12, 'len:2'],
      [13, 'len:3'],
      [19, 'len:3'],
      [20, 'len:4'],
      [29, 'len:4'],
      [30, 'len:5'],
      [80, 'len:5'],
    ];
    for (const [count, bucket] of expected) {
      expect(bucketOf(count, false), `${count}`).toBe(bucket);
      expect(bucketOf(count, true), `${count} as words`).toBe(bucket);
    }
    // Chinese has no spaces: about one word per two characters (15 characters → 8 words, 6 → 3).
    expect(inputsOf('哈萨克斯坦与中国的贸易额增长了', [], false)).toHaveProperty('len:2', 1);
    expect(inputsOf('贸易额增长了', [], false)).toHaveProperty('len:0', 1);
  });

  it('marks a sentence that holds a digit, in any script', () => {
    expect(inputsOf('Trade grew by 7 percent.', [], false)).toHaveProperty('s:digit', 1);
    expect(inputsOf('Trade grew by ٧ percent.', [], false)).toHaveProperty('s:digit', 1);
    expect(inputsOf('Trade grew by seven percent.', [], false)).not.toHaveProperty('s:digit');
  });

  it('adds words, bigrams (from <s>) and five-letter prefixes only when asked, each once', () => {
    const sentence = 'Taxes grew 7 percent, taxes taxes.';
    expect(Object.keys(inputsOf(sentence, [match('percentage')], false))).toEqual(['f:percentage', 'len:1', 's:digit']);
    const inputs = inputsOf(sentence, [match('percentage')], true);
    expect(Object.keys(inputs)).toEqual([
      'f:percentage',
      'len:1',
      's:digit',
      'w:taxes',
      'b:<s> taxes',
      'x:taxes',
      'w:grew',
      'b:taxes grew',
      'w:<num>',
      'b:grew <num>',
      'w:percent',
      'b:<num> percent',
      'x:perce',
      'b:percent taxes',
      'b:taxes taxes',
    ]);
    expect(Object.values(inputs).every((value) => value === 1)).toBe(true);
  });

  it('gives no prefix for short words or number shapes', () => {
    const names = collectModelInput('The big 2019 tax cut.', [], true).names;
    expect(names.filter((name) => name.startsWith('x:'))).toEqual([]);
    expect(names).toContain('b:big <year>');
  });
});

describe('maskWebAddresses', () => {
  it('blanks web addresses and keeps the length, so feature offsets still hold', () => {
    const sentence = 'Cases rose 12% https://t.co/abc123 and www.example.com/x?y=2 today';
    const masked = maskWebAddresses(sentence);
    expect(masked).toHaveLength(sentence.length);
    expect(masked).toBe(`Cases rose 12% ${' '.repeat(19)} and ${' '.repeat(21)} today`);
    expect(masked).not.toMatch(/\d{3}/u);
  });

  it('leaves a sentence without addresses as it is', () => {
    const sentence = 'GDP grew 5.1% in 2023, per stat.gov.kz data.';
    expect(maskWebAddresses(sentence)).toBe(sentence);
  });
});
