// A cheap test of whether a word list could match a sentence at all, so that its (much slower) regular
// expression runs only where it might find something. Most lists match few sentences.

/** Entries are told by their first three to five letters (or a whole shorter word). */
const SHORTEST_BEGINNING = 3;
const LONGEST_BEGINNING = 5;

/** What the tests look at in a sentence, worked out once per sentence. */
export interface SentenceKeys {
  /** The lower-cased first three, four and five letters of every word (the word itself when shorter). */
  beginnings: Set<string>;
  lower: string;
}

export function describeSentence(sentence: string): SentenceKeys {
  const lower = sentence.toLowerCase();
  const beginnings = new Set<string>();
  for (const [word] of lower.matchAll(/\p{L}+/gu)) {
    for (let length = SHORTEST_BEGINNING; length <= LONGEST_BEGINNING; length += 1) beginnings.add(word.slice(0, length));
  }
  return { beginnings, lower };
}

/** A list could match if a word begins with one of `beginnings` or the text contains one of `fragments`. */
export interface ListTest {
  beginnings: Set<string>;
  fragments: string[];
}

/**
 * The test for a list of entries (regular-expression sources), or null when some entry can match
 * without any telltale letters ("hi", "©", "\p{L}+"): then the list always runs.
 */
export function compileListTest(entries: readonly string[]): ListTest | null {
  const test: ListTest = { beginnings: new Set(), fragments: [] };
  for (const entry of entries) {
    if (!addEntry(entry.replace(/^\^/u, ''), test)) return null;
  }
  return test;
}

export function mayMatch(test: ListTest | null, keys: SentenceKeys): boolean {
  if (test === null) return true;
  for (const beginning of test.beginnings) if (keys.beginnings.has(beginning)) return true;
  return test.fragments.some((fragment) => keys.lower.includes(fragment));
}

/** Adds what an entry needs to the test; false when nothing can be told. */
function addEntry(entry: string, test: ListTest): boolean {
  // "\p{L}+er than", "\p{L}+'ll", "\p{L}{2,}ed": any word, then a literal ending that must be there.
  const open = /^\\p\{L\}(?:[+*]|\{\d+,\d*\})/u.exec(entry);
  if (open) {
    const rest = entry.slice(open[0].length);
    // "…er than": "than" is a whole word that must be there.
    const word = /^['’\p{L}]*(?: |\\s\+)(\p{L}+)(?:$| |\\s)/u.exec(rest)?.[1];
    if (word && word.length >= SHORTEST_BEGINNING) {
      test.beginnings.add(word.toLowerCase().slice(0, LONGEST_BEGINNING));
      return true;
    }
    const ending = /^['’\p{L}]+/u.exec(rest)?.[0] ?? '';
    if (ending.length < 2) return false;
    test.fragments.push(ending.toLowerCase());
    return true;
  }
  // "©": a symbol that is its own telltale.
  if (/^[^\p{L}\p{N}\s\\^$.|?*+()[\]{}]+$/u.test(entry)) {
    test.fragments.push(entry);
    return true;
  }
  // "(?:the )?most …": whatever the optional words, "most" must be there.
  const optional = /^\(\?:[\p{L} ]+\)\?/u.exec(entry);
  if (optional) return addEntry(entry.slice(optional[0].length), test);
  // "all rights reserved": every word must be there, so the rarest (longest) one tells best.
  if (/^[\p{L}'’ -]+$/u.test(entry)) {
    const longest = entry.split(/[^\p{L}]+/u).reduce((best, word) => (word.length > best.length ? word : best), '');
    if (longest === '') return false;
    test.beginnings.add(longest.toLowerCase().slice(0, LONGEST_BEGINNING));
    return true;
  }
  // "(?:dollars|euros)…": each alternative of a leading plain group is a start of its own.
  const group = /^\(\?:([\p{L}|]+)\)/u.exec(entry);
  const heads = group ? (group[1] ?? '').split('|').map((head) => head + entry.slice(group[0].length)) : [entry];
  for (const head of heads) {
    const letters = /^\p{L}+/u.exec(head)?.[0] ?? '';
    const rest = head.slice(letters.length);
    // "dollars?" surely starts "dollar": a letter before ?, * or { may be absent.
    const sure = /^[?*{]/u.test(rest) ? letters.slice(0, -1) : letters;
    if (sure.length === 0) return false;
    // A short entry is told by its whole word only ("at least", "hi"), not by a prefix of it.
    if (sure.length < SHORTEST_BEGINNING && (sure.length < letters.length || !/^(?:\s|\\s|['’]|$)/u.test(rest))) return false;
    test.beginnings.add(sure.toLowerCase().slice(0, LONGEST_BEGINNING));
  }
  return true;
}
