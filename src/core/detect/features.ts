// The features a sentence is scored on, and how a found feature is reported.
import { findMatches } from './find-matches';
import { LEXICAL_FEATURES } from './lexicon';

export const FEATURES = [
  'figure',
  'percentage',
  'date',
  'quantity',
  'namedEntity',
  'name',
  ...LEXICAL_FEATURES,
  'question',
  'short',
] as const;
export type FeatureName = (typeof FEATURES)[number];

/** One occurrence of a feature: the matched text and where it is in the sentence. */
export interface FeatureMatch {
  feature: FeatureName;
  text: string;
  start: number;
  end: number;
}

const LABELS: Record<FeatureName, string> = {
  figure: 'figure',
  percentage: 'percentage',
  date: 'date',
  quantity: 'quantity',
  namedEntity: 'named entity',
  name: 'name',
  attribution: 'attribution',
  superlative: 'superlative',
  comparison: 'comparison',
  change: 'change',
  action: 'action',
  opinion: 'opinion',
  hedge: 'hedge',
  future: 'future',
  question: 'question',
  appeal: 'appeal',
  greeting: 'greeting',
  boilerplate: 'boilerplate',
  saying: 'saying',
  pastTense: 'past tense',
  short: 'short',
};

/** "figure: $43.82 billion": the feature's name and the text that matched, on one line. */
export function formatReason(match: FeatureMatch): string {
  return `${LABELS[match.feature]}: ${match.text.replace(/\s+/gu, ' ').trim()}`;
}

/** Collects the matches of a global pattern as features. */
export function collectMatches(sentence: string, pattern: RegExp, feature: FeatureName): FeatureMatch[] {
  return findMatches(pattern, sentence).map((match) => ({ ...match, feature }));
}
