import { describe, expect, it } from 'vitest';
import { LEXICAL_FEATURES, getLexicon } from './lexicon';
import { describeSentence } from './list-prefilter';
import { collectMatches } from './features';

describe('Lexicon.mayMatch', () => {
  it('skips a list only when none of its entries can start a word of the sentence', () => {
    const lex = getLexicon('en');
    expect(lex.mayMatch('boilerplate', describeSentence('All rights reserved.'))).toBe(true);
    expect(lex.mayMatch('boilerplate', describeSentence('Trade grew 6.8 percent last year.'))).toBe(false);
    // "dollars?" needs "dollar"; "grow(?:s|ing)" needs "grow".
    expect(lex.mayMatch('change', describeSentence('Exports are growing fast.'))).toBe(true);
    expect(lex.mayMatch('boilerplate', describeSentence('© 2025 Example News'))).toBe(true); // a symbol is its own telltale
    expect(lex.mayMatch('superlative', describeSentence('It was the most expensive deal.'))).toBe(true); // "(?:the )?most …"
    // "\\p{L}+er than" needs "er"; "\\p{L}{2,}ed" needs "ed".
    expect(lex.mayMatch('pastTense', describeSentence('Trade grows.'))).toBe(false);
    expect(lex.mayMatch('pastTense', describeSentence('Trade grew and expanded.'))).toBe(true);
  });

  it('never hides a match: on every list and language, a skipped list finds nothing', () => {
    const sentences: [string, 'en' | 'ru' | 'kk' | 'zh'][] = [
      ['According to the customs office, trade grew 6.8 percent, the largest rise since 2015, she said.', 'en'],
      ['Subscribe to our newsletter! All rights reserved.', 'en'],
      ['По данным Бюро национальной статистики, ВВП вырос на 5,1%, заявил министр.', 'ru'],
      ['Давайте подпишемся на рассылку, говорят казахи.', 'ru'],
      ['Былтыр тауар айналымы 43,8 млрд долларға жетті, — деді Тоқаев.', 'kk'],
      ['据海关总署统计，双边贸易额增长6.8%。', 'zh'],
    ];
    for (const [sentence, language] of sentences) {
      const lex = getLexicon(language);
      const keys = describeSentence(sentence);
      for (const list of [...LEXICAL_FEATURES, 'attributionPhrases'] as const) {
        if (lex.mayMatch(list, keys)) continue;
        expect(collectMatches(sentence, lex.pattern(list), 'attribution'), `${language} ${list}: ${sentence}`).toEqual([]);
      }
    }
  });

  it('runs every list for Chinese, which has no word boundaries', () => {
    const lex = getLexicon('zh');
    for (const list of LEXICAL_FEATURES) expect(lex.mayMatch(list, describeSentence(''))).toBe(true);
  });
});

describe('Lexicon.findAll', () => {
  it('finds what the list pattern finds, whole words only', () => {
    const sentences: [string, 'en' | 'ru' | 'zh'][] = [
      ['Thanks to the largest-ever rise, trade grew faster than expected, she noted; subscribe now.', 'en'],
      ['Unsaid words were reread and resigned: "the most important"', 'en'],
      ['По данным министерства, товарооборот вырос больше чем вдвое.', 'ru'],
      ['据统计，贸易额增长了6.8%，比去年高。', 'zh'],
    ];
    for (const [sentence, language] of sentences) {
      const lex = getLexicon(language);
      for (const list of [...LEXICAL_FEATURES, 'attributionPhrases'] as const) {
        const expected = collectMatches(sentence, lex.pattern(list), 'attribution').map(({ text, start, end }) => ({ text, start, end }));
        expect(lex.findAll(list, sentence), `${language} ${list}`).toEqual(expected);
      }
    }
    // "said" inside "Unsaid" is not the word "said".
    expect(getLexicon('en').findAll('attribution', 'Unsaid words.')).toEqual([]);
  });
});
