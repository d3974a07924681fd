// The shipped claim model (data/claim-model.json, written by `npm run train:claims`): calibrated
// logistic regressions over a sentence's model inputs, and the reasons behind a score.
import modelData from '../data/claim-model.json' with { type: 'json' };
import type { LanguageCode } from '../../../shared/model';
import type { ModelInput } from './model-features';

/** One logistic regression and the calibration of its raw score. */
export interface ModelWeights {
  bias: number;
  /** p = 1 / (1 + e^-(slope · z + intercept)) where z is the raw score. */
  calibration: { slope: number; intercept: number };
  /** Input names joined by newlines ("w:percent", "f:figure"…). */
  inputs: string;
  /** The weight of each input, in units of 1/WEIGHT_SCALE. */
  weights: number[];
}

export const WEIGHT_SCALE = 10_000;

/** Which regression scores a sentence: words for English, detector features alone elsewhere. */
export type ModelName = 'words' | 'features';

export interface ClaimModelFile {
  format: number;
  threshold: number;
  models: Record<ModelName, ModelWeights>;
}

interface LoadedModel {
  bias: number;
  slope: number;
  intercept: number;
  weights: Map<string, number>;
}

const file = modelData as ClaimModelFile;
let loaded: Record<ModelName, LoadedModel> | null = null;

/** The default threshold: the score from which a sentence is a claim, chosen in cross-validation. */
export const MODEL_THRESHOLD: number = file.threshold;

export function modelFor(language: LanguageCode): ModelName {
  return language === 'en' ? 'words' : 'features';
}

/** Weight tables ready for lookups, from a model file's data. */
export function prepareClaimModel(data: ClaimModelFile): Record<ModelName, LoadedModel> {
  const prepare = ({ bias, calibration, inputs, weights }: ModelWeights): LoadedModel => {
    const names = inputs === '' ? [] : inputs.split('\n');
    const table = new Map<string, number>();
    names.forEach((name, i) => table.set(name, (weights[i] ?? 0) / WEIGHT_SCALE));
    return { bias, slope: calibration.slope, intercept: calibration.intercept, weights: table };
  };
  return { words: prepare(data.models.words), features: prepare(data.models.features) };
}

function loadModel(name: ModelName): LoadedModel {
  loaded ??= prepareClaimModel(file);
  return loaded[name];
}

/** The calibrated probability that a sentence is check-worthy. */
export function scoreModelInput(input: ModelInput, name: ModelName): number {
  const model = loadModel(name);
  const { names, values } = input;
  let z = model.bias;
  for (let i = 0; i < names.length; i += 1) z += (model.weights.get(names[i] ?? '') ?? 0) * (values[i] ?? 0);
  return calibrate(z, model.slope, model.intercept);
}

/** How much each input the model knows raised (or lowered) the raw score: the reasons behind a score. */
export function findContributions(input: ModelInput, name: ModelName): Map<string, number> {
  const model = loadModel(name);
  const contributions = new Map<string, number>();
  input.names.forEach((key, i) => {
    const weight = model.weights.get(key);
    if (weight !== undefined) contributions.set(key, weight * (input.values[i] ?? 0));
  });
  return contributions;
}

export function calibrate(z: number, slope: number, intercept: number): number {
  return 1 / (1 + Math.exp(-(slope * z + intercept)));
}
