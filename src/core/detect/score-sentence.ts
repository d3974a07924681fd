// The check-worthiness score of one sentence from the shipped claim model, with the reasons behind it.
import type { LanguageCode } from '../../shared/model';
import type { FeatureMatch, FeatureName } from './features';
import { formatReason } from './features';
import { findFeatures } from './find-features';
import { getLexicon } from './lexicon';
import type { ModelName } from './model/claim-model';
import { findContributions, modelFor, scoreModelInput } from './model/claim-model';
import type { ModelInput } from './model/model-features';
import { collectModelInput, maskWebAddresses } from './model/model-features';

export interface SentenceScore {
  score: number;
  reasons: string[];
}

export interface SentenceAnalysis {
  score: number;
  features: FeatureMatch[];
  /** What the model scored, kept so the reasons can be worked out for the sentences that need them. */
  input: ModelInput;
  model: ModelName;
}

const MAX_REASONS_PER_FEATURE = 3;
const MAX_REASONS = 8;
const MAX_WORDS_IN_REASON = 4;
/** Word weights below this move a score too little to be worth naming. */
const MIN_WORD_CONTRIBUTION = 0.15;
/** A detector feature adding less than this is not a reason. */
const MIN_FEATURE_CONTRIBUTION = 0.1;

export { findFeatures };

/** Scores a sentence in [0, 1] (a calibrated probability) and keeps the features behind the score. */
export function analyzeSentence(sentence: string, language: LanguageCode, knownNames?: ReadonlySet<string>): SentenceAnalysis {
  const text = maskWebAddresses(sentence);
  const features = findFeatures(text, language, knownNames);
  const model = modelFor(language);
  const input = collectModelInput(text, features, model === 'words');
  return { score: scoreModelInput(input, model), features, input, model };
}

/** The reasons behind an analysed sentence's score, most important first. */
export function explainScore(analysis: SentenceAnalysis): string[] {
  return explain(analysis.features, findContributions(analysis.input, analysis.model));
}

/** The check-worthiness of one sentence in [0, 1], with short reasons, most important first. */
export function scoreSentence(sentence: string, language: LanguageCode): SentenceScore {
  const analysis = analyzeSentence(sentence, language);
  return { score: analysis.score, reasons: explainScore(analysis) };
}

/**
 * What raised the score most, largest first: each detector feature with the text it matched
 * ("figure: $43.82 billion"), and the words the model leans on ("wording: voted, percent").
 */
function explain(features: readonly FeatureMatch[], contributions: ReadonlyMap<string, number>): string[] {
  const byFeature = new Map<FeatureName, { value: number; matches: FeatureMatch[] }>();
  // "Past tense" is the vaguest name for a word another feature already names ("inaugurated" is an action).
  const isNamedElsewhere = (match: FeatureMatch): boolean =>
    match.feature === 'pastTense' && features.some((other) => other.feature !== 'pastTense' && other.start <= match.start && match.end <= other.end);
  for (const match of features) {
    if (isNamedElsewhere(match)) continue;
    const entry = byFeature.get(match.feature);
    if (entry) entry.matches.push(match);
    else byFeature.set(match.feature, { value: 0, matches: [match] });
  }
  for (const [feature, entry] of byFeature) {
    entry.value = (contributions.get(`f:${feature}`) ?? 0) + (contributions.get(`n:${feature}`) ?? 0);
  }
  const words = [...contributions]
    .filter(([name, value]) => name.startsWith('w:') && value >= MIN_WORD_CONTRIBUTION && !name.startsWith('w:<') && !isFunctionWord(name.slice(2)))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_WORDS_IN_REASON);
  const ranked: { value: number; reasons: string[]; isWording: boolean }[] = [...byFeature.values()]
    .filter((entry) => entry.value >= MIN_FEATURE_CONTRIBUTION)
    .map((entry) => ({ value: entry.value, reasons: entry.matches.slice(0, MAX_REASONS_PER_FEATURE).map(formatReason), isWording: false }));
  if (words.length > 0) {
    ranked.push({
      value: words.reduce((sum, [, value]) => sum + value, 0),
      reasons: [`wording: ${words.map(([name]) => name.slice(2)).join(', ')}`],
      isWording: true,
    });
  }
  // Detector features first (they name the checkable detail); the model's word cues after them.
  return ranked
    .sort((a, b) => (a.isWording ? 1 : 0) - (b.isWording ? 1 : 0) || b.value - a.value)
    .flatMap((entry) => entry.reasons)
    // One piece of text is named once, under its strongest feature ("reached" is a change, not also a past tense).
    .filter((reason, index, all) => all.findIndex((other) => matchedText(other) === matchedText(reason)) === index)
    .slice(0, MAX_REASONS);
}

/** "in", "which", "the": true of the model, but no help to a reader. The word model is English. */
function isFunctionWord(word: string): boolean {
  return getLexicon('en').words('functionWords').has(word);
}

function matchedText(reason: string): string {
  return reason.slice(reason.indexOf(': ') + 2);
}
