import { describe, expect, it } from 'vitest';
import { SCORE_BUCKETS, buildScoreHistogram, countAtThreshold } from './model';

describe('score histograms', () => {
  it('puts each score in its twentieth, 1 in the last, and counts from a threshold up', () => {
    const histogram = buildScoreHistogram([0, 0.049, 0.05, 0.42, 0.95, 1]);
    expect(histogram).toHaveLength(SCORE_BUCKETS);
    expect(histogram[0]).toBe(2);
    expect(histogram[1]).toBe(1);
    expect(histogram[8]).toBe(1);
    expect(histogram[19]).toBe(2);
    expect(countAtThreshold(histogram, 0.4)).toBe(3);
    expect(countAtThreshold(histogram, 0.05)).toBe(4);
    expect(buildScoreHistogram([])).toEqual(new Array(SCORE_BUCKETS).fill(0));
  });
});
