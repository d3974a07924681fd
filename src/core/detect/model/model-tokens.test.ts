import { describe, expect, it } from 'vitest';
import { tokenizeForModel } from './model-tokens';

describe('tokenizeForModel', () => {
  it('lower-cases words and drops punctuation', () => {
    expect(tokenizeForModel('Trade GREW, again!')).toEqual(['trade', 'grew', 'again']);
  });

  it('reduces numbers to <num>, and years from 1800 to 2099 to <year>', () => {
    expect(tokenizeForModel('In 2019 we lost 700,000 jobs, 3.5 percent of 1,200,000.')).toEqual([
      'in',
      '<year>',
      'we',
      'lost',
      '<num>',
      'jobs',
      '<num>',
      'percent',
      'of',
      '<num>',
    ]);
    expect(tokenizeForModel('1799 1800 1999 2099 2100 19 12345')).toEqual(['<num>', '<year>', '<year>', '<year>', '<num>', '<num>', '<num>']);
    // Digits of other scripts are numbers too.
    expect(tokenizeForModel('٣ apples')).toEqual(['<num>', 'apples']);
  });

  it("keeps contractions whole and reads a curly apostrophe as a straight one", () => {
    expect(tokenizeForModel("We've said it's Obama’s plan; don't!")).toEqual(["we've", 'said', "it's", "obama's", 'plan', "don't"]);
    // A hyphen is not an apostrophe: it splits.
    expect(tokenizeForModel('Kassym-Jomart Tokayev')).toEqual(['kassym', 'jomart', 'tokayev']);
  });

  it('reads Cyrillic words, decimal commas and percent signs', () => {
    expect(tokenizeForModel('Товарооборот вырос на 5,1% до 261 млрд долларов в 2023 году.')).toEqual([
      'товарооборот',
      'вырос',
      'на',
      '<num>',
      '%',
      'до',
      '<num>',
      'млрд',
      'долларов',
      'в',
      '<year>',
      'году',
    ]);
    expect(tokenizeForModel('Ақша 43,8 млрд теңге')).toEqual(['ақша', '<num>', 'млрд', 'теңге']);
  });

  it('keeps currency signs as tokens of their own', () => {
    expect(tokenizeForModel('$43.82 billion, €5, £3, ¥7, ₸100, ₽20')).toEqual([
      '$',
      '<num>',
      'billion',
      '€',
      '<num>',
      '£',
      '<num>',
      '¥',
      '<num>',
      '₸',
      '<num>',
      '₽',
      '<num>',
    ]);
  });

  it('gives nothing for a sentence without words', () => {
    expect(tokenizeForModel(' — … ')).toEqual([]);
  });
});
