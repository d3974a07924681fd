// The inputs of the claim model for one sentence: the detector's features (which carry across
// languages through per-language word lists), the sentence's shape, and, for English, its words.
import type { FeatureMatch } from '../features';
import { tokenizeForModel } from './model-tokens';

const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s"'“”«»<>]+/giu;

/**
 * The sentence with web addresses blanked out (same length, so offsets hold): an address says nothing
 * about the claim, but its digits would read as figures.
 */
export function maskWebAddresses(sentence: string): string {
  if (!sentence.includes('://') && !sentence.includes('www.')) return sentence;
  return sentence.replace(WEB_ADDRESS, (address) => ' '.repeat(address.length));
}

/** Sparse feature vector: parallel names and values. */
export interface ModelInput {
  names: string[];
  values: number[];
}

const PREFIX_LENGTH = 5;
const LENGTH_BUCKETS = [4, 8, 13, 20, 30] as const;

function lengthBucket(words: number): string {
  const index = LENGTH_BUCKETS.findIndex((limit) => words < limit);
  return `len:${index < 0 ? LENGTH_BUCKETS.length : index}`;
}

/**
 * Model inputs of a sentence. `features` are the detector's matches; `words` adds English word unigrams
 * and bigrams (the word model only exists for English, where the labelled data is).
 */
export function collectModelInput(sentence: string, features: readonly FeatureMatch[], words: boolean): ModelInput {
  const names: string[] = [];
  const values: number[] = [];
  const counts = new Map<string, number>();
  for (const { feature } of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  for (const [feature, count] of counts) {
    names.push(`f:${feature}`);
    values.push(1);
    // Repeats add a little: three dates are more checkable than one, but not three times as much.
    if (count > 1) {
      names.push(`n:${feature}`);
      values.push(Math.min(count, 4) - 1);
    }
  }
  // Pairs of features: a figure with an attribution says more than either alone, a figure in a question less.
  const present = [...counts.keys()].sort();
  for (let i = 0; i < present.length; i += 1) {
    for (let j = i + 1; j < present.length; j += 1) {
      names.push(`p:${present[i]}|${present[j]}`);
      values.push(1);
    }
  }
  const tokens = words ? tokenizeForModel(sentence) : [];
  const wordCount = words ? tokens.length : countWords(sentence);
  names.push(lengthBucket(wordCount));
  values.push(1);
  if (/\p{N}/u.test(sentence)) {
    names.push('s:digit');
    values.push(1);
  }
  if (words) {
    // Presence, not counts: each input once however often it occurs.
    const seen = new Set<string>();
    const add = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      names.push(name);
      values.push(1);
    };
    let previous = '<s>';
    for (const token of tokens) {
      add(`w:${token}`);
      add(`b:${previous} ${token}`);
      // Word beginnings carry across inflections: "taxes", "taxation" → "taxat", "taxes".
      if (token.length >= PREFIX_LENGTH && token.charCodeAt(0) !== 60 /* < */) add(`x:${token.slice(0, PREFIX_LENGTH)}`);
      previous = token;
    }
  }
  return { names, values };
}

/** Words in a sentence; Chinese, written without spaces, counts about one word per two characters. */
function countWords(sentence: string): number {
  let words = 0;
  let han = 0;
  for (const match of sentence.matchAll(/\p{Script=Han}|[\p{L}\p{N}]+/gu)) {
    if (match[0].length === 1 && /\p{Script=Han}/u.test(match[0])) han += 1;
    else words += 1;
  }
  return words + Math.ceil(han / 2);
}
