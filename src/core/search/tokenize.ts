// Words for the search index, with where each sits in the text (for highlighting). Letters and digits make a
// word ("9.2" and "2,000" stay whole); Chinese and Japanese, written without spaces, are indexed as
// overlapping character pairs, so a query of two or more characters finds them anywhere in a run.

export interface Token {
  term: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:[.,]\p{N}+)*/gu;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ASCII = /^[ -~]*$/u;
const LATIN_WITH_MARKS = /([a-z])\p{M}+/gu;

/**
 * Case and accents folded: "Café" and "cafe" are one word. Marks are dropped only from Latin letters, so
 * Cyrillic "й" stays apart from "и"; "ё" is written "е" as often as not, so the two are one.
 */
export function foldTerm(word: string): string {
  // Most words are plain ASCII: normalising them (twice) was a third of the time to build the index.
  if (ASCII.test(word)) return word.toLowerCase();
  return word.toLowerCase().normalize('NFD').replace(LATIN_WITH_MARKS, '$1').normalize('NFC').replace(/ё/gu, 'е');
}

export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    if (!HAS_CJK.test(word)) {
      tokens.push({ term: foldTerm(word), start, end: start + word.length });
      continue;
    }
    let last = 0;
    for (const run of word.matchAll(CJK_RUN)) {
      if (run.index > last) pushWord(tokens, word.slice(last, run.index), start + last);
      pushPairs(tokens, run[0], start + run.index);
      last = run.index + run[0].length;
    }
    if (last < word.length) pushWord(tokens, word.slice(last), start + last);
  }
  return tokens;
}

export function tokenize(text: string): string[] {
  return tokenizeWithOffsets(text).map((token) => token.term);
}

function pushWord(tokens: Token[], word: string, start: number): void {
  tokens.push({ term: foldTerm(word), start, end: start + word.length });
}

/** A run of one character is that character; a longer run is every pair of neighbours in it. */
function pushPairs(tokens: Token[], run: string, start: number): void {
  const chars = Array.from(run);
  if (chars.length === 1) {
    tokens.push({ term: run, start, end: start + run.length });
    return;
  }
  let offset = start;
  for (let index = 0; index + 1 < chars.length; index += 1) {
    const first = chars[index] as string;
    const pair = first + (chars[index + 1] as string);
    tokens.push({ term: pair, start: offset, end: offset + pair.length });
    offset += first.length;
  }
}
