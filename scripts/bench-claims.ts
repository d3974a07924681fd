// Claim detection benchmark: the shipped model (nothing is trained here) on every labelled file in
// <eval-dir>/checkworthy/: precision, recall and F1 of the check-worthy class, the reliability table of
// its scores, sentences scored per second on one core, and the model's load time. It also prints the
// cross-validated figures the training script stored in the model (the honest held-out ones for the
// files the model was trained on).
//
//   npm run bench:claims -- [--eval-dir <dir>] [--limit N] [--threshold T]
//
// The last line of the output is one JSON object with the figures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LanguageCode } from '../src/shared/model';
import { CLAIM_THRESHOLD } from '../src/core/detect';
import type { ClaimModelFile } from '../src/core/detect/model/claim-model';
import { prepareClaimModel } from '../src/core/detect/model/claim-model';
import { analyzeSentence } from '../src/core/detect/score-sentence';
import type { ClassMetrics, ReliabilityBucket } from '../src/core/detect/training/metrics';
import { buildReliabilityTable, measurePositiveClass } from '../src/core/detect/training/metrics';
import type { TrainedClaimModel } from '../src/core/detect/training/train-claim-model';
import type { LabelledRecord } from './lib/checkworthy-data';
import { CHECKWORTHY_DIR, CHECKWORTHY_FILES, TARGET_FILE, THREE_CLASS_FILE, readCheckworthyFile } from './lib/checkworthy-data';
import { requireEvalFiles, resolveEvalDir } from './lib/eval-dir';
import { formatReliability } from './lib/format-reliability';
import { formatTable } from './lib/format-table';
import { parseArgs } from './lib/parse-args';
import type { ScriptIo } from './lib/script-io';
import { isEntryPoint, runScript } from './lib/script-io';
import { MODEL_FILE } from './train-claims';

/** The files the shipped model learned from: their figures here are not held-out figures. */
const TRAINING_FILES = new Set<string>([TARGET_FILE, THREE_CLASS_FILE]);
/** Bulgarian tweets are the Cyrillic sanity check: scored as Russian, the nearest language we read. */
const FILE_LANGUAGE: Readonly<Record<string, LanguageCode>> = { 'checkthat2022-bg.dev.jsonl': 'ru' };
const LOAD_RUNS = 5;

export interface FileFigures extends ClassMetrics {
  file: string;
  language: LanguageCode;
  sentences: number;
  positives: number;
  isTrainingData: boolean;
  sentencesPerSecond: number;
  reliability: ReliabilityBucket[];
}

/** Timed passes over a file, after one to warm the JIT up; the best counts (others may share the machine). */
const TIMED_PASSES = 3;

