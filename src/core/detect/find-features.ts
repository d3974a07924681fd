// Every feature the detector finds in a sentence: figures, dates, names and word-list features.
import type { LanguageCode } from '../../shared/model';
import type { FeatureMatch } from './features';
import { findLexicalFeatures, findQuestion, findShortness } from './find-lexical-features';
import { findNameFeatures } from './find-names';
import { findNumericFeatures } from './find-numeric-features';
import { describeSentence } from './list-prefilter';
import { rangesOverlap } from '../../shared/text-range';

/** `knownNames`: the article's names (findKnownNames), when the sentence comes from one. */
export function findFeatures(sentence: string, language: LanguageCode, knownNames?: ReadonlySet<string>): FeatureMatch[] {
  const keys = describeSentence(sentence);
  const numeric = findNumericFeatures(sentence, language, keys);
  const overlapsAny = (match: FeatureMatch, others: readonly FeatureMatch[]): boolean =>
    others.some((other) => rangesOverlap(match, other));
  // "July" in "in July last year" is part of a date, not a name.
  const names = findNameFeatures(sentence, language, knownNames).filter((name) => !overlapsAny(name, numeric));
  const lexical = findLexicalFeatures(sentence, language, keys);
  const sayings = lexical.filter((match) => match.feature === 'saying');
  const dates = numeric.filter((match) => match.feature === 'date');
  const words = lexical.filter(
    (match) =>
      // "in May" is a date, not the modal "may"; "как говорится" is a saying, not an attribution.
      !((match.feature === 'opinion' || match.feature === 'hedge') && overlapsAny(match, dates)) && !(match.feature === 'attribution' && overlapsAny(match, sayings)),
  );
  return [
    ...numeric,
    ...names,
    ...words,
    ...findQuestion(sentence),
    ...findShortness(sentence, language),
  ];
}
