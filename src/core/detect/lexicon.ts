// The word lists of data/lexicon.json, compiled once per language into regular expressions.
import type { LanguageCode } from '../../shared/model';
import lexiconData from './data/lexicon.json' with { type: 'json' };
import type { TextMatch } from './find-matches';
import { findMatches } from './find-matches';
import type { SentenceKeys } from './list-prefilter';
import { compileListTest, mayMatch } from './list-prefilter';

type ListLanguage = 'en' | 'ru' | 'kk' | 'zh';

export const LEXICAL_FEATURES = [
  'attribution',
  'superlative',
  'comparison',
  'change',
  'action',
  'opinion',
  'hedge',
  'future',
  'appeal',
  'greeting',
  'boilerplate',
  'saying',
  'pastTense',
] as const;
export type LexicalFeature = (typeof LEXICAL_FEATURES)[number];

type ListName =
  | LexicalFeature
  | 'scale'
  | 'numberWords'
  | 'approximators'
  | 'percent'
  | 'currency'
  | 'months'
  | 'yearWords'
  | 'relativeDates'
  | 'attributionPhrases'
  | 'titles'
  | 'titleModifiers'
  | 'demonyms'
  | 'stopCaps'
  | 'connectors'
  | 'pronouns'
  | 'functionWords'
  // Claim kinds and speakers (classify-claim.ts, find-speaker.ts):
  | 'forecast'
  | 'speakerTitles'
  | 'speakerFillers'
  | 'sourceBeforePhrases'
  | 'sourceSuffixes'
  | 'genitiveSourcePhrases';

type LanguageLists = Record<ListName, string[]>;

const lists: Record<ListLanguage, LanguageLists> = {
  en: lexiconData.en,
  ru: lexiconData.ru,
  kk: lexiconData.kk,
  zh: lexiconData.zh,
};

/** Compiled lists for one language. */
export interface Lexicon {
  /** Whether words are delimited (everything but Chinese). */
  hasWordBoundaries: boolean;
  /** Alternation source of a list, longest entries first, for use inside larger patterns. */
  source(list: ListName): string;
  /** A global pattern finding whole-word matches of a list. */
  pattern(list: ListName): RegExp;
  /** Every whole-word, non-blank match of a list in a sentence, in order (what `pattern` finds, faster). */
  findAll(list: ListName, sentence: string): TextMatch[];
  /** Exact-match set of a list of plain words (titles, stop words…). */
  words(list: ListName): Set<string>;
  /** Whether a list could match the sentence (see list-prefilter.ts): false means its pattern finds nothing. */
  mayMatch(list: ListName, keys: SentenceKeys): boolean;
}

const cache = new Map<LanguageCode, Lexicon>();

function selectLists(language: LanguageCode): LanguageLists[] {
  if (language === 'und') return [lists.en, lists.ru, lists.kk];
  if (language === 'kk') return [lists.kk, lists.ru]; // Kazakh news quotes Russian too
  return [lists[language]];
}

/** The compiled lexicon of a language (built on first use). */
export function getLexicon(language: LanguageCode): Lexicon {
  const cached = cache.get(language);
  if (cached) return cached;
  const merged = selectLists(language);
  const hasWordBoundaries = language !== 'zh';
  const entries = (list: ListName): string[] => [...new Set(merged.flatMap((l) => l[list]))];
  const source = perList((list) => `(?:${alternation(entries(list)) || '(?!)'})`);
  const pattern = perList((list) => new RegExp(wrapWord(anchoredSource(entries(list)), hasWordBoundaries), 'giu'));
  const words = perList((list) => new Set(entries(list)));
  // Chinese has no word boundaries to compare beginnings at: its lists always run.
  const listTest = perList((list) => (hasWordBoundaries ? compileListTest(entries(list)) : null));
  /**
   * When every entry starts with a plain letter, the pattern without its word-start lookbehind, whose
   * start is then checked in code: V8 runs such a pattern two to three times faster. Null otherwise
   * ("\\p{L}{2,}ed" would try every letter).
   */
  const scanner = perList((list) => {
    const isPlain = hasWordBoundaries && entries(list).every((entry) => !/^\^?(?:\(\?:)*\\/u.test(entry));
    return isPlain ? new RegExp(`${anchoredSource(entries(list))}(?![\\p{L}\\p{N}])`, 'giu') : null;
  });
  const lexicon: Lexicon = {
    hasWordBoundaries,
    source,
    mayMatch: (list, keys) => mayMatch(listTest(list), keys),
    pattern(list) {
      const found = pattern(list);
      found.lastIndex = 0;
      return found;
    },
    findAll(list, sentence) {
      const fast = scanner(list);
      // The lookbehind the scanner left out: a match must not start inside a word.
      return fast ? findMatches(fast, sentence, (index) => !isWordCharacterBefore(sentence, index)) : findMatches(pattern(list), sentence);
    },
    words,
  };
  cache.set(language, lexicon);
  return lexicon;
}

/** A value built once per list, on first use. */
function perList<T>(build: (list: ListName) => T): (list: ListName) => T {
  const built = new Map<ListName, T>();
  return (list) => {
    if (!built.has(list)) built.set(list, build(list));
    return built.get(list) as T;
  };
}

/** Entries as alternatives, longest first (so "more than" wins over "more"); a space matches any run of spaces. */
function alternation(items: string[]): string {
  return items
    .sort((a, b) => b.length - a.length)
    .map((entry) => entry.replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * An alternation in which entries starting with "^" match only at the start of the sentence (after
 * quotes or a dash). The start test is written once, not once per entry: it runs at every position.
 */
function anchoredSource(list: string[]): string {
  const anchored = list.filter((entry) => entry.startsWith('^')).map((entry) => entry.slice(1));
  const free = list.filter((entry) => !entry.startsWith('^'));
  const parts = [...(anchored.length ? [`(?<=^[\\s"«“'-]*)(?:${alternation(anchored)})`] : []), ...(free.length ? [alternation(free)] : [])];
  return parts.length ? `(?:${parts.join('|')})` : '(?!)';
}

function isWordCharacterBefore(text: string, index: number): boolean {
  return index > 0 && /[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, index - 2), index));
}

/** Wraps a pattern so it matches whole words only (JavaScript's \b does not know Cyrillic). */
export function wrapWord(source: string, hasWordBoundaries: boolean): string {
  return hasWordBoundaries ? `(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])` : source;
}
