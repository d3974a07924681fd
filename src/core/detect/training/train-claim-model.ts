// Trains the claim model from labelled sentences: cross-validated on the target set (for the figures,
// the calibration and the threshold), then fitted on everything. Deterministic: same data, same file.
import type { ClaimModelFile, ModelName, ModelWeights } from '../model/claim-model';
import { WEIGHT_SCALE, calibrate } from '../model/claim-model';
import type { ModelInput } from '../model/model-features';
import { collectModelInput, maskWebAddresses } from '../model/model-features';
import featurePriors from '../data/feature-priors.json' with { type: 'json' };
import { findFeatures } from '../find-features';
import type { Calibration } from './calibration';
import { fitCalibration } from './calibration';
import { foldOf } from './folds';
import type { FittedModel, SparseSample } from './logistic-regression';
import { fitLogisticRegression, scoreSample } from './logistic-regression';
import type { ClassMetrics, ReliabilityBucket } from './metrics';
import { buildReliabilityTable, measurePositiveClass } from './metrics';

export interface LabelledSentence {
  id: string;
  text: string;
  label: 0 | 1;
  /** From the set the figures are measured on (cross-validation folds, calibration, threshold). */
  isTarget: boolean;
}

export interface TrainingConfig {
  folds: number;
  /** L2 penalty of the English word model and of the feature-only model. */
  l2: Record<ModelName, number>;
  /** Weight of a negative example in the loss (positives weigh 1). */
  negativeWeight: number;
  /** Words, bigrams and prefixes seen fewer times than this in training are left out. */
  minCount: number;
  /** Weights smaller than this are dropped (in cross-validation too): a smaller file that loads fast. */
  minWeight: number;
  maxIterations: number;
  /** Weights that are given rather than learned (data/feature-priors.json). */
  fixedWeights: Record<string, number>;
}

export const DEFAULT_TRAINING_CONFIG: TrainingConfig = {
  folds: 5,
  l2: { words: 4, features: 1 },
  negativeWeight: 0.8,
  minCount: 1,
  minWeight: 0.03,
  maxIterations: 300,
  fixedWeights: featurePriors.weights,
};

export interface CrossValidatedModel extends ClassMetrics {
  reliability: ReliabilityBucket[];
}

export interface CrossValidation {
  folds: number;
  targetSentences: number;
  threshold: number;
  models: Record<ModelName, CrossValidatedModel>;
}

export interface TrainedClaimModel extends ClaimModelFile {
  config: TrainingConfig;
  crossValidation: CrossValidation;
}

const MODEL_NAMES: ModelName[] = ['words', 'features'];
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);
const WEIGHT_DIGITS = 4;

interface Example {
  sentence: LabelledSentence;
  inputs: Record<ModelName, ModelInput>;
}

export function trainClaimModel(sentences: readonly LabelledSentence[], config: TrainingConfig = DEFAULT_TRAINING_CONFIG): TrainedClaimModel {
  const examples: Example[] = sentences.map((sentence) => {
    const text = maskWebAddresses(sentence.text);
    const features = findFeatures(text, 'en');
    return { sentence, inputs: { words: collectModelInput(text, features, true), features: collectModelInput(text, features, false) } };
  });
  const targets = examples.filter((example) => example.sentence.isTarget);
  const targetLabels = targets.map((example) => example.sentence.label);
  const outOfFold: Record<ModelName, number[]> = { words: new Array<number>(targets.length).fill(0), features: new Array<number>(targets.length).fill(0) };
  for (let fold = 0; fold < config.folds; fold += 1) {
    const held = targets.filter((example) => foldOf(example.sentence.id, config.folds) === fold);
    const heldIds = new Set(held.map((example) => example.sentence.id));
    const heldTexts = new Set(held.map((example) => example.sentence.text));
    // A sentence repeated in another debate (or in another file) must not leak into its own test fold.
    const training = examples.filter((example) => !heldIds.has(example.sentence.id) && !heldTexts.has(example.sentence.text));
    for (const name of MODEL_NAMES) {
      const { vocabulary, fitted } = fitModel(training, name, config);
      targets.forEach((example, i) => {
        if (heldIds.has(example.sentence.id)) outOfFold[name][i] = scoreSample(toSample(example, name, vocabulary, config), fitted);
      });
    }
  }
  const calibrations = {} as Record<ModelName, Calibration>;
  const probabilities = {} as Record<ModelName, number[]>;
  for (const name of MODEL_NAMES) {
    calibrations[name] = fitCalibration(outOfFold[name], targetLabels);
    probabilities[name] = outOfFold[name].map((z) => calibrate(z, calibrations[name].slope, calibrations[name].intercept));
  }
  const threshold = chooseThreshold(targetLabels, probabilities.words);
  const crossValidation: CrossValidation = {
    folds: config.folds,
    targetSentences: targets.length,
    threshold,
    models: {
      words: summarize(targetLabels, probabilities.words, threshold),
      features: summarize(targetLabels, probabilities.features, threshold),
    },
  };
  const models = {} as Record<ModelName, ModelWeights>;
  for (const name of MODEL_NAMES) {
    const { vocabulary, fitted } = fitModel(examples, name, config);
    models[name] = {
      bias: round(fitted.bias),
      calibration: { slope: round(calibrations[name].slope), intercept: round(calibrations[name].intercept) },
      ...exportWeights(vocabulary, fitted, config.fixedWeights),
    };
  }
  return { format: 1, threshold, config, crossValidation, models };
}

