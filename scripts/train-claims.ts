// Trains the claim model from the eval data and writes src/core/detect/data/claim-model.json.
// Deterministic: the same data gives the same file byte for byte. No network.
//
//   npm run train:claims -- [--eval-dir <dir>] [--out <file>] [--limit N]
//
// Training data: ClaimBuster 2.5xNCS (the target: cross-validation folds, calibration, threshold) and
// the ClaimBuster three-class set (the rest of its sentences; a sentence in both keeps its 2.5xNCS label).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LabelledSentence } from '../src/core/detect/training/train-claim-model';
import { trainClaimModel } from '../src/core/detect/training/train-claim-model';
import { CHECKWORTHY_DIR, TARGET_FILE, THREE_CLASS_FILE, readCheckworthyFile } from './lib/checkworthy-data';
import { REPO_ROOT, requireEvalFiles, resolveEvalDir } from './lib/eval-dir';
import { formatReliability } from './lib/format-reliability';
import { parseArgs } from './lib/parse-args';
import type { ScriptIo } from './lib/script-io';
import { isEntryPoint, runScript } from './lib/script-io';

export const MODEL_FILE = path.join(REPO_ROOT, 'src/core/detect/data/claim-model.json');

/** The training sentences: the target file first, then the three-class sentences it does not hold. */
export function collectTrainingSentences(evalDir: string, limit?: number): LabelledSentence[] {
  const [targetFile, threeClassFile] = requireEvalFiles(evalDir, CHECKWORTHY_DIR, [TARGET_FILE, THREE_CLASS_FILE]);
  const take = <T>(items: T[]): T[] => (limit === undefined ? items : items.slice(0, limit));
  const target = take(readCheckworthyFile(targetFile ?? ''));
  const ids = new Set(target.map((record) => record.id));
  const rest = take(readCheckworthyFile(threeClassFile ?? '')).filter((record) => !ids.has(record.id));
  return [...target.map((record) => ({ ...record, isTarget: true })), ...rest.map((record) => ({ ...record, isTarget: false }))];
}

/** The model file's text: stable key order (as built), one weight a line, a final newline. */
export function serializeModel(model: unknown): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

export function runTrainClaims(argv: string[], io: ScriptIo): number {
  const { options } = parseArgs(argv, { 'eval-dir': 'string', out: 'string', limit: 'integer' });
  const evalDir = resolveEvalDir(options['eval-dir'], io.env, io.cwd);
  const out = options.out === undefined ? MODEL_FILE : path.resolve(io.cwd, options.out);
  const started = performance.now();
  const sentences = collectTrainingSentences(evalDir, options.limit);
  const model = trainClaimModel(sentences);
  const text = serializeModel({
    $comment:
      'Written by `npm run train:claims` from the eval data; do not edit. Calibrated logistic regressions: p = 1 / (1 + e^-(slope · z + intercept)), z = bias + the weights of the inputs a sentence has (see src/core/detect/model). "words" scores English, "features" (detector features only, which carry across languages) the rest.',
    ...model,
  });
  writeFileSync(out, text);
  const { crossValidation: cv } = model;
  io.stdout(`trained on ${sentences.length} sentences (${cv.targetSentences} in ${TARGET_FILE}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  io.stdout(`wrote ${path.relative(io.cwd, out) || out} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB)`);
  io.stdout(`${cv.folds}-fold cross-validation on ${TARGET_FILE}, threshold ${cv.threshold}:`);
  for (const [name, figures] of Object.entries(cv.models)) {
    io.stdout(`  ${name}: precision ${figures.precision.toFixed(3)}, recall ${figures.recall.toFixed(3)}, F1 ${figures.f1.toFixed(3)}`);
    for (const line of formatReliability(figures.reliability)) io.stdout(`    ${line}`);
  }
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  void runScript(runTrainClaims).then((code) => {
    process.exitCode = code;
  });
}
