import { describe, expect, it } from 'vitest';
import { fitCalibration } from './calibration';

/**
 * Raw scores on a grid with, at each score, exactly the share of claims that p = 1 / (1 + e^-(slope · z +
 * intercept)) predicts (rounded to whole sentences): no randomness, and the fit should find slope and intercept.
 */
function synthesize(slope: number, intercept: number): { scores: number[]; labels: (0 | 1)[] } {
  const scores: number[] = [];
  const labels: (0 | 1)[] = [];
  const perScore = 200;
  for (let z = -4; z <= 4; z += 0.25) {
    const positives = Math.round(perScore / (1 + Math.exp(-(slope * z + intercept))));
    for (let i = 0; i < perScore; i += 1) {
      scores.push(z);
      labels.push(i < positives ? 1 : 0);
    }
  }
  return { scores, labels };
}

describe('fitCalibration', () => {
  it('recovers the slope and intercept of a known logistic curve', () => {
    for (const [slope, intercept] of [
      [1.5, -0.5],
      [0.6, 1.2],
      [1, 0],
    ] as const) {
      const { scores, labels } = synthesize(slope, intercept);
      const fitted = fitCalibration(scores, labels);
      expect(fitted.slope).toBeCloseTo(slope, 1);
      expect(fitted.intercept).toBeCloseTo(intercept, 1);
    }
  });

  it('turns scores that say nothing into a flat curve at the base rate', () => {
    const scores = Array.from({ length: 400 }, (_, i) => (i % 20) - 10);
    const labels = scores.map((_, i): 0 | 1 => (Math.floor(i / 20) % 4 === 0 ? 1 : 0));
    const fitted = fitCalibration(scores, labels);
    expect(fitted.slope).toBeCloseTo(0, 2);
    expect(fitted.intercept).toBeCloseTo(Math.log(1 / 3), 2);
  });
});
