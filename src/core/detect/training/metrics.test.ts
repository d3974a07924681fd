import { describe, expect, it } from 'vitest';
import { buildReliabilityTable, measurePositiveClass } from './metrics';

describe('measurePositiveClass', () => {
  it('counts flagged claims (score at or above the threshold) against the labels', () => {
    // Flagged: 0.9 (claim), 0.5 (claim, at the threshold), 0.7 (not a claim). Missed: 0.2 (claim).
    const labels = [1, 1, 0, 1, 0, 0];
    const scores = [0.9, 0.5, 0.7, 0.2, 0.1, 0.49];
    const metrics = measurePositiveClass(labels, scores, 0.5);
    expect(metrics).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(metrics.precision).toBeCloseTo(2 / 3, 12);
    expect(metrics.recall).toBeCloseTo(2 / 3, 12);
    expect(metrics.f1).toBeCloseTo(2 / 3, 12);
  });

  it('computes F1 as the harmonic mean when precision and recall differ', () => {
    // tp 1, fp 3, fn 0: precision 1/4, recall 1, F1 = 2 · 0.25 / 1.25 = 0.4.
    const metrics = measurePositiveClass([1, 0, 0, 0, 0], [0.8, 0.8, 0.8, 0.8, 0.1], 0.5);
    expect(metrics.precision).toBe(0.25);
    expect(metrics.recall).toBe(1);
    expect(metrics.f1).toBeCloseTo(0.4, 12);
  });

  it('gives zeros rather than NaN when nothing is flagged, there are no claims, or there is no data', () => {
    const zero = { precision: 0, recall: 0, f1: 0 };
    expect(measurePositiveClass([], [], 0.5)).toEqual({ ...zero, truePositives: 0, falsePositives: 0, falseNegatives: 0 });
    expect(measurePositiveClass([1, 1, 0], [0.1, 0.2, 0.3], 0.5)).toMatchObject({ ...zero, falseNegatives: 2 });
    expect(measurePositiveClass([0, 0], [0.9, 0.1], 0.5)).toMatchObject({ ...zero, falsePositives: 1 });
  });
});

describe('buildReliabilityTable', () => {
  it('puts each score in its tenth, 1.0 in the last bucket, and gives the share of claims in each', () => {
    const labels = [1, 0, 1, 1, 0, 1, 1];
    const scores = [0.0, 0.05, 0.1, 0.95, 0.99, 1.0, 0.55];
    const table = buildReliabilityTable(labels, scores);
    expect(table).toHaveLength(10);
    expect(table.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 3]);
    expect(table[0]).toEqual({ from: 0, to: 0.1, count: 2, positiveShare: 0.5, isCalibrated: false });
    expect(table[1]).toMatchObject({ from: 0.1, to: 0.2, positiveShare: 1, isCalibrated: false });
    expect(table[2]).toMatchObject({ count: 0, positiveShare: null, isCalibrated: true });
    expect(table[9]).toMatchObject({ from: 0.9, to: 1, count: 3, isCalibrated: false });
    expect(table[9]!.positiveShare).toBeCloseTo(2 / 3, 12);
  });

  it('calls a bucket calibrated when its share is within the tolerance of its middle', () => {
    // Bucket 0.3–0.4 (middle 0.35): 2 claims in 5 is 0.4, off by 0.05.
    const scores = [0.31, 0.32, 0.33, 0.34, 0.35];
    expect(buildReliabilityTable([1, 1, 0, 0, 0], scores)[3]).toMatchObject({ positiveShare: 0.4, isCalibrated: true });
    expect(buildReliabilityTable([1, 1, 0, 0, 0], scores, 10, 0.01)[3]!.isCalibrated).toBe(false);
    // 4 claims in 5 is 0.8, off by 0.45.
    expect(buildReliabilityTable([1, 1, 1, 1, 0], scores)[3]!.isCalibrated).toBe(false);
  });

  it('clamps scores outside [0, 1] and takes other bucket counts', () => {
    const table = buildReliabilityTable([0, 1], [-0.2, 1.3], 4);
    expect(table.map((b) => [b.from, b.to, b.count])).toEqual([
      [0, 0.25, 1],
      [0.25, 0.5, 0],
      [0.5, 0.75, 0],
      [0.75, 1, 1],
    ]);
  });

  it('has ten empty, calibrated buckets for no data', () => {
    expect(buildReliabilityTable([], []).every((b) => b.count === 0 && b.positiveShare === null && b.isCalibrated)).toBe(true);
  });
});
