// What a word before a period is: an abbreviation of some class, an initial, a number or a plain word.
import type { LanguageCode } from '../../shared/model';
import abbreviationData from './data/abbreviations.json' with { type: 'json' };
import starterData from './data/sentence-starters.json' with { type: 'json' };

/** How likely an abbreviation is to end a sentence when a capitalised word follows it. */
export type AbbreviationClass = 'prepositive' | 'terminal' | 'general' | 'time';

interface AbbreviationLists {
  prepositive: string[];
  terminal: string[];
  general: string[];
  time: string[];
}

const CLASSES: AbbreviationClass[] = ['prepositive', 'terminal', 'time', 'general'];

function buildTable(...lists: AbbreviationLists[]): Map<string, AbbreviationClass> {
  const table = new Map<string, AbbreviationClass>();
  // Later lists and earlier classes win, so a language's own list overrides the shared one.
  for (const list of lists) {
    for (const cls of [...CLASSES].reverse()) for (const word of list[cls]) table.set(word, cls);
  }
  return table;
}

const english = buildTable(abbreviationData.en);
const cyrillic = buildTable(abbreviationData.en, abbreviationData.ru);
const kazakh = buildTable(abbreviationData.en, abbreviationData.ru, abbreviationData.kk);

const englishStarters = new Set(starterData.en);
const cyrillicStarters = new Set([...starterData.ru, ...starterData.en]);

function selectTable(language: LanguageCode): Map<string, AbbreviationClass> {
  if (language === 'ru') return cyrillic;
  if (language === 'kk') return kazakh;
  return english;
}

/** The class of a known abbreviation (given without its final period), or null. */
export function findAbbreviationClass(word: string, language: LanguageCode): AbbreviationClass | null {
  return selectTable(language).get(word.toLowerCase()) ?? null;
}

/** Whether a capitalised word commonly starts a sentence (so an ambiguous period before it ends one). */
export function isSentenceStarter(word: string, language: LanguageCode): boolean {
  return (language === 'ru' || language === 'kk' ? cyrillicStarters : englishStarters).has(word);
}
