// Finds where sentences end inside one line unit: full stops, question and exclamation marks,
// ellipses and CJK stops, with the quotes and brackets that close after them.
import type { TextSpan } from '../../shared/analysis';
import type { LanguageCode } from '../../shared/model';
import {
  findFirstWordChar,
  isBullet,
  isCaselessLetter,
  isCjkStop,
  isCloser,
  isDash,
  isDigit,
  isCurrency,
  isLatinStop,
  isLower,
  isSpace,
  isUpper,
} from './char-classes';
import { isListMarkerAt } from './list-markers';
import { isBoundaryAfterPeriod, isBoundaryAtGluedPeriod } from './period-rules';

/** What follows a terminator, once closing quotes and brackets are passed. */
interface Following {
  /** Index of the first non-space character, or -1 at the end of the unit. */
  index: number;
  hasSpace: boolean;
}

/** Returns the offsets just after each sentence-ending run of punctuation (the unit end is not included). */
export function findSentenceEnds(text: string, unit: TextSpan, language: LanguageCode): number[] {
  const ends: number[] = [];
  let sentenceStart = unit.start;
  let titleDepth = 0;
  let i = unit.start;
  while (i < unit.end) {
    const ch = text.charAt(i);
    // Chinese book-title brackets: 《摔跤吧！爸爸》 is a name, not two sentences.
    if (ch === '《' || ch === '〈') titleDepth += 1;
    else if ((ch === '》' || ch === '〉') && titleDepth > 0) titleDepth -= 1;
    if (titleDepth > 0 || !(isCjkStop(ch) || isLatinStop(ch))) {
      i += 1;
      continue;
    }
    const end = decideEnd(text, i, unit, sentenceStart, language);
    if (end.boundary !== null) {
      ends.push(end.boundary);
      sentenceStart = end.boundary;
    }
    i = Math.max(end.resume, i + 1);
  }
  return ends;
}

interface EndDecision {
  /** Where the sentence ends, or null when this punctuation does not end one. */
  boundary: number | null;
  /** Where to continue scanning. */
  resume: number;
}

function decideEnd(text: string, i: number, unit: TextSpan, sentenceStart: number, language: LanguageCode): EndDecision {
  const ch = text.charAt(i);
  if (isCjkStop(ch)) {
    const after = passClosers(text, passStops(text, i, unit.end), unit.end);
    return { boundary: after, resume: after };
  }
  if (ch === '.' && (text.charAt(i + 1) === '.' || text.charAt(i + 1) === ' ')) {
    const ellipsis = decideEllipsis(text, i, unit, language);
    if (ellipsis) return ellipsis;
  }
  if (ch === '…') return decideDots(text, i, passStops(text, i, unit.end), unit, language);
  if ((ch === '!' || ch === '?') && (i === unit.start || isSpace(text.charAt(i - 1)))) {
    return { boundary: null, resume: i + 1 }; // "!Kung": a letter, not the end of anything
  }
  if (ch === '.' && isInsideAddress(text, i, unit)) return { boundary: null, resume: i + 1 };
  if (ch === '.' && isDigit(text.charAt(i + 1))) return { boundary: null, resume: i + 1 }; // 3.5, $.50

  const runEnd = passStops(text, i, unit.end);
  const after = passClosers(text, runEnd, unit.end);
  const next = findFollowing(text, after, unit.end);
  if (next.index < 0) return { boundary: after, resume: after };
  const isPlainPeriod = ch === '.' && runEnd === i + 1;
  if (!next.hasSpace) {
    const glued = isPlainPeriod && after === runEnd && isBoundaryAtGluedPeriod(text, i, unit);
    return { boundary: glued ? after : null, resume: after };
  }
  const isBoundary = isPlainPeriod
    ? isBoundaryAfterPeriod(text, i, next.index, sentenceStart, language)
    : isBoundaryAfterMark(text, next.index, language, runEnd > i + 1 ? 'dots' : after > runEnd ? 'quoted' : 'mark');
  return { boundary: isBoundary ? after : null, resume: after };
}

/**
 * After '!', '?' or a run like '?!': ends the sentence unless what follows continues it.
 * `run` is 'quoted' when a closing quote or bracket follows the single mark.
 */
function isBoundaryAfterMark(text: string, next: number, language: LanguageCode, run: 'dots' | 'mark' | 'quoted'): boolean {
  const ch = text.charAt(next);
  if (ch === ',' || ch === ';' || ch === ':' || isDash(ch)) return false;
  if (isBullet(ch) || isListMarkerAt(text, next)) return true;
  const first = findFirstWordChar(text, next);
  // Kazakh "кім? не?" are two questions; in «Не болды?» деп сұрады the quotation goes on.
  if (isLower(first)) return language === 'kk' && run === 'mark';
  return isUpper(first) || isDigit(first) || isCaselessLetter(first) || isCurrency(first);
}

