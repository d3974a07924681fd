// Every feature the detector finds in a sentence: figures, dates, names and word-list features.
import type { LanguageCode } from '../../shared/model';
import type { FeatureMatch } from './features';
import { findLexicalFeatures, findQuestion, findShortness } from './find-lexical-features';
import { findNameFeatures } from './find-names';
import { findNumericFeatures } from './find-numeric-features';

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
