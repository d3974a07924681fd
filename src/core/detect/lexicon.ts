// The word lists of data/lexicon.json, compiled once per language into regular expressions.
import type { LanguageCode } from '../../shared/model';
import lexiconData from './data/lexicon.json' with { type: 'json' };

type ListLanguage = 'en' | 'ru' | 'kk' | 'zh';

export const LEXICAL_FEATURES = [
  'attribution',
  'superlative',
  'comparison',
  'change',
  'action',
  'opinion',
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
  | 'pronouns';

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
  /** Exact-match set of a list of plain words (titles, stop words…). */
  words(list: ListName): Set<string>;
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
  const sources = new Map<ListName, string>();
  const patterns = new Map<ListName, RegExp>();
  const wordSets = new Map<ListName, Set<string>>();
  const entries = (list: ListName): string[] => [...new Set(merged.flatMap((l) => l[list]))];
  const source = (list: ListName): string => {
    let found = sources.get(list);
    if (found === undefined) {
      const parts = entries(list)
        .sort((a, b) => b.length - a.length)
        .map((entry) => entry.replace(/ /g, '\\s+'));
      found = parts.length ? `(?:${parts.join('|')})` : '(?!)';
      sources.set(list, found);
    }
    return found;
  };
  const lexicon: Lexicon = {
    hasWordBoundaries,
    source,
    pattern(list) {
      let found = patterns.get(list);
      if (!found) {
        found = new RegExp(wrapWord(source(list).replace(/\^/g, '(?<=^[\\s"«“\'-]*)'), hasWordBoundaries), 'giu');
        patterns.set(list, found);
      }
      found.lastIndex = 0;
      return found;
    },
    words(list) {
      let found = wordSets.get(list);
      if (!found) {
        found = new Set(entries(list));
        wordSets.set(list, found);
      }
      return found;
    },
  };
  cache.set(language, lexicon);
  return lexicon;
}

/** Wraps a pattern so it matches whole words only (JavaScript's \b does not know Cyrillic). */
export function wrapWord(source: string, hasWordBoundaries: boolean): string {
  return hasWordBoundaries ? `(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])` : source;
}
