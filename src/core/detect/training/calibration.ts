// Platt scaling: a one-feature logistic regression from raw scores to probabilities, fitted on
// scores the model gave to examples it was not trained on.
import { fitLogisticRegression } from './logistic-regression';

export interface Calibration {
  slope: number;
  intercept: number;
}

export function fitCalibration(rawScores: readonly number[], labels: readonly (0 | 1)[]): Calibration {
  const samples = rawScores.map((z, i) => ({
    indices: Int32Array.of(0),
    values: Float64Array.of(z),
    label: labels[i] ?? 0,
    weight: 1,
  }));
  const { bias, weights } = fitLogisticRegression(samples, 1, { l2: 1e-6, maxIterations: 200 });
  return { slope: weights[0] ?? 1, intercept: bias };
}
