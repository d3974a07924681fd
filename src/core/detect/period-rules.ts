// Whether a single period ends a sentence: abbreviations, initials, numbers and list markers decide it.
import type { TextSpan } from '../../shared/analysis';
import type { LanguageCode } from '../../shared/model';
import type { AbbreviationClass } from './abbreviations';
import { findAbbreviationClass, isSentenceStarter } from './abbreviations';
import {
  findFirstWordChar,
  isBullet,
  isCaselessLetter,
  isCloser,
  isCurrency,
  isDash,
  isDigit,
  isLetter,
  isLower,
  isOpener,
  isSpace,
  isUpper,
} from './char-classes';
import { isListMarkerAt } from './list-markers';

/**
 * A period at `dot` followed by space and then the character at `next`.
 * `sentenceStart` is where the current sentence began (for list markers and "At 5 a.m.").
 */
export function isBoundaryAfterPeriod(
  text: string,
  dot: number,
  next: number,
  sentenceStart: number,
  language: LanguageCode,
): boolean {
  const ch = text.charAt(next);
  if (ch === ',' || ch === ';' || ch === ':' || isDash(ch)) return false;
  const wordStart = findWordStart(text, dot);
  const word = text.slice(wordStart, dot);
  const abbreviation = findWordAbbreviationClass(text, word, wordStart, language);
  // "т. б.", "Dr. J. Smith", "рис. 3." and "(H.R. 1)" go on: only a plain word's period ends a sentence before a list item.
  const mayEndBeforeItem = !isSingleLetter(word) && !isDottedAbbreviation(word) && (abbreviation === null || abbreviation === 'terminal');
  if (isBullet(ch) || (mayEndBeforeItem && isListMarkerAt(text, next))) return true;
  const first = findFirstWordChar(text, next);
  if (isLower(first)) return false;
  const isCapital = isUpper(first) || isCaselessLetter(first);
  if (!isCapital && !isDigit(first) && !isCurrency(first)) return false; // "жыл. №590": a sign, not a sentence

  const before = text.charAt(dot - 1);
  if (dot === 0 || isSpace(before) || isCloser(before)) return true;
  if (isListMarkerWord(text, word, wordStart, sentenceStart)) return false;
  if (isDatelineCity(text, word, wordStart, next, sentenceStart)) return false;

  if (isDigit(first) || isCurrency(first)) {
    // "p. 55", "ул. 1 Мая", "U.S. 500": an abbreviation before a number stays in the sentence.
    return abbreviation === null && !isInitial(word) && !isSingleLetter(word) && !isDottedAbbreviation(word);
  }
  const nextWord = readWord(text, next);
  if (abbreviation === 'prepositive') return false;
  if (abbreviation === 'terminal') return true;
  if (abbreviation === 'time') return !isShortTimeOpener(text.slice(sentenceStart, wordStart));
  if (abbreviation === 'general') return isSentenceStarter(nextWord, language);
  if (isInitial(word)) {
    // "you and I. Did" ends a sentence; "Albert I. Jones" does not.
    if (word === 'I' && isLower(firstCharOfPreviousWord(text, wordStart))) return true;
    // "Иванов И. И. Его…": initials after a surname end the sentence before a starter, as the glued "И.И." do.
    return TRAILING_INITIAL.test(text.slice(Math.max(0, wordStart - 40), wordStart)) && isSentenceStarter(nextWord, language);
  }
  if (isSingleLetter(word) || isDottedAbbreviation(word)) return isSentenceStarter(nextWord, language);
  return true;
}

/** "world.Today", "1,000.That", "жағдайы.XVIII": a period with no space, then a capital, ends a sentence. */
export function isBoundaryAtGluedPeriod(text: string, dot: number, unit: TextSpan): boolean {
  const next = text.charAt(dot + 1);
  if (!isUpper(next)) return false;
  if (text.charAt(dot + 2) === '.') return false; // "Ph.D.", "U.S.A."
  const before = text.charAt(dot - 1);
  if (!(isLower(before) || isDigit(before))) return false;
  const wordStart = findWordStart(text, dot);
  return wordStart >= unit.start && dot - wordStart >= 2 && !text.slice(wordStart, dot).includes('.');
}

/** A surname and one initial just before a second initial: "Иванов И. " of "Иванов И. И.". */
const TRAILING_INITIAL = /(?:^|\s)\p{Lu}\p{Ll}+\s+\p{Lu}\.\s*$/u;

