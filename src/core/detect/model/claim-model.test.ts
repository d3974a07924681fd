import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import featurePriors from '../data/feature-priors.json' with { type: 'json' };
import type { ClaimModelFile } from './claim-model';
import { MODEL_THRESHOLD, WEIGHT_SCALE, calibrate, findContributions, modelFor, prepareClaimModel, scoreModelInput } from './claim-model';

// A tiny handmade model stands in for the shipped one, so scores can be worked out by hand.
const { HANDMADE } = vi.hoisted(() => ({
  HANDMADE: {
    format: 1,
    threshold: 0.35,
    models: {
      words: { bias: -1, calibration: { slope: 2, intercept: 0.5 }, inputs: 'f:figure\nn:figure\nw:percent', weights: [15_000, 2500, -5000] },
      features: { bias: 0.25, calibration: { slope: 1, intercept: 0 }, inputs: 'f:opinion', weights: [-20_000] },
    },
  },
}));
vi.mock('../data/claim-model.json', () => ({ default: HANDMADE }));

const SHIPPED_FILE = fileURLToPath(new URL('../data/claim-model.json', import.meta.url));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

describe('prepareClaimModel', () => {
  it('turns the newline-joined inputs and scaled integer weights into lookup tables', () => {
    const prepared = prepareClaimModel(HANDMADE);
    expect(prepared.words).toEqual({
      bias: -1,
      slope: 2,
      intercept: 0.5,
      weights: new Map([
        ['f:figure', 1.5],
        ['n:figure', 0.25],
        ['w:percent', -0.5],
      ]),
    });
    expect(prepared.features.weights).toEqual(new Map([['f:opinion', -2]]));
  });

  it('reads a model without inputs as an empty table', () => {
    const empty = { bias: 0, calibration: { slope: 1, intercept: 0 }, inputs: '', weights: [] };
    expect(prepareClaimModel({ format: 1, threshold: 0.5, models: { words: empty, features: empty } }).words.weights.size).toBe(0);
  });
});

describe('scoreModelInput', () => {
  it('is the calibrated logistic of the bias plus the weights of the inputs the sentence has', () => {
    const input = { names: ['f:figure', 'n:figure', 'w:percent', 'w:unknown', 'len:2'], values: [1, 2, 1, 1, 1] };
    // z = -1 + 1.5 + 0.25 · 2 - 0.5 = 0.5; p = sigmoid(2 · 0.5 + 0.5).
    expect(scoreModelInput(input, 'words')).toBeCloseTo(sigmoid(1.5), 12);
    // The feature model knows none of them: z = 0.25.
    expect(scoreModelInput(input, 'features')).toBeCloseTo(sigmoid(0.25), 12);
    expect(scoreModelInput({ names: ['f:opinion'], values: [1] }, 'features')).toBeCloseTo(sigmoid(-1.75), 12);
    expect(scoreModelInput({ names: [], values: [] }, 'words')).toBeCloseTo(sigmoid(-1.5), 12);
  });

  it('takes the threshold from the model file', () => {
    expect(MODEL_THRESHOLD).toBe(0.35);
  });
});

describe('calibrate', () => {
  it('is 1 / (1 + e^-(slope · z + intercept))', () => {
    expect(calibrate(0, 1, 0)).toBe(0.5);
    expect(calibrate(2, 0.5, -1)).toBe(0.5);
    expect(calibrate(1, 3, 0.2)).toBeCloseTo(sigmoid(3.2), 15);
  });
});

describe('findContributions', () => {
  it('gives weight times value for each input the model knows, and nothing for the rest', () => {
    const contributions = findContributions({ names: ['f:figure', 'n:figure', 'w:percent', 'w:unknown'], values: [1, 2, 1, 1] }, 'words');
    expect(contributions).toEqual(
      new Map([
        ['f:figure', 1.5],
        ['n:figure', 0.5],
        ['w:percent', -0.5],
      ]),
    );
    expect(findContributions({ names: ['f:figure'], values: [1] }, 'features').size).toBe(0);
  });
});

describe('modelFor', () => {
  it('scores English with words and every other language with the detector features alone', () => {
    expect(modelFor('en')).toBe('words');
    for (const language of ['ru', 'kk', 'zh', 'und'] as const) expect(modelFor(language)).toBe('features');
  });
});

describe('the shipped model file', () => {
  const text = readFileSync(SHIPPED_FILE, 'utf8');
  const shipped = JSON.parse(text) as ClaimModelFile;

  it('holds both models, each input with its weight', () => {
    for (const name of ['words', 'features'] as const) {
      const model = shipped.models[name];
      const inputs = model.inputs.split('\n');
      expect(inputs.length, name).toBeGreaterThan(10);
      expect(model.weights, name).toHaveLength(inputs.length);
      expect(model.weights.every((weight) => Number.isInteger(weight) && weight !== 0), name).toBe(true);
      expect(model.calibration.slope, name).toBeGreaterThan(0);
    }
    expect(shipped.models.words.inputs).toMatch(/^w:/mu);
    expect(shipped.models.features.inputs).not.toMatch(/^[wbx]:/mu);
    // The detector features the app names in its reasons are in both.
    for (const name of ['words', 'features'] as const) expect(shipped.models[name].inputs.split('\n')).toContain('f:figure');
    // The given weights of data/feature-priors.json ship as they are.
    const prepared = prepareClaimModel(shipped);
    for (const [input, weight] of Object.entries(featurePriors.weights)) {
      for (const name of ['words', 'features'] as const) expect(prepared[name].weights.get(input), `${name} ${input}`).toBe(Math.round(weight * WEIGHT_SCALE) / WEIGHT_SCALE);
    }
  });

  it('has a threshold the sensitivity setting offers (a multiple of 0.05 in (0, 1)) and stays small', () => {
    expect(shipped.threshold > 0 && shipped.threshold < 1).toBe(true);
    expect(Math.abs(shipped.threshold * 20 - Math.round(shipped.threshold * 20))).toBeLessThan(1e-9);
    expect(statSync(SHIPPED_FILE).size).toBeLessThanOrEqual(5 * 1024 * 1024);
  });
});
