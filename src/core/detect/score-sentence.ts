// The check-worthiness score of one sentence: a logistic combination of its features, with reasons.
import type { LanguageCode } from '../../shared/model';
import weightData from './data/weights.json' with { type: 'json' };
import type { FeatureMatch, FeatureName } from './features';
import { FEATURES, formatReason } from './features';
import { findLexicalFeatures, findQuestion, findShortness } from './find-lexical-features';
import { findNameFeatures } from './find-names';
import { findNumericFeatures } from './find-numeric-features';

export interface SentenceScore {
  score: number;
  reasons: string[];
}

export interface SentenceAnalysis extends SentenceScore {
  features: FeatureMatch[];
}

const WEIGHTS: Record<FeatureName, number> = Object.fromEntries(
  FEATURES.map((feature) => [feature, (weightData.weights as Partial<Record<FeatureName, number>>)[feature] ?? 0]),
) as Record<FeatureName, number>;
const MAX_REASONS_PER_FEATURE = 3;
const MAX_REASONS = 10;

/** Every feature found in a sentence. */
export function findFeatures(sentence: string, language: LanguageCode): FeatureMatch[] {
  const numeric = findNumericFeatures(sentence, language);
  // "July" in "in July last year" is part of a date, not a name.
  const names = findNameFeatures(sentence, language).filter(
    (name) => !numeric.some((n) => name.start < n.end && n.start < name.end),
  );
  return [
    ...numeric,
    ...names,
    ...findLexicalFeatures(sentence, language),
    ...findQuestion(sentence),
    ...findShortness(sentence, language),
  ];
}

/** Scores a sentence in [0, 1] and keeps the features behind the score. */
export function analyzeSentence(sentence: string, language: LanguageCode): SentenceAnalysis {
  const features = findFeatures(sentence, language);
  const byFeature = new Map<FeatureName, FeatureMatch[]>();
  for (const match of features) byFeature.set(match.feature, [...(byFeature.get(match.feature) ?? []), match]);
  let logit = weightData.bias;
  const contributions: { feature: FeatureName; value: number }[] = [];
  for (const [feature, matches] of byFeature) {
    // Repeats add a little: three dates are more checkable than one, but not three times as much.
    const strength = 1 + weightData.repeatBonus * (Math.min(matches.length, 3) - 1);
    const value = WEIGHTS[feature] * strength;
    logit += value;
    contributions.push({ feature, value });
  }
  // Most important first: what raised the score, largest first, then what lowered it.
  contributions.sort((a, b) => (b.value > 0 ? 1 : 0) - (a.value > 0 ? 1 : 0) || Math.abs(b.value) - Math.abs(a.value));
  const reasons = contributions
    .filter((c) => c.value !== 0)
    .flatMap((c) => (byFeature.get(c.feature) ?? []).slice(0, MAX_REASONS_PER_FEATURE).map(formatReason))
    .filter((reason, index, all) => all.indexOf(reason) === index)
    .slice(0, MAX_REASONS);
  return { score: 1 / (1 + Math.exp(-logit)), reasons, features };
}

/** The check-worthiness of one sentence in [0, 1], with short reasons, most important first. */
export function scoreSentence(sentence: string, language: LanguageCode): SentenceScore {
  const { score, reasons } = analyzeSentence(sentence, language);
  return { score, reasons };
}
