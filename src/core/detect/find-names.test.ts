import { describe, expect, it } from 'vitest';
import { findKnownNames, findNameFeatures } from './find-names';

const namesIn = (sentence: string, known?: ReadonlySet<string>): string[] => findNameFeatures(sentence, 'en', known).map((f) => f.text);

describe('names opening a sentence', () => {
  const article = 'Trade with China grew 6.8 percent. China is the largest partner. Trade rose again, said Tokayev.';
  const known = findKnownNames(article);

  it('learns from the article which capitalised words are names', () => {
    expect([...known].sort()).toEqual(['China', 'Tokayev']);
  });

  it('takes an opening word for a name only when the article writes it capitalised elsewhere', () => {
    expect(namesIn('China is the largest partner.', known)).toEqual(['China']);
    expect(namesIn('Trade rose again, said Tokayev.', known)).toEqual(['Tokayev']);
    expect(namesIn('Unemployment fell to 4.1 per cent.', known)).toEqual([]);
  });

  it('keeps names of several words, which need no context', () => {
    expect(namesIn('Kassym-Jomart Tokayev opened the centre.', new Set())).toEqual(['Kassym-Jomart Tokayev']);
  });
});
