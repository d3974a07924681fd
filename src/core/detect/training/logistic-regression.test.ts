import { describe, expect, it } from 'vitest';
import type { FittedModel, SparseSample } from './logistic-regression';
import { fitLogisticRegression, scoreSample } from './logistic-regression';

/** A sample with the given features set to 1. */
function sample(features: number[], label: 0 | 1, weight = 1, offset?: number): SparseSample {
  return { indices: Int32Array.from(features), values: new Float64Array(features.length).fill(1), label, weight, ...(offset === undefined ? {} : { offset }) };
}

/** Feature 0 marks claims, feature 1 non-claims, feature 2 is noise present in both. */
const SEPARABLE: SparseSample[] = [
  sample([0], 1),
  sample([0, 2], 1),
  sample([0], 1),
  sample([1], 0),
  sample([1, 2], 0),
  sample([1], 0),
  sample([0, 2], 1),
  sample([1, 2], 0),
];

const OPTIONS = { l2: 0.1, maxIterations: 200 };
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const norm = (model: FittedModel): number => Math.hypot(...model.weights);

describe('fitLogisticRegression', () => {
  it('learns a separable toy problem', () => {
    const model = fitLogisticRegression(SEPARABLE, 3, OPTIONS);
    expect(model.weights).toHaveLength(3);
    expect(model.weights[0]).toBeGreaterThan(1);
    expect(model.weights[1]).toBeLessThan(-1);
    expect(Math.abs(model.weights[2]!)).toBeLessThan(0.5);
    for (const s of SEPARABLE) expect(sigmoid(scoreSample(s, model)) > 0.5 ? 1 : 0).toBe(s.label);
  });

  it('keeps the weights smaller the stronger the L2 penalty', () => {
    const norms = [0.01, 0.1, 1, 10].map((l2) => norm(fitLogisticRegression(SEPARABLE, 3, { l2, maxIterations: 200 })));
    for (let i = 1; i < norms.length; i += 1) expect(norms[i]).toBeLessThan(norms[i - 1]!);
    // A huge penalty leaves almost nothing but the bias.
    expect(norm(fitLogisticRegression(SEPARABLE, 3, { l2: 1e6, maxIterations: 200 }))).toBeLessThan(1e-4);
  });

  it('fits the bias to the weighted share of claims when there are no features', () => {
    // Three claims, one non-claim: p = 3/4, so the bias is log(3); the bias is not penalised.
    const data = [sample([], 1), sample([], 1), sample([], 1), sample([], 0)];
    expect(fitLogisticRegression(data, 0, { l2: 100, maxIterations: 100 }).bias).toBeCloseTo(Math.log(3), 4);
    // Weighing the non-claim three times makes the classes even: bias 0.
    const weighted = data.map((s) => (s.label === 0 ? { ...s, weight: 3 } : s));
    expect(fitLogisticRegression(weighted, 0, { l2: 1, maxIterations: 100 }).bias).toBeCloseTo(0, 4);
  });

  it('learns around fixed offsets: an offset on every sample moves the bias by as much', () => {
    const data = [sample([], 1), sample([], 1), sample([], 1), sample([], 0)];
    const shifted = data.map((s) => ({ ...s, offset: 2 }));
    expect(fitLogisticRegression(shifted, 0, { l2: 1, maxIterations: 100 }).bias).toBeCloseTo(Math.log(3) - 2, 4);
    // An offset that already explains a feature leaves less for its weight to learn.
    const plain = fitLogisticRegression(SEPARABLE, 3, OPTIONS);
    const explained = fitLogisticRegression(SEPARABLE.map((s) => ({ ...s, offset: s.indices.includes(0) ? 3 : 0 })), 3, OPTIONS);
    expect(explained.weights[0]).toBeLessThan(plain.weights[0]! - 0.5);
  });

  it('gives the same weights bit for bit on every run', () => {
    const bits = (model: FittedModel): string => Buffer.from(Float64Array.from([...model.weights, model.bias]).buffer).toString('hex');
    const data = Array.from({ length: 200 }, (_, i) => sample([i % 7, 7 + (i % 3), 10 + ((i * 5) % 11)], (i % 7) + (i % 3) > 4 ? 1 : 0, i % 2 ? 1 : 0.8));
    const first = fitLogisticRegression(data, 21, OPTIONS);
    const second = fitLogisticRegression(data, 21, OPTIONS);
    expect(bits(second)).toBe(bits(first));
  });

  it('stops at maxIterations', () => {
    const none = fitLogisticRegression(SEPARABLE, 3, { l2: 0.1, maxIterations: 0 });
    expect([...none.weights, none.bias]).toEqual([0, 0, 0, 0]);
  });
});

describe('scoreSample', () => {
  it('adds the bias, the offset and each weight times its value', () => {
    const model = { bias: -1, weights: Float64Array.of(0.5, 2, -3) };
    const s: SparseSample = { indices: Int32Array.of(0, 2), values: Float64Array.of(2, 1), label: 1, weight: 1, offset: 0.25 };
    expect(scoreSample(s, model)).toBeCloseTo(-1 + 0.25 + 0.5 * 2 - 3, 12);
    expect(scoreSample({ ...s, offset: undefined }, model)).toBeCloseTo(-3, 12);
  });
});
