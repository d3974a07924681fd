import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../shared/model';
import { findExactQuote, findSimilarQuote, IndexedText } from './find-quote';
import type { QuoteAnchor } from './find-quote';

function anchorOf(text: string, quote: string, language: LanguageCode = 'en', occurrence = 0): QuoteAnchor {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = text.indexOf(quote, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  return { source: new IndexedText(text, language), start, end: start + quote.length, expectedStart: start };
}

const quoted = (target: IndexedText, match: { start: number; end: number } | undefined) =>
  match ? target.text.slice(match.start, match.end) : null;

describe('findExactQuote', () => {
  it('ranks occurrences by the text around them', () => {
    const old = 'Alpha opened today. Prices rose 3 percent. Beta closed down. Prices rose 3 percent. Gamma ended well.';
    const next = 'Beta closed down. Prices rose 3 percent. Gamma ended well. Alpha opened today. Prices rose 3 percent. Delta began.';
    const target = new IndexedText(next, 'en');
    const [best] = findExactQuote(target, anchorOf(old, 'Prices rose 3 percent.', 'en', 1));
    expect(best?.start).toBe(next.indexOf('Prices rose 3 percent.'));
    const [other] = findExactQuote(target, anchorOf(old, 'Prices rose 3 percent.', 'en', 0));
    expect(other?.start).toBe(next.lastIndexOf('Prices rose 3 percent.'));
  });

  it('does not find a whole word inside a longer one', () => {
    const target = new IndexedText('Output grew 15 percent.', 'en');
    expect(findExactQuote(target, anchorOf('Output grew 5 percent.', '5 percent'))).toEqual([]);
  });
});

describe('findSimilarQuote', () => {
  it('finds the sentence whose figure changed, and the part of it a quote covered', () => {
    const old = 'The mayor spoke. Trade grew 6.8 percent to $43.82 billion last year, customs said. Buses came.';
    const next = 'The mayor spoke. Trade grew 7.1 percent to $43.82 billion last year, customs said. Buses came.';
    const target = new IndexedText(next, 'en');
    expect(quoted(target, findSimilarQuote(target, anchorOf(old, 'Trade grew 6.8 percent to $43.82 billion last year, customs said.'))[0])).toBe(
      'Trade grew 7.1 percent to $43.82 billion last year, customs said.',
    );
    expect(quoted(target, findSimilarQuote(target, anchorOf(old, '6.8 percent'))[0])).toBe('7.1 percent');
    expect(quoted(target, findSimilarQuote(target, anchorOf(old, 'grew 6.8'))[0])).toBe('grew 7.1');
  });

  it('maps a quote through words inserted and deleted around it', () => {
    const old = 'Intro. The minister said that exports of grain doubled in 2024 after a long drought. End.';
    const next = 'Intro. The minister said on Tuesday exports of grain tripled in 2024 after a drought. End.';
    const target = new IndexedText(next, 'en');
    expect(quoted(target, findSimilarQuote(target, anchorOf(old, 'exports of grain doubled in 2024'))[0])).toBe('exports of grain tripled in 2024');
  });

  it('works on Chinese text, where each character is a word', () => {
    const old = '会谈举行。2024年中哈贸易额增长6.8%，达到438.2亿美元。粮食出口翻了一番。';
    const next = '会谈举行。2024年中哈贸易额增长7.1%，达到438.2亿美元。粮食出口翻了一番。';
    const target = new IndexedText(next, 'zh');
    expect(quoted(target, findSimilarQuote(target, anchorOf(old, '增长6.8%', 'zh'))[0])).toBe('增长7.1%');
  });

  it('finds nothing for a deleted sentence, even beside an unchanged sentence like it', () => {
    const old = 'Title line.\n\nTrade grew 6.8 percent in 2023. Trade grew 5 percent in 2022. Buses came.';
    const next = 'Title line.\n\nTrade grew 5 percent in 2022. Buses came.';
    const target = new IndexedText(next, 'en');
    expect(findSimilarQuote(target, anchorOf(old, 'Trade grew 6.8 percent in 2023.'))).toEqual([]);
  });

  it('needs more similarity from a short sentence whose surroundings changed too', () => {
    const old = 'Nothing alike before this point here. Grain output rose 4 percent in 2023. Nothing alike after it.';
    const next = 'Entirely different opening words are used. Grain output rose 9 percent in 2021. A different ending.';
    const target = new IndexedText(next, 'en');
    // 5 of 7 words shared (Dice 0.71): enough only among the same neighbours.
    expect(findSimilarQuote(target, anchorOf(old, 'Grain output rose 4 percent in 2023.'))).toEqual([]);
    const kept = 'Nothing alike before this point here. Grain output rose 9 percent in 2021. Nothing alike after it.';
    const near = new IndexedText(kept, 'en');
    expect(quoted(near, findSimilarQuote(near, anchorOf(old, 'Grain output rose 4 percent in 2023.'))[0])).toBe(
      'Grain output rose 9 percent in 2021.',
    );
  });
});
