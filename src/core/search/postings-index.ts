// A compact inverted index for the library's search. MiniSearch's term dictionary (its radix tree, which finds
// words by prefix and by edit distance) maps each word to a number; the postings, which document holds the
// word, in which fields and how often, live in typed arrays: eight bytes a posting. MiniSearch's own index
// keeps them in a Map per word and field, which at a year's library (100,000 claims) took 380 MB and 115 ms
// a query; this takes a tenth of both.
import SearchableMap from 'minisearch/SearchableMap';
import { tokenize } from './tokenize';

/** One word of a query, as the dictionary's words that stand for it, each with how much a match counts. */
export interface QueryWord {
  expansions: readonly Expansion[];
}

export interface Expansion {
  term: string;
  termId: number;
  weight: number;
}

export interface ScoredSlot {
  slot: number;
  score: number;
}

export interface MatchDetail {
  /** For each field, how many of the query's words were found in it. */
  wordsPerField: number[];
  /** The dictionary words that matched, for highlighting. */
  terms: string[];
}

export interface ExpandOptions {
  isPrefix: boolean;
  maxEditDistance: number;
}

/** Okapi BM25's usual constants: how fast repeats stop counting, and how much a long document is discounted. */
const K1 = 1.2;
const B = 0.7;
/** A word found as the start of a longer one, or with a typo, counts less than the word itself (as in MiniSearch). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** A one-letter prefix could stand for thousands of words: the most common of them are enough. */
const MAX_PREFIX_EXPANSIONS = 400;
/** Postings are 2 numbers: the document's slot, then its weighted count (high 24 bits) and field mask (low 8). */
const STRIDE = 2;
const MAX_FIELDS = 8;
const MAX_WEIGHTED_COUNT = 0xff_ffff;
/**
 * Removed documents' postings are dropped, and the room kept for growth given back, by a tidying pass once
 * either is this share of what the postings hold: a pass over every word at once would stall a large library.
 */
const UNTIDY_SHARE = 0.25;

export class PostingsIndex {
  readonly #boosts: readonly number[];
  readonly #terms = new SearchableMap<number>();
  readonly #termNames: string[] = [];
  #postings: Uint32Array[] = [];
  #used: number[] = [];
  /** Per slot: its length in words, whether it is live, and how many postings it has. */
  #lengths = new Float64Array(1024);
  #isLive = new Uint8Array(1024);
  #postingCounts = new Uint32Array(1024);
  #slotCount = 0;
  #liveCount = 0;
  #liveLength = 0;
  #allPostings = 0;
  #deadPostings = 0;
  /** Room the postings' arrays hold, in postings: used, dead, and kept for growth. */
  #capacity = 0;
  /** Where a tidying pass under way has got to (a word's number), or -1. */
  #tidyCursor = -1;
  /** Scratch space for one query, reused: the score and the number of query words each slot has matched. */
  #scores = new Float64Array(0);
  #matched = new Uint8Array(0);

  /** `boosts[f]`: how much a word in field f counts (fields are numbered by their place in add's list). */
  constructor(boosts: readonly number[]) {
    if (boosts.length > MAX_FIELDS) throw new Error(`At most ${MAX_FIELDS} fields.`);
    this.#boosts = boosts;
  }

  get liveCount(): number {
    return this.#liveCount;
  }

  get termCount(): number {
    return this.#terms.size;
  }

