// The word lists of data/lexicon.json, compiled once per language into regular expressions.
import type { LanguageCode } from '../../shared/model';
import lexiconData from './data/lexicon.json' with { type: 'json' };
import type { ListTest, SentenceKeys } from './list-prefilter';
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

/** A piece of a sentence a list matched. */
export interface TextMatch {
  text: string;
  start: number;
  end: number;
}

/** Compiled lists for one language. */
export interface Lexicon {
  /** Whether words are delimited (everything but Chinese). */
  hasWordBoundaries: boolean;
  /** Alternation source of a list, longest entries first, for use inside larger patterns. */
  source(list: ListName): string;
  /** A global pattern finding whole-word matches of a list. */
  pattern(list: ListName): RegExp;
  /** Every whole-word match of a list in a sentence, in order (the same as running `pattern`, faster). */
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
  const sources = new Map<ListName, string>();
  const patterns = new Map<ListName, RegExp>();
  const wordSets = new Map<ListName, Set<string>>();
  const listTests = new Map<ListName, ListTest | null>();
  const scanners = new Map<ListName, RegExp | null>();
  /**
   * When every entry starts with a plain letter, the pattern without its word-start lookbehind, whose
   * start is then checked in code: V8 runs such a pattern two to three times faster. Null otherwise
   * ("\\p{L}{2,}ed" would try every letter).
   */
  const scannerOf = (list: ListName): RegExp | null => {
    let found = scanners.get(list);
    if (found === undefined) {
      const isPlain = hasWordBoundaries && entries(list).every((entry) => !/^\^?(?:\(\?:)*\\/u.test(entry));
      found = isPlain ? new RegExp(`${anchoredSource(entries(list))}(?![\\p{L}\\p{N}])`, 'giu') : null;
      scanners.set(list, found);
    }
    return found;
  };
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
    mayMatch(list, keys) {
      let test = listTests.get(list);
      if (test === undefined) {
        // Chinese has no word boundaries to compare beginnings at: its lists always run.
        test = hasWordBoundaries ? compileListTest(entries(list)) : null;
        listTests.set(list, test);
      }
      return mayMatch(test, keys);
    },
    pattern(list) {
      let found = patterns.get(list);
      if (!found) {
        found = new RegExp(wrapWord(anchoredSource(entries(list)), hasWordBoundaries), 'giu');
        patterns.set(list, found);
      }
      found.lastIndex = 0;
      return found;
    },
    findAll(list, sentence) {
      const scanner = scannerOf(list);
      const pattern = scanner ?? lexicon.pattern(list);
      const found: TextMatch[] = [];
      pattern.lastIndex = 0;
      for (let match = pattern.exec(sentence); match !== null; match = pattern.exec(sentence)) {
        if (match[0] === '') {
          pattern.lastIndex += 1;
          continue;
        }
        // The lookbehind the scanner left out: a match must not start inside a word.
        if (scanner && isWordCharacterBefore(sentence, match.index)) {
          pattern.lastIndex = match.index + 1;
          continue;
        }
        found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
      }
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

/**
 * An alternation in which entries starting with "^" match only at the start of the sentence (after
 * quotes or a dash). The start test is written once, not once per entry: it runs at every position.
 */
function anchoredSource(list: string[]): string {
  const alternation = (items: string[]): string =>
    items
      .sort((a, b) => b.length - a.length)
      .map((entry) => entry.replace(/ /g, '\\s+'))
      .join('|');
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
