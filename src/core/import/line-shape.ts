// Small measures of a line's shape shared by the boilerplate checks.

const SENTENCE_ENDERS = new Set(['.', '!', '?', '。', '！', '？', '…']);
const CLOSING_MARKS = new Set(['"', "'", '»', '”', '’', ')', '）']);
const WORD_SEPARATOR = /[\s|/•·]/u;
/** Whitespace other than single spaces, which the lookup key turns into single spaces. */
const LOOSE_WHITESPACE = /\s\s|[^\S ]/u;
const EDGE_CHARACTER = /[\s\p{P}\p{S}]/u;
const HAN = /\p{Script=Han}/gu;
const HAS_HAN = /\p{Script=Han}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The line as looked up in a table of whole lines: lower case, no punctuation at the edges. */
export function makeLookupKey(text: string): string {
  const normalized = text.normalize('NFC').toLowerCase();
  // Trimmed by hand: a regular expression anchored at the end tries every position of a long line.
  let start = 0;
  let end = normalized.length;
  while (start < end) {
    const size = (normalized.codePointAt(start) ?? 0) > 0xffff ? 2 : 1;
    if (!EDGE_CHARACTER.test(normalized.slice(start, start + size))) break;
    start += size;
  }
  while (end > start) {
    const size = end - start >= 2 && (normalized.codePointAt(end - 2) ?? 0) > 0xffff ? 2 : 1;
    if (!EDGE_CHARACTER.test(normalized.slice(end - size, end))) break;
    end -= size;
  }
  const key = normalized.slice(start, end);
  return LOOSE_WHITESPACE.test(key) ? key.replace(/\s+/gu, ' ') : key;
}

/** Ends in a full stop, question or exclamation mark or an ellipsis, maybe inside quotes or brackets. */
export function hasSentenceEnding(text: string): boolean {
  // Read from the end by hand: a pattern anchored at the end would try every position of a long line.
  let index = text.length - 1;
  while (index >= 0 && /\s/u.test(text.charAt(index))) index -= 1;
  while (index >= 0 && CLOSING_MARKS.has(text.charAt(index))) index -= 1;
  return index >= 0 && SENTENCE_ENDERS.has(text.charAt(index));
}

/** Words, counting two Han characters as one word since Chinese has no spaces. */
export function countWords(text: string): number {
  if (!HAS_HAN.test(text)) return countSpacedWords(text);
  const hanCount = text.match(HAN)?.length ?? 0;
  return countSpacedWords(text.replace(HAN, ' ')) + Math.ceil(hanCount / 2);
}

/** Runs between whitespace that hold a letter or a digit; by hand, as this is counted for every line. */
function countSpacedWords(text: string): number {
  let count = 0;
  let isInWord = false;
  let hasWordCharacter = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isWhitespace(code)) {
      if (hasWordCharacter) count += 1;
      isInWord = false;
      hasWordCharacter = false;
      continue;
    }
    isInWord = true;
    if (hasWordCharacter) continue;
    if (code < 0x80) {
      hasWordCharacter = (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
    } else {
      hasWordCharacter = WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(index) ?? code));
    }
  }
  return isInWord && hasWordCharacter ? count + 1 : count;
}

/** What `\s` matches. */
function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** A full sentence rather than a label: ends like one and has more than a few words. */
export function looksLikeSentence(text: string): boolean {
  return hasSentenceEnding(text) && countWords(text) > 3;
}

/** Patterns merged for yes-or-no tests; `caseless` ones are tested on the lower-cased line. */
export interface PatternSet {
  caseless: readonly RegExp[];
  cased: readonly RegExp[];
}

/** Escapes that mean the same whatever the case of the text, so a caseless pattern may hold them. */
const CASE_FREE_ESCAPES = /\\[pP]\{(?:L|N|P|S|Script=Han)\}|\\[SDWB]/gu;

/**
 * The patterns as few regular expressions: those with the same flags joined into one alternation, so a
 * line is read once rather than once a pattern. A case-insensitive pattern with no capital letters is run
 * without the flag on the lower-cased line, which Unicode case folding makes several times faster.
 * Named groups become plain ones; a pattern with a back-reference stays on its own.
 */
export function mergePatterns(patterns: readonly RegExp[]): PatternSet {
  const alone: RegExp[] = [];
  const byFlags = new Map<string, string[]>();
  for (const pattern of patterns) {
    if (/\\(?:[1-9]|k<)/u.test(pattern.source)) {
      alone.push(pattern);
      continue;
    }
    const isCaseless = pattern.flags.includes('i') && !/[A-Z]/u.test(pattern.source.replace(CASE_FREE_ESCAPES, ''));
    const flags = isCaseless ? `${pattern.flags.replace(/[gi]/gu, '')}~` : pattern.flags.replace('g', '');
    const source = `(?:${pattern.source.replace(/\(\?<(?![=!])[\p{L}\p{N}_$]+>/gu, '(?:')})`;
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), source]);
  }
  const merged = [...byFlags].map(([flags, sources]) => ({
    isCaseless: flags.endsWith('~'),
    pattern: new RegExp(sources.join('|'), flags.replace('~', '')),
  }));
  return {
    caseless: merged.filter((entry) => entry.isCaseless).map((entry) => entry.pattern),
    cased: [...merged.filter((entry) => !entry.isCaseless).map((entry) => entry.pattern), ...alone],
  };
}

/** `lower` is the line in lower case, when the caller has it already. */
export function matchesAny(text: string, { caseless, cased }: PatternSet, lower?: string): boolean {
  for (const pattern of cased) if (pattern.test(text)) return true;
  if (caseless.length === 0) return false;
  const lowerText = lower ?? text.toLowerCase();
  for (const pattern of caseless) if (pattern.test(lowerText)) return true;
  return false;
}

export function findGroup(text: string, patterns: readonly RegExp[], group: string): string | null {
  for (const pattern of patterns) {
    const value = pattern.exec(text)?.groups?.[group]?.trim();
    if (value !== undefined && value !== '') return value;
  }
  return null;
}

/** The line is two or more words, every one of them from `words` ("World Business Culture"). */
export function isMadeOfWords(key: string, words: ReadonlySet<string>): boolean {
  if (!WORD_SEPARATOR.test(key)) return false;
  const tokens = key.split(/[\s|/•·]+/u).filter((token) => /[\p{L}\p{N}]/u.test(token));
  return tokens.length >= 2 && tokens.every((token) => words.has(token));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One regular expression matching any of the words, longest first so "global edition" beats "edition". */
export function buildAlternation(words: Iterable<string>, flags: string): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(sorted.join('|'), flags);
}
