// Figures, percentages, money, dates and counted quantities in a sentence.
import type { LanguageCode } from '../../shared/model';
import type { FeatureMatch, FeatureName } from './features';
import { collectMatches } from './features';
import type { Lexicon } from './lexicon';
import { getLexicon, wrapWord } from './lexicon';

interface NumericPatterns {
  ordered: { feature: FeatureName; pattern: RegExp }[];
  quantity: RegExp;
}

const cache = new Map<LanguageCode, NumericPatterns>();

function buildPatterns(language: LanguageCode, lex: Lexicon): NumericPatterns {
  const w = (source: string): string => wrapWord(source, lex.hasWordBoundaries);
  const isCyrillic = language === 'ru' || language === 'kk' || language === 'und';
  // "1,550,000", "150 000" (Russian groups thousands with spaces), "43.82", "3,5".
  const group = isCyrillic ? '[,\\u00a0\\u202f ]' : ',';
  const single = `(?:\\d{1,3}(?:${group}\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)`;
  const num = `${single}(?:\\s?[-–]\\s?${single})?`; // ranges: "$20-25 billion"
  const words = `${lex.source('numberWords')}(?:[\\s-]+${lex.source('numberWords')})*`;
  const amount = `(?:${lex.source('approximators')}\\s+)?(?:${num}|${words})`;
  const scale = lex.source('scale');
  const month = lex.source('months');
  const year = lex.source('yearWords');
  const sep = lex.hasWordBoundaries ? '\\s*' : '';
  const dates = lex.hasWordBoundaries
    ? [
        `${month}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+\\d{4})?`,
        `\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}(?:,?\\s+\\d{4}(?:\\s*${year})?)?`,
        `${month}\\s+\\d{4}(?:\\s*${year})?`,
        `\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*${year}`,
        `(?:in|since|by|until|from|early|late|mid-?)\\s+${month}(?!\\s*\\d)`,
        `\\d{4}-\\d{2}-\\d{2}`,
        `\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}`,
        lex.source('relativeDates'),
      ]
    : [`\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?`, `\\d{1,2}月\\d{1,2}日`, lex.source('relativeDates')];
  const ordered: { feature: FeatureName; pattern: RegExp }[] = [
    { feature: 'percentage', pattern: new RegExp(w(`${amount}${sep}(?:%|％|${lex.source('percent')})`), 'giu') },
    { feature: 'figure', pattern: new RegExp(`(?:${lex.source('approximators')}\\s+)?[$€£¥₸₽]\\s?${num}(?:\\s*${w(scale)})?`, 'giu') },
    { feature: 'figure', pattern: new RegExp(w(`${amount}(?:${sep}${scale})?${sep}${lex.source('currency')}`), 'giu') },
    { feature: 'figure', pattern: new RegExp(w(`(?:${amount}|an?)${sep}${scale}`), 'giu') },
    { feature: 'date', pattern: new RegExp(w(`(?:${dates.join('|')})`), 'giu') },
    { feature: 'figure', pattern: new RegExp(`(?<![\\d.,:/-])\\d{1,3}(?:${group}\\d{3}){2,}(?![\\d%])`, 'gu') },
    { feature: 'date', pattern: new RegExp(`(?<![\\d.,:/\\p{L}-])(?:1[89]|20)\\d{2}s?(?![\\d%.,:]\\d|\\p{L})`, 'gu') },
  ];
  // A counted thing: "20 media companies", "four Institutes". Not "the two countries", not a clock time.
  // Spelled numbers count only in English, where "the two countries" can be told apart from a count.
  const counted = language === 'en' ? amount : `(?:${lex.source('approximators')}\\s+)?${num}`;
  const quantity = new RegExp(
    lex.hasWordBoundaries
      ? `(?<![\\d.,:/\\p{L}-])(?<!\\bthe\\s)(?:${counted})(?![\\d:%\\p{L}-])(?:\\s+(?!(?:or|and|the|of|in|to|a|an|on|at|for|by|with|from|is|are|was|were|и|в|на)(?![\\p{L}]))[\\p{L}]+)?`
      : `\\d+(?:[.,]\\d+)?`,
    'giu',
  );
  return { ordered, quantity };
}

function getPatterns(language: LanguageCode): NumericPatterns {
  let found = cache.get(language);
  if (!found) {
    found = buildPatterns(language, getLexicon(language));
    cache.set(language, found);
  }
  return found;
}

/** Numeric features, each piece of text counted once (a percentage is not also a quantity). */
export function findNumericFeatures(sentence: string, language: LanguageCode): FeatureMatch[] {
  const { ordered, quantity } = getPatterns(language);
  const found: FeatureMatch[] = [];
  const overlaps = (m: FeatureMatch): boolean => found.some((f) => m.start < f.end && f.start < m.end);
  for (const { feature, pattern } of ordered) {
    pattern.lastIndex = 0;
    for (const match of collectMatches(sentence, pattern, feature)) if (!overlaps(match)) found.push(match);
  }
  quantity.lastIndex = 0;
  for (const match of collectMatches(sentence, quantity, 'quantity')) {
    // "one of", "two nations": the smallest spelled numbers are rarely a count worth checking.
    if (overlaps(match) || /^(?:one|two)\b/i.test(match.text) || !/\p{N}|\p{L}{3}/u.test(match.text)) continue;
    found.push(match);
  }
  return found.sort((a, b) => a.start - b.start);
}