/** Ellipses: "...", "…", ". . .", ". . . ." and a period followed by a spaced ellipsis. */
function decideEllipsis(text: string, i: number, unit: TextSpan, language: LanguageCode): EndDecision | null {
  if (text.charAt(i + 1) === '.') {
    const runEnd = passDots(text, i, unit.end);
    // "[...]" marks an omission inside a quotation.
    if ((text.charAt(i - 1) === '[' || text.charAt(i - 1) === '(') && isCloser(text.charAt(runEnd))) {
      return { boundary: null, resume: runEnd };
    }
    return decideDots(text, i, passStops(text, i, unit.end), unit, language);
  }
  const spaced = countSpacedDots(text, i, unit.end);
  if (spaced.count < 3) return null;
  const isAttached = i > unit.start && !isSpace(text.charAt(i - 1));
  const after = passClosers(text, spaced.end, unit.end);
  const next = findFollowing(text, after, unit.end);
  if (next.index < 0) return { boundary: after, resume: after };
  const first = findFirstWordChar(text, next.index);
  const startsSentence = next.hasSpace && (isUpper(first) || isDigit(first));
  if (isAttached) {
    // "compounds. . . . The practice": the period ends the sentence; ". . ." opens the next one.
    return startsSentence && spaced.count >= 4 ? { boundary: i + 1, resume: i + 1 } : { boundary: null, resume: i + 1 };
  }
  // A free-standing ". . ." never ends a sentence; ". . . ." (an ellipsis and a period) may.
  return { boundary: spaced.count >= 4 && startsSentence ? after : null, resume: spaced.end };
}

/** "...", "....", "…": ends the sentence only when a capitalised word follows after a space. */
function decideDots(text: string, i: number, runEnd: number, unit: TextSpan, language: LanguageCode): EndDecision {
  const after = passClosers(text, runEnd, unit.end);
  const next = findFollowing(text, after, unit.end);
  if (next.index < 0) return { boundary: after, resume: after };
  if (!next.hasSpace) return { boundary: null, resume: after };
  const hasMark = /[!?]/.test(text.slice(i, runEnd));
  const first = findFirstWordChar(text, next.index);
  if (!hasMark && !isUpper(first)) return { boundary: null, resume: after };
  return { boundary: isBoundaryAfterMark(text, next.index, language, 'dots') ? after : null, resume: after };
}

function passStops(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && (isLatinStop(text.charAt(j)) || isCjkStop(text.charAt(j)))) j += 1;
  return j;
}

function passDots(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && text.charAt(j) === '.') j += 1;
  return j;
}

/**
 * Closing quotes and brackets belong to the sentence they close, and so do punctuation after them ("?».")
 * and footnote marks ("martyr.[1]").
 */
function passClosers(text: string, i: number, end: number): number {
  let j = i;
  for (;;) {
    const ch = text.charAt(j);
    if (j < end && (isCloser(ch) || isLatinStop(ch) || isCjkStop(ch))) j += 1;
    else if (ch === '[' && FOOTNOTE.test(text.slice(j, j + 6))) j = text.indexOf(']', j) + 1;
    else return Math.min(j, end);
  }
}

const FOOTNOTE = /^\[\d{1,3}\]/;

function countSpacedDots(text: string, i: number, end: number): { count: number; end: number } {
  let count = 1;
  let j = i + 1;
  while (j + 1 < end && text.charAt(j) === ' ' && text.charAt(j + 1) === '.') {
    count += 1;
    j += 2;
  }
  return { count, end: j };
}

function findFollowing(text: string, i: number, end: number): Following {
  let j = i;
  while (j < end && isSpace(text.charAt(j))) j += 1;
  return { index: j < end ? j : -1, hasSpace: j > i };
}

/** Periods inside an e-mail address or a URL are not full stops (except the one after it). */
function isInsideAddress(text: string, i: number, unit: TextSpan): boolean {
  let start = i;
  while (start > unit.start && !isSpace(text.charAt(start - 1))) start -= 1;
  let end = i;
  while (end < unit.end && !isSpace(text.charAt(end))) end += 1;
  const token = text.slice(start, end);
  if (!/@|:\/\/|^[("'«“]?www\./iu.test(token)) return false;
  return /[\p{L}\p{N}/_-]/u.test(text.slice(i + 1, end));
}
