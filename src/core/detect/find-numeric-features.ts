// Figures, percentages, money, dates and counted quantities in a sentence.
import type { LanguageCode } from '../../shared/model';
import type { FeatureMatch, FeatureName } from './features';
import { collectMatches } from './features';
import type { Lexicon } from './lexicon';
import { getLexicon, wrapWord } from './lexicon';
import type { SentenceKeys } from './list-prefilter';
import { describeSentence } from './list-prefilter';
import { rangesOverlap } from '../../shared/text-range';

interface NumericPatterns {
  /** Each with a cheap test of whether it could match at all (see list-prefilter.ts). */
  ordered: { feature: FeatureName; pattern: RegExp; mayMatch: (sentence: SentenceFacts) => boolean }[];
  quantity: RegExp;
  mayHaveQuantity: (sentence: SentenceFacts) => boolean;
}

interface SentenceFacts {
  text: string;
  keys: SentenceKeys;
  hasDigit: boolean;
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
  // Chinese writes 约5亿元 with no space after the approximator.
  const gap = lex.hasWordBoundaries ? '\\s+' : '\\s*';
  const amount = `(?:${lex.source('approximators')}${gap})?(?:${num}|${words})`;
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
    : [`\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?`, `\\d{1,2}月\\d{1,2}日`, `(?<![\\d.])\\d{1,2}日`, lex.source('relativeDates')];
  const mayList = (list: Parameters<Lexicon['mayMatch']>[0]) => (sentence: SentenceFacts) => lex.mayMatch(list, sentence.keys);
  const hasDigit = (sentence: SentenceFacts): boolean => sentence.hasDigit;
  const ordered: NumericPatterns['ordered'] = [
    {
      feature: 'percentage',
      pattern: new RegExp(w(`${amount}${sep}(?:%|％|${lex.source('percent')})`), 'giu'),
      mayMatch: (sentence) => /[%％]/u.test(sentence.text) || lex.mayMatch('percent', sentence.keys),
    },
    {
      feature: 'figure',
      pattern: new RegExp(`(?:${lex.source('approximators')}${gap})?[$€£¥₸₽]\\s?${num}(?:\\s*${w(scale)})?`, 'giu'),
      mayMatch: (sentence) => sentence.hasDigit && /[$€£¥₸₽]/u.test(sentence.text),
    },
    { feature: 'figure', pattern: new RegExp(w(`${amount}(?:${sep}${scale})?${sep}${lex.source('currency')}`), 'giu'), mayMatch: mayList('currency') },
    { feature: 'figure', pattern: new RegExp(w(`(?:${amount}|an?)${sep}${scale}`), 'giu'), mayMatch: mayList('scale') },
    {
      feature: 'date',
      pattern: new RegExp(w(`(?:${dates.join('|')})`), 'giu'),
      mayMatch: (sentence) => sentence.hasDigit || lex.mayMatch('months', sentence.keys) || lex.mayMatch('relativeDates', sentence.keys),
    },
    { feature: 'figure', pattern: new RegExp(`(?<![\\d.,:/-])\\d{1,3}(?:${group}\\d{3}){2,}(?![\\d%])`, 'gu'), mayMatch: hasDigit },
    { feature: 'date', pattern: new RegExp(`(?<![\\d.,:/\\p{L}-])(?:1[89]|20)\\d{2}s?(?![\\d%.,:]\\d|\\p{L})`, 'gu'), mayMatch: hasDigit },
  ];
  // A counted thing: "20 media companies", "four Institutes". Not "the two countries", not a clock time.
  // Spelled numbers count only in English, where "the two countries" can be told apart from a count.
  // Russian and Kazakh decline a numeral with a hyphenated ending: "300-ден астам адам", "к 5-му".
  const caseEnding = language === 'ru' || language === 'kk' ? '(?:-\\p{L}{1,4})?' : '';
  const counted = language === 'en' ? amount : `(?:${lex.source('approximators')}${gap})?${num}${caseEnding}`;
  const quantity = new RegExp(
    lex.hasWordBoundaries
      ? `(?<![\\d.,:/\\p{L}-])(?<!\\bthe\\s)(?:${counted})(?![\\d:%\\p{L}-])(?:\\s+(?!(?:or|and|the|of|in|to|a|an|on|at|for|by|with|from|is|are|was|were|и|в|на)(?![\\p{L}]))[\\p{L}]+)?`
      : `\\d+(?:[.,]\\d+)?`,
    'giu',
  );
  const mayHaveQuantity = (sentence: SentenceFacts): boolean => sentence.hasDigit || (language === 'en' && lex.mayMatch('numberWords', sentence.keys));
  return { ordered, quantity, mayHaveQuantity };
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
export function findNumericFeatures(sentence: string, language: LanguageCode, keys: SentenceKeys = describeSentence(sentence)): FeatureMatch[] {
  const { ordered, quantity, mayHaveQuantity } = getPatterns(language);
  const found: FeatureMatch[] = [];
  const facts: SentenceFacts = { text: sentence, keys, hasDigit: /\p{N}/u.test(sentence) };
  const overlaps = (m: FeatureMatch): boolean => found.some((f) => rangesOverlap(m, f));
  for (const { feature, pattern, mayMatch } of ordered) {
    if (!mayMatch(facts)) continue;
    pattern.lastIndex = 0;
    for (const match of collectMatches(sentence, pattern, feature)) if (!overlaps(match)) found.push(match);
  }
  quantity.lastIndex = 0;
  const quantities = mayHaveQuantity(facts) ? collectMatches(sentence, quantity, 'quantity') : [];
  for (const match of quantities) {
    // "one of", "two nations": the smallest spelled numbers are rarely a count worth checking.
    if (overlaps(match) || /^(?:one|two)\b/i.test(match.text) || !/\p{N}|\p{L}{3}/u.test(match.text)) continue;
    found.push(match);
  }
  return found.sort((a, b) => a.start - b.start);
}
