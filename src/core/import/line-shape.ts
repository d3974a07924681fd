// Small measures of a line's shape shared by the boilerplate checks.

const SENTENCE_ENDING = /[.!?。！？…]["'»”’)）]*$/u;
const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const HAN = /\p{Script=Han}/gu;

/** The line as looked up in a table of whole lines: lower case, no punctuation at the edges. */
export function makeLookupKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(EDGE_PUNCTUATION, '').replace(/\s+/gu, ' ');
}

export function hasSentenceEnding(text: string): boolean {
  return SENTENCE_ENDING.test(text.trim());
}

/** Words, counting two Han characters as one word since Chinese has no spaces. */
export function countWords(text: string): number {
  const hanCount = text.match(HAN)?.length ?? 0;
  const spacedWords = text.replace(HAN, ' ').split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return spacedWords + Math.ceil(hanCount / 2);
}

/** A full sentence rather than a label: ends like one and has more than a few words. */
export function looksLikeSentence(text: string): boolean {
  return hasSentenceEnding(text) && countWords(text) > 3;
}

export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(text));
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