function findWordAbbreviationClass(text: string, word: string, wordStart: number, language: LanguageCode): AbbreviationClass | null {
  return (
    findSpacedAbbreviationClass(text, word, wordStart, language) ??
    findAbbreviationClass(word, language) ??
    findGluedAbbreviationClass(word, language)
  );
}

/** "т. д." and "т. е." written with a space are the abbreviations "т.д" and "т.е", not the single "д" and "е". */
function findSpacedAbbreviationClass(text: string, word: string, wordStart: number, language: LanguageCode): AbbreviationClass | null {
  if (!/^\p{L}{1,2}$/u.test(word)) return null;
  const previous = /(?:^|[\s(«"])(\p{L}{1,2})\.[ \u00a0]$/u.exec(text.slice(Math.max(0, wordStart - 5), wordStart));
  return previous?.[1] === undefined ? null : findAbbreviationClass(`${previous[1]}.${word}`, language);
}

/** Start of the token before a period: back to a space or an opening bracket or quote. */
function findWordStart(text: string, dot: number): number {
  let j = dot;
  while (j > 0 && !isSpace(text.charAt(j - 1)) && !isOpener(text.charAt(j - 1)) && !isBullet(text.charAt(j - 1))) j -= 1;
  return j;
}

function readWord(text: string, index: number): string {
  let j = index;
  while (j < text.length && isOpener(text.charAt(j))) j += 1;
  let k = j;
  while (k < text.length && isLetter(text.charAt(k))) k += 1;
  return text.slice(j, k);
}

function isInitial(word: string): boolean {
  return word.length === 1 && isUpper(word);
}

function isSingleLetter(word: string): boolean {
  return word.length === 1 && isLetter(word);
}

/**
 * "1." or "a." or "iv." is a list marker as the first token of a sentence (after a bullet), or anywhere in a
 * sentence that began with one ("1. The first item 2. The second item": the list splitter cuts there).
 */
function isListMarkerWord(text: string, word: string, wordStart: number, sentenceStart: number): boolean {
  if (!/^(?:\d{1,3}|\p{L}|[ivxIVX]{1,4})$/u.test(word)) return false;
  const lead = text.slice(sentenceStart, wordStart);
  if (/^[\s\p{Pd}•⁃▪●◦‣∙■►▸(]*$/u.test(lead)) return true;
  const trimmed = lead.replace(/^[\s•⁃▪●◦‣∙■►▸]+/u, '');
  const before = text.charAt(wordStart - 1);
  return (isSpace(before) || isBullet(before)) && isListMarkerAt(trimmed, 0);
}

/** "Tuesday.Mr" (no space after a full stop): the abbreviation is the part after the last period. */
function findGluedAbbreviationClass(word: string, language: LanguageCode): AbbreviationClass | null {
  const dot = word.lastIndexOf('.');
  if (dot < 2 || isDottedAbbreviation(word)) return null;
  return findAbbreviationClass(word.slice(dot + 1), language);
}

/** "U.S", "e.g", "Ph.D", "т.е": short letter groups joined by periods (not a URL or a file name). */
function isDottedAbbreviation(word: string): boolean {
  return /^(?:[\p{L}]{1,4}\.)+[\p{L}]{1,4}$/u.test(word);
}

/** "NANJING. KAZINFORM - …": a news agency dateline opens the sentence rather than being one. */
function isDatelineCity(text: string, word: string, wordStart: number, next: number, sentenceStart: number): boolean {
  if (!/^\p{Lu}{2,}$/u.test(word) || text.slice(sentenceStart, wordStart).trim() !== '') return false;
  return /^\p{Lu}{2,}\s+\p{Pd}/u.test(text.slice(next, next + 40));
}

/** "At 5 a.m. Mr. Smith went…": a time at the very start of a sentence does not end it. */
function isShortTimeOpener(lead: string): boolean {
  return /^\s*(?:\p{L}+\s+)?\d[\d:.]*\s*$/u.test(lead);
}

function firstCharOfPreviousWord(text: string, wordStart: number): string {
  let j = wordStart - 1;
  while (j >= 0 && isSpace(text.charAt(j))) j -= 1;
  let k = j;
  while (k > 0 && isLetter(text.charAt(k - 1))) k -= 1;
  return j >= 0 ? text.charAt(k) : '';
}