  /** Indexes one document, its fields' texts in the order of the boosts; returns its slot. */
  add(fields: readonly (string | undefined)[]): number {
    const slot = this.#slotCount;
    this.#growSlots(slot + 1);
    this.#slotCount += 1;
    const counts = new Map<string, { weighted: number; mask: number }>();
    let length = 0;
    fields.forEach((text, field) => {
      if (!text) return;
      const weight = Math.round(2 * (this.#boosts[field] ?? 1));
      for (const term of tokenize(text)) {
        length += 1;
        const count = counts.get(term);
        if (count) {
          count.weighted += weight;
          count.mask |= 1 << field;
        } else {
          counts.set(term, { weighted: weight, mask: 1 << field });
        }
      }
    });
    for (const [term, { weighted, mask }] of counts) {
      this.#append(this.#termIdOf(term), slot, (Math.min(weighted, MAX_WEIGHTED_COUNT) << 8) | mask);
    }
    this.#lengths[slot] = length;
    this.#isLive[slot] = 1;
    this.#postingCounts[slot] = counts.size;
    this.#liveCount += 1;
    this.#liveLength += length;
    this.#allPostings += counts.size;
    return slot;
  }

  /** Takes a document out of every search at once; its postings go at the next compaction. */
  remove(slot: number): void {
    if (slot >= this.#slotCount || this.#isLive[slot] !== 1) return;
    this.#isLive[slot] = 0;
    this.#liveCount -= 1;
    this.#liveLength -= this.#lengths[slot] ?? 0;
    this.#deadPostings += this.#postingCounts[slot] ?? 0;
  }

  /** Whether removed documents' postings, or room kept for growth, are worth a tidying pass. */
  get isUntidy(): boolean {
    if (this.#tidyCursor >= 0) return true;
    const held = this.#allPostings - this.#deadPostings;
    return this.#deadPostings > UNTIDY_SHARE * this.#allPostings || this.#capacity - held > UNTIDY_SHARE * this.#capacity;
  }

  /**
   * Tidies the postings of the next words, about `maxPostings` of them: drops removed documents' postings,
   * forgets words no live document has, and gives back room kept for growth. True once the pass is finished.
   */
  tidy(maxPostings = Number.POSITIVE_INFINITY): boolean {
    if (this.#tidyCursor < 0) this.#tidyCursor = 0;
    let budget = maxPostings;
    while (this.#tidyCursor < this.#postings.length && budget > 0) {
      budget -= this.#tidyTerm(this.#tidyCursor) + 1;
      this.#tidyCursor += 1;
    }
    if (this.#tidyCursor < this.#postings.length) return false;
    this.#tidyCursor = -1;
    return true;
  }

  /** The dictionary's words a query word stands for: itself, longer words it starts, words a typo away. */
  expand(term: string, { isPrefix, maxEditDistance }: ExpandOptions): QueryWord {
    const found = new Map<number, Expansion>();
    const offer = (key: string, termId: number, weight: number) => {
      const known = found.get(termId);
      if (!known || known.weight < weight) found.set(termId, { term: key, termId, weight });
    };
    const exact = this.#terms.get(term);
    if (exact !== undefined) offer(term, exact, 1);
    if (isPrefix) {
      const longer: [string, number][] = [];
      for (const [key, termId] of this.#terms.atPrefix(term)) if (key !== term) longer.push([key, termId]);
      if (longer.length > MAX_PREFIX_EXPANSIONS) {
        longer.sort((a, b) => this.#documentFrequency(b[1]) - this.#documentFrequency(a[1]) || (a[0] < b[0] ? -1 : 1));
        longer.length = MAX_PREFIX_EXPANSIONS;
      }
      for (const [key, termId] of longer) {
        offer(key, termId, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (key.length - term.length)));
      }
    }
    if (maxEditDistance > 0) {
      for (const [key, [termId, distance]] of this.#terms.fuzzyGet(term, maxEditDistance)) {
        if (distance > 0) offer(key, termId, (FUZZY_WEIGHT * term.length) / (term.length + distance));
      }
    }
    return { expansions: [...found.values()] };
  }

  /**
   * The live slots that match every query word (through any of its expansions) and pass `isKept`, with their
   * BM25 scores, best first.
   */
  search(words: readonly QueryWord[], isKept: (slot: number) => boolean): ScoredSlot[] {
    if (words.length === 0 || words.length > 255 || words.some((word) => word.expansions.length === 0)) return [];
    this.#growScratch();
    const scores = this.#scores;
    const matched = this.#matched;
    // The rarest word first: it decides the candidates, and every later word only looks at those.
    const ordered = [...words].sort((a, b) => this.#postingsOf(a) - this.#postingsOf(b));
    const candidates: number[] = [];
    const averageLength = this.#liveCount > 0 ? this.#liveLength / this.#liveCount : 1;
    ordered.forEach((word, index) => {
      for (const { termId, weight } of word.expansions) {
        const postings = this.#postings[termId] as Uint32Array;
        const used = this.#used[termId] ?? 0;
        const idf = this.#idf(termId);
        for (let at = 0; at < used; at += STRIDE) {
          const slot = postings[at] as number;
          const seen = matched[slot] as number;
          if (seen !== index && seen !== index + 1) continue;
          if (index === 0 && seen === 0) {
            if (this.#isLive[slot] !== 1 || !isKept(slot)) continue;
            candidates.push(slot);
          }
          matched[slot] = index + 1;
          const count = ((postings[at + 1] as number) >>> 8) / 2;
          const norm = count + K1 * (1 - B + (B * (this.#lengths[slot] as number)) / averageLength);
          scores[slot] = (scores[slot] as number) + (weight * idf * count * (K1 + 1)) / norm;
        }
      }
    });
    const results: ScoredSlot[] = [];
    for (const slot of candidates) {
      if (matched[slot] === ordered.length) results.push({ slot, score: scores[slot] as number });
      matched[slot] = 0;
      scores[slot] = 0;
    }
    return results.sort((a, b) => b.score - a.score || a.slot - b.slot);
  }

  /** Where a matched slot holds the query's words: for the few hits a page shows, not for every candidate. */
  describeMatch(slot: number, words: readonly QueryWord[]): MatchDetail {
    const wordsPerField = new Array<number>(this.#boosts.length).fill(0);
    const terms: string[] = [];
    for (const word of words) {
      let mask = 0;
      for (const { term, termId } of word.expansions) {
        const found = this.#findPosting(termId, slot);
        if (found < 0) continue;
        mask |= found & 0xff;
        terms.push(term);
      }
      for (let field = 0; field < wordsPerField.length; field += 1) {
        if (mask & (1 << field)) wordsPerField[field] = (wordsPerField[field] as number) + 1;
      }
    }
    return { wordsPerField, terms };
  }

  #termIdOf(term: string): number {
    const known = this.#terms.get(term);
    if (known !== undefined) return known;
    const termId = this.#postings.length;
    this.#terms.set(term, termId);
    this.#termNames.push(term);
    this.#postings.push(new Uint32Array(STRIDE));
    this.#capacity += 1;
    this.#used.push(0);
    return termId;
  }

  #append(termId: number, slot: number, packed: number): void {
    let postings = this.#postings[termId] as Uint32Array;
    const used = this.#used[termId] ?? 0;
    if (used + STRIDE > postings.length) {
      const grown = new Uint32Array(Math.max(STRIDE * 2, postings.length * 2));
      grown.set(postings);
      this.#capacity += (grown.length - postings.length) / STRIDE;
      this.#postings[termId] = postings = grown;
    }
    postings[used] = slot;
    postings[used + 1] = packed;
    this.#used[termId] = used + STRIDE;
  }

  /** The packed count and fields of `slot` in a word's postings (sorted by slot), or -1. */
  #findPosting(termId: number, slot: number): number {
    const postings = this.#postings[termId];
    if (!postings) return -1;
    let low = 0;
    let high = (this.#used[termId] ?? 0) / STRIDE - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = postings[middle * STRIDE] as number;
      if (found === slot) return postings[middle * STRIDE + 1] as number;
      if (found < slot) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  #documentFrequency(termId: number): number {
    return (this.#used[termId] ?? 0) / STRIDE;
  }

  #postingsOf(word: QueryWord): number {
    return word.expansions.reduce((sum, { termId }) => sum + this.#documentFrequency(termId), 0);
  }

  #idf(termId: number): number {
    const frequency = this.#documentFrequency(termId);
    return Math.log(1 + (this.#liveCount - frequency + 0.5) / (frequency + 0.5));
  }

  /** Tidies one word's postings; how many it looked at. */
  #tidyTerm(termId: number): number {
    const postings = this.#postings[termId] as Uint32Array;
    const used = this.#used[termId] ?? 0;
    let kept = 0;
    for (let at = 0; at < used; at += STRIDE) {
      const slot = postings[at] as number;
      if (this.#isLive[slot] !== 1) continue;
      postings[kept] = slot;
      postings[kept + 1] = postings[at + 1] as number;
      kept += STRIDE;
    }
    this.#used[termId] = kept;
    const dropped = (used - kept) / STRIDE;
    this.#allPostings -= dropped;
    this.#deadPostings -= dropped;
    if (kept === 0 && used > 0) {
      // The word's number stays taken (numbers are array places); it is simply not in the dictionary.
      this.#terms.delete(this.#termNames[termId] as string);
    }
    if (kept < postings.length) {
      const fitted = kept === 0 ? new Uint32Array(0) : postings.slice(0, kept);
      this.#capacity += (fitted.length - postings.length) / STRIDE;
      this.#postings[termId] = fitted;
    }
    return used / STRIDE;
  }

  #growSlots(needed: number): void {
    if (needed <= this.#lengths.length) return;
    const size = Math.max(needed, this.#lengths.length * 2);
    const lengths = new Float64Array(size);
    lengths.set(this.#lengths);
    this.#lengths = lengths;
    const isLive = new Uint8Array(size);
    isLive.set(this.#isLive);
    this.#isLive = isLive;
    const postingCounts = new Uint32Array(size);
    postingCounts.set(this.#postingCounts);
    this.#postingCounts = postingCounts;
  }

  #growScratch(): void {
    if (this.#scores.length >= this.#slotCount) return;
    const size = Math.max(this.#slotCount, this.#lengths.length);
    this.#scores = new Float64Array(size);
    this.#matched = new Uint8Array(size);
  }
}