function fitModel(training: readonly Example[], name: ModelName, config: TrainingConfig): { vocabulary: Map<string, number>; fitted: FittedModel } {
  const counts = new Map<string, number>();
  for (const example of training) for (const input of example.inputs[name].names) counts.set(input, (counts.get(input) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  for (const input of [...counts.keys()].sort()) {
    if (isWordInput(input) && (counts.get(input) ?? 0) < config.minCount) continue;
    if (input in config.fixedWeights) continue;
    vocabulary.set(input, vocabulary.size);
  }
  const samples = training.map((example) => toSample(example, name, vocabulary, config));
  const fitted = fitLogisticRegression(samples, vocabulary.size, { l2: config.l2[name], maxIterations: config.maxIterations });
  for (let i = 0; i < fitted.weights.length; i += 1) if (Math.abs(fitted.weights[i] ?? 0) < config.minWeight) fitted.weights[i] = 0;
  return { vocabulary, fitted };
}

function isWordInput(name: string): boolean {
  return name.startsWith('w:') || name.startsWith('b:') || name.startsWith('x:');
}

function toSample(example: Example, name: ModelName, vocabulary: Map<string, number>, config: TrainingConfig): SparseSample {
  const { names, values } = example.inputs[name];
  const indices: number[] = [];
  const kept: number[] = [];
  let offset = 0;
  names.forEach((input, i) => {
    offset += (config.fixedWeights[input] ?? 0) * (values[i] ?? 0);
    const index = vocabulary.get(input);
    if (index === undefined) return;
    indices.push(index);
    kept.push(values[i] ?? 0);
  });
  const { label } = example.sentence;
  return { indices: Int32Array.from(indices), values: Float64Array.from(kept), label, weight: label === 1 ? 1 : config.negativeWeight, offset };
}

/** The threshold (a multiple of 0.05, as the sensitivity setting offers) with the best F1. */
function chooseThreshold(labels: readonly number[], probabilities: readonly number[]): number {
  let best = { threshold: 0.5, f1: -1 };
  for (const threshold of THRESHOLDS) {
    const { f1 } = measurePositiveClass(labels, probabilities, threshold);
    if (f1 > best.f1 + 1e-12) best = { threshold, f1 };
  }
  return round(best.threshold);
}

function summarize(labels: readonly number[], probabilities: readonly number[], threshold: number): CrossValidatedModel {
  const metrics = measurePositiveClass(labels, probabilities, threshold);
  return {
    ...metrics,
    precision: round(metrics.precision),
    recall: round(metrics.recall),
    f1: round(metrics.f1),
    reliability: buildReliabilityTable(labels, probabilities).map((bucket) => ({
      ...bucket,
      positiveShare: bucket.positiveShare === null ? null : round(bucket.positiveShare),
    })),
  };
}

/**
 * Inputs (sorted, one string joined by newlines) and their weights in units of 1/WEIGHT_SCALE; zero
 * weights are left out. Parsing one string and one array of integers is several times faster than an
 * object with tens of thousands of keys.
 */
function exportWeights(vocabulary: Map<string, number>, fitted: FittedModel, fixedWeights: Record<string, number>): Pick<ModelWeights, 'inputs' | 'weights'> {
  const all = new Map<string, number>(Object.entries(fixedWeights));
  for (const [name, index] of vocabulary) all.set(name, fitted.weights[index] ?? 0);
  const inputs: string[] = [];
  const weights: number[] = [];
  for (const name of [...all.keys()].sort()) {
    const weight = Math.round((all.get(name) ?? 0) * WEIGHT_SCALE);
    if (weight === 0) continue;
    inputs.push(name);
    weights.push(weight);
  }
  return { inputs: inputs.join('\n'), weights };
}

function round(value: number): number {
  const rounded = Number(value.toFixed(WEIGHT_DIGITS));
  return Object.is(rounded, -0) ? 0 : rounded;
}
