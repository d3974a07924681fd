import { describe, expect, it } from 'vitest';
import { prepareClaimModel, WEIGHT_SCALE } from '../model/claim-model';
import { collectModelInput } from '../model/model-features';
import { findFeatures } from '../find-features';
import type { LabelledSentence, TrainingConfig } from './train-claim-model';
import { trainClaimModel } from './train-claim-model';

const CLAIMS = [
  'Unemployment rose to 7.5 percent in 2019.',
  'Exports grew by $4.2 billion last year.',
  'The deficit fell to $310 billion in 2012.',
  'Inflation reached 13 percent in 1980.',
  'We lost 700,000 jobs in the last month alone.',
  'Taxes went up by 12 percent since 2009.',
  'The state cut spending by $2 billion in 2015.',
  'Crime dropped 20 percent over ten years.',
  'Wages increased 3 percent in 2018.',
  'Imports declined to $90 billion in 2016.',
  'The budget grew by 8 percent last year.',
  'Prices jumped 40 percent in 1979.',
];
const OPINIONS = [
  'I think we should all be proud of this country.',
  'Thank you all for coming tonight, dear friends.',
  'We must do better for our children.',
  'I believe in the American people.',
  'That would be a wonderful thing for everybody.',
  'Let me say something about my opponent.',
  'Thank you, and good evening.',
  'I hope we can work together on this.',
  'We need to have a serious conversation.',
  'It is important that we stand together.',
  'I feel strongly about this, zanzibar aside.',
  'Of course we want a better future.',
];
/** Sentences outside the target set: trained on, never counted in the held-out figures. */
const EXTRA = ['Spending rose 5 percent in 2011.', 'Welcome, everybody, thank you so much.', 'I guess we could try harder.', 'The debt doubled to $10 trillion by 2008.'];

const SENTENCES: LabelledSentence[] = [
  ...CLAIMS.map((text, i) => ({ id: `c${i}`, text, label: 1 as const, isTarget: true })),
  ...OPINIONS.map((text, i) => ({ id: `o${i}`, text, label: 0 as const, isTarget: true })),
  ...EXTRA.map((text, i) => ({ id: `e${i}`, text, label: (i % 2 === 0 ? 1 : 0) as 0 | 1, isTarget: false })),
];

/** Small and quick; the fixed weights include one no sentence here has (saying). */
const CONFIG: TrainingConfig = {
  folds: 3,
  l2: { words: 1, features: 0.5 },
  negativeWeight: 0.8,
  minCount: 1,
  minWeight: 0.03,
  maxIterations: 60,
  fixedWeights: { 'f:greeting': -2.5, 'f:saying': -5, 'f:superlative': 0.6 },
};

function weightOf(inputs: string, weights: readonly number[], name: string): number | undefined {
  const index = inputs.split('\n').indexOf(name);
  return index < 0 ? undefined : weights[index];
}

describe('trainClaimModel', () => {
  const model = trainClaimModel(SENTENCES, CONFIG);

  it('exports the fixed weights from the config unchanged in both models, learned around rather than from the data', () => {
    for (const name of ['words', 'features'] as const) {
      const { inputs, weights } = model.models[name];
      for (const [input, weight] of Object.entries(CONFIG.fixedWeights)) {
        expect(weightOf(inputs, weights, input), `${name} ${input}`).toBe(Math.round(weight * WEIGHT_SCALE));
      }
    }
    expect(model.config).toEqual(CONFIG);
  });

  it('exports sorted inputs with whole, non-zero weights; words only in the word model', () => {
    for (const name of ['words', 'features'] as const) {
      const inputs = model.models[name].inputs.split('\n');
      expect(model.models[name].weights).toHaveLength(inputs.length);
      expect([...inputs].sort()).toEqual(inputs);
      for (const weight of model.models[name].weights) expect(Number.isInteger(weight) && weight !== 0).toBe(true);
    }
    expect(model.models.words.inputs.split('\n').some((input) => input.startsWith('w:'))).toBe(true);
    expect(model.models.features.inputs.split('\n').some((input) => /^[wbx]:/u.test(input))).toBe(false);
  });

  it('reports cross-validated figures on the target sentences only, and a threshold the settings offer', () => {
    const cv = model.crossValidation;
    expect(cv).toMatchObject({ folds: 3, targetSentences: CLAIMS.length + OPINIONS.length, threshold: model.threshold });
    for (const figures of Object.values(cv.models)) {
      expect(figures.truePositives + figures.falseNegatives).toBe(CLAIMS.length);
      expect(figures.reliability).toHaveLength(10);
      expect(figures.reliability.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(cv.targetSentences);
      for (const value of [figures.precision, figures.recall, figures.f1]) expect(value >= 0 && value <= 1).toBe(true);
    }
    // Figures and opinions this distinct are easy, even held out.
    expect(cv.models.words.f1).toBeGreaterThan(0.8);
    expect(model.threshold > 0 && model.threshold < 1).toBe(true);
    expect(Math.abs(model.threshold * 20 - Math.round(model.threshold * 20))).toBeLessThan(1e-9);
  });

  it('learns to score figures above opinions', () => {
    const prepared = prepareClaimModel(model);
    const score = (sentence: string, name: 'words' | 'features'): number => {
      const { names, values } = collectModelInput(sentence, findFeatures(sentence, 'en'), name === 'words');
      const { bias, weights } = prepared[name];
      // The raw score is enough: calibration does not change the order.
      return names.reduce((z, input, i) => z + (weights.get(input) ?? 0) * (values[i] ?? 0), bias);
    };
    for (const name of ['words', 'features'] as const) {
      expect(score('Output rose 9 percent in 2014.', name), name).toBeGreaterThan(score('I think we should be grateful.', name));
    }
  });

  it('leaves out words seen fewer than minCount times', () => {
    const rare = trainClaimModel(SENTENCES, { ...CONFIG, minCount: 2 });
    expect(model.models.words.inputs.split('\n')).toContain('w:zanzibar');
    expect(rare.models.words.inputs.split('\n')).not.toContain('w:zanzibar');
  });

  it('gives the same model on every run', () => {
    expect(JSON.stringify(trainClaimModel(SENTENCES, CONFIG))).toBe(JSON.stringify(model));
  });
});