/** Scores every sentence of a file, and how many sentences a second one core scores. */
export function scoreFile(records: readonly LabelledRecord[], language: LanguageCode): { scores: number[]; sentencesPerSecond: number } {
  let scores = records.map((record) => analyzeSentence(record.text, language).score);
  let best = Infinity;
  for (let pass = 0; pass < TIMED_PASSES; pass += 1) {
    const started = performance.now();
    scores = records.map((record) => analyzeSentence(record.text, language).score);
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return { scores, sentencesPerSecond: Math.round(records.length / Math.max(best, 1e-9)) };
}

/** Reading, parsing and indexing the model file, as the app does on its first sentence (best of a few runs). */
export function measureModelLoad(file: string): number {
  let best = Infinity;
  for (let run = 0; run < LOAD_RUNS; run += 1) {
    const started = performance.now();
    prepareClaimModel(JSON.parse(readFileSync(file, 'utf8')) as ClaimModelFile);
    best = Math.min(best, performance.now() - started);
  }
  return Number(best.toFixed(1));
}

function round(value: number): number {
  return Number(value.toFixed(4));
}

export function runBenchClaims(argv: string[], io: ScriptIo): number {
  const { options } = parseArgs(argv, { 'eval-dir': 'string', limit: 'integer', threshold: 'number' });
  const evalDir = resolveEvalDir(options['eval-dir'], io.env, io.cwd);
  const threshold = options.threshold ?? CLAIM_THRESHOLD;
  const files = requireEvalFiles(evalDir, CHECKWORTHY_DIR, CHECKWORTHY_FILES);
  const modelLoadMs = measureModelLoad(MODEL_FILE);
  const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as TrainedClaimModel;

  io.stdout(`claim detection on ${path.join(evalDir, CHECKWORTHY_DIR)}, threshold ${threshold}${options.limit === undefined ? '' : `, first ${options.limit} sentences of each file`}`);
  io.stdout(`model load: ${modelLoadMs} ms (${(Buffer.byteLength(readFileSync(MODEL_FILE)) / 1024).toFixed(0)} KB)`);
  const results: FileFigures[] = [];
  for (const file of files) {
    const name = path.basename(file);
    const all = readCheckworthyFile(file);
    const records = options.limit === undefined ? all : all.slice(0, options.limit);
    const language = FILE_LANGUAGE[name] ?? 'en';
    const { scores, sentencesPerSecond } = scoreFile(records, language);
    const labels = records.map((record) => record.label);
    const metrics = measurePositiveClass(labels, scores, threshold);
    results.push({
      file: name,
      language,
      sentences: records.length,
      positives: labels.filter((label) => label === 1).length,
      isTrainingData: TRAINING_FILES.has(name),
      sentencesPerSecond,
      ...metrics,
      precision: round(metrics.precision),
      recall: round(metrics.recall),
      f1: round(metrics.f1),
      reliability: buildReliabilityTable(labels, scores),
    });
  }
  const rows = results.map((r) => [
    r.file + (r.isTrainingData ? ' *' : ''),
    r.language,
    String(r.sentences),
    String(r.positives),
    r.precision.toFixed(3),
    r.recall.toFixed(3),
    r.f1.toFixed(3),
    String(r.sentencesPerSecond),
  ]);
  io.stdout('');
  for (const line of formatTable([['file', 'lang', 'sentences', 'claims', 'precision', 'recall', 'F1', 'sentences/s'], ...rows], ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'])) io.stdout(line);
  io.stdout('* the model was trained on this file: in-sample figures; the held-out ones are the cross-validated figures below.');
  for (const r of results) {
    io.stdout('');
    io.stdout(`reliability, ${r.file}${r.isTrainingData ? ' (in-sample)' : ''}:`);
    for (const line of formatReliability(r.reliability)) io.stdout(`  ${line}`);
  }
  const cv = model.crossValidation;
  io.stdout('');
  io.stdout(`held out: ${cv.folds}-fold cross-validation on ${TARGET_FILE} at training (${cv.targetSentences} sentences, threshold ${cv.threshold}):`);
  for (const [name, figures] of Object.entries(cv.models)) {
    io.stdout(`  ${name === 'words' ? 'English model (words + features)' : 'feature model (all other languages)'}: precision ${figures.precision.toFixed(3)}, recall ${figures.recall.toFixed(3)}, F1 ${figures.f1.toFixed(3)}`);
    for (const line of formatReliability(figures.reliability)) io.stdout(`    ${line}`);
  }
  const scored = results.reduce((sum, r) => sum + r.sentences, 0);
  const seconds = results.reduce((sum, r) => sum + r.sentences / Math.max(r.sentencesPerSecond, 1), 0);
  const summary = {
    bench: 'claims',
    evalDir,
    limit: options.limit ?? null,
    threshold,
    modelLoadMs,
    sentencesPerSecond: Math.round(scored / Math.max(seconds, 1e-9)),
    files: Object.fromEntries(
      results.map((r) => [
        r.file,
        { language: r.language, sentences: r.sentences, isTrainingData: r.isTrainingData, precision: r.precision, recall: r.recall, f1: r.f1, sentencesPerSecond: r.sentencesPerSecond, reliability: r.reliability },
      ]),
    ),
    crossValidation: { file: TARGET_FILE, folds: cv.folds, threshold: cv.threshold, words: pick(cv.models.words), features: pick(cv.models.features) },
  };
  io.stdout('');
  io.stdout(JSON.stringify(summary));
  return 0;
}

function pick({ precision, recall, f1, reliability }: TrainedClaimModel['crossValidation']['models']['words']): object {
  return { precision, recall, f1, reliability };
}

if (isEntryPoint(import.meta.url)) {
  void runScript(runBenchClaims).then((code) => {
    process.exitCode = code;
  });
}
