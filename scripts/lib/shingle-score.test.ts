import { describe, expect, it } from 'vitest';
import { scorePage, summarizeScores } from './shingle-score';

describe('scorePage', () => {
  it('is perfect for the same words, whatever the punctuation and spacing', () => {
    expect(scorePage('One two, three four five.', 'One two three\nfour five')).toEqual({ precision: 1, recall: 1 });
  });

  it('counts shingles as a multiset: a repeated passage is a false positive', () => {
    const truth = 'a b c d';
    const score = scorePage(truth, `${truth} ${truth}`);
    // Extracted shingles: "a b c d", "b c d a", "c d a b", "d a b c", "a b c d" → 1 true, 4 false.
    expect(score.recall).toBe(1);
    expect(score.precision).toBeCloseTo(1 / 5);
  });

  it('splits on non-word characters in any script', () => {
    expect(scorePage('Министр сказал: «рост 5%» вчера', 'Министр сказал рост 5 вчера')).toEqual({ precision: 1, recall: 1 });
  });

  it('gives nothing for an empty extraction of a real body, and full marks when both are empty', () => {
    expect(scorePage('one two three four', '')).toEqual({ precision: 0, recall: 0 });
    expect(scorePage('', '')).toEqual({ precision: 1, recall: 1 });
  });
});

describe('summarizeScores', () => {
  it('averages precision and recall over pages, then takes their harmonic mean', () => {
    const figures = summarizeScores([
      { precision: 1, recall: 0.5 },
      { precision: 0.5, recall: 1 },
    ]);
    expect(figures.precision).toBe(0.75);
    expect(figures.recall).toBe(0.75);
    expect(figures.f1).toBe(0.75);
  });
});
