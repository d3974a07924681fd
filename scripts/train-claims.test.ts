// Training on the fixture slice (anywhere) and, where the shared eval data is present, a check that the
// shipped model file is what training on that data writes, byte for byte.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ModelWeights } from '../src/core/detect/model/claim-model';
import type { TrainedClaimModel } from '../src/core/detect/training/train-claim-model';
import { CHECKWORTHY_DIR, TARGET_FILE, THREE_CLASS_FILE, readCheckworthyFile } from './lib/checkworthy-data';
import { REPO_ROOT, resolveEvalDir } from './lib/eval-dir';
import { ScriptError } from './lib/script-error';
import type { ScriptIo } from './lib/script-io';
import { MODEL_FILE, collectTrainingSentences, runTrainClaims, serializeModel } from './train-claims';

const FIXTURES = path.join(REPO_ROOT, 'scripts/fixtures/eval');
const outDir = mkdtempSync(path.join(tmpdir(), 'factdesk-train-claims-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function captureIo(lines: string[]): ScriptIo {
  return { stdout: (line) => lines.push(line), stderr: (line) => lines.push(`stderr: ${line}`), env: {}, cwd: REPO_ROOT };
}

function train(evalDir: string, out: string): string[] {
  const lines: string[] = [];
  expect(runTrainClaims(['--eval-dir', evalDir, '--out', out], captureIo(lines))).toBe(0);
  return lines;
}

function expectWellFormed(weights: ModelWeights): void {
  const inputs = weights.inputs === '' ? [] : weights.inputs.split('\n');
  expect(inputs.length).toBeGreaterThan(0);
  expect(weights.weights).toHaveLength(inputs.length);
  // Sorted, without repeats, whole non-zero weights (units of 1/WEIGHT_SCALE).
  expect([...inputs].sort()).toEqual(inputs);
  expect(new Set(inputs).size).toBe(inputs.length);
  for (const weight of weights.weights) {
    expect(Number.isInteger(weight)).toBe(true);
    expect(weight).not.toBe(0);
  }
  expect(Number.isFinite(weights.bias)).toBe(true);
  expect(weights.calibration.slope).toBeGreaterThan(0);
}

describe('train-claims on the fixture slice', () => {
  it('writes the same file byte for byte on every run, in the shape the app loads', () => {
    const first = path.join(outDir, 'first.json');
    const second = path.join(outDir, 'second.json');
    const lines = train(FIXTURES, first);
    train(FIXTURES, second);
    const text = readFileSync(first, 'utf8');
    expect(readFileSync(second, 'utf8')).toBe(text);
    expect(lines[0]).toMatch(new RegExp(`^trained on 80 sentences \\(60 in ${TARGET_FILE.replaceAll('.', '\\.')}\\) in [\\d.]+ s$`, 'u'));
    expect(lines[1]).toMatch(/^wrote .*first\.json \(\d+ KB\)$/u);
    expect(lines).toContain(`5-fold cross-validation on ${TARGET_FILE}, threshold ${(JSON.parse(text) as TrainedClaimModel).threshold}:`);
    expect(lines.filter((line) => /^ {2}(words|features): precision [01]\.\d{3}, recall [01]\.\d{3}, F1 [01]\.\d{3}$/u.test(line))).toHaveLength(2);

    const model = JSON.parse(text) as TrainedClaimModel;
    expect(text).toBe(serializeModel(model));
    expect(model.format).toBe(1);
    expectWellFormed(model.models.words);
    expectWellFormed(model.models.features);
    // The threshold is one the sensitivity setting offers: a multiple of 0.05 strictly between 0 and 1.
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    expect(Math.abs(model.threshold * 20 - Math.round(model.threshold * 20))).toBeLessThan(1e-9);
    expect(model.crossValidation).toMatchObject({ folds: 5, targetSentences: 60, threshold: model.threshold });
    // Only the feature model sees no words.
    expect(model.models.words.inputs).toMatch(/^w:/mu);
    expect(model.models.features.inputs).not.toMatch(/^[wbx]:/mu);
  });

  it('fails with a ScriptError (exit 2) when the eval data is missing', () => {
    expect(() => train(outDir, path.join(outDir, 'never.json'))).toThrow(ScriptError);
    expect(existsSync(path.join(outDir, 'never.json'))).toBe(false);
  });
});

describe('collectTrainingSentences', () => {
  const target = readCheckworthyFile(path.join(FIXTURES, CHECKWORTHY_DIR, TARGET_FILE));
  const threeClass = readCheckworthyFile(path.join(FIXTURES, CHECKWORTHY_DIR, THREE_CLASS_FILE));

  it('puts the target file first, then the three-class sentences it does not hold', () => {
    const sentences = collectTrainingSentences(FIXTURES);
    const targetIds = new Set(target.map((record) => record.id));
    expect(sentences.slice(0, target.length)).toEqual(target.map((record) => ({ ...record, isTarget: true })));
    expect(sentences.slice(target.length)).toEqual(threeClass.filter((record) => !targetIds.has(record.id)).map((record) => ({ ...record, isTarget: false })));
    expect(sentences).toHaveLength(80);
    expect(new Set(sentences.map((sentence) => sentence.id)).size).toBe(sentences.length);
  });

  it('keeps a sentence in both files once, with its 2.5xNCS label', () => {
    const sentences = collectTrainingSentences(FIXTURES);
    // The fixture holds two sentences the files label differently (see its README).
    for (const [id, label] of [
      ['14933', 1],
      ['5553', 0],
    ] as const) {
      expect(threeClass.find((record) => record.id === id)?.label).toBe(1 - label);
      const kept = sentences.filter((sentence) => sentence.id === id);
      expect(kept).toHaveLength(1);
      expect(kept[0]).toMatchObject({ label, isTarget: true });
    }
  });

  it('takes only the first N lines of each file with a limit', () => {
    const sentences = collectTrainingSentences(FIXTURES, 5);
    const firstIds = new Set(target.slice(0, 5).map((record) => record.id));
    expect(sentences.filter((sentence) => sentence.isTarget).map((sentence) => sentence.id)).toEqual([...firstIds]);
    expect(sentences.filter((sentence) => !sentence.isTarget).map((sentence) => sentence.id)).toEqual(
      threeClass.slice(0, 5).filter((record) => !firstIds.has(record.id)).map((record) => record.id),
    );
  });
});

const realEvalDir = resolveEvalDir(undefined, process.env, process.cwd());
const hasRealData = [TARGET_FILE, THREE_CLASS_FILE].every((name) => existsSync(path.join(realEvalDir, CHECKWORTHY_DIR, name)));

describe('the shipped model', () => {
  // Training on the full data takes about half a minute.
  it.skipIf(!hasRealData)(
    hasRealData
      ? 'is what training on the eval data writes, byte for byte'
      : `is what training on the eval data writes (skipped: no eval data at ${realEvalDir}; set FACTDESK_EVAL_DIR)`,
    () => {
      const out = path.join(outDir, 'claim-model.json');
      train(realEvalDir, out);
      // On failure: the detector or its word lists changed since the model was trained; run `npm run train:claims`.
      expect(readFileSync(out, 'utf8') === readFileSync(MODEL_FILE, 'utf8'), 'claim-model.json is out of date: run npm run train:claims').toBe(true);
    },
    120_000,
  );
});
