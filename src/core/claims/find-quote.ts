// Finding a quote of one text again in a changed version of it: where the exact words still stand, or else
// the passage they became (a figure corrected, a word changed), by word similarity and surrounding text.
import type { TextSpan } from '../../shared/analysis';
import type { LanguageCode } from '../../shared/model';
import { trimRange } from '../../shared/text-range';
import { splitSentences } from '../detect';

/** How much text on each side of a quote tells its occurrences apart. */
export const CONTEXT_CHARS = 60;
/** Word-level Dice similarity a changed passage needs to count as the same passage… */
export const MIN_SIMILARITY = 0.6;
/** …and, below this, also some of the same text around it (short sentences differ by one or two words). */
export const SURE_SIMILARITY = 0.8;
const MIN_SHARED_CONTEXT_CHARS = 16;
const CONTEXT_WEIGHT = 0.1;
/** An exact occurrence is sure if the quote is this long… */
const DISTINCTIVE_QUOTE_CHARS = 40;
/** …or this much of the context on its two sides is the same. */
const SURE_CONTEXT_SHARE = 0.25;
/** Position only breaks ties between otherwise equal candidates. */
const POSITION_WEIGHT = 0.001;
/** A few words of a quote can occur thousands of times; scoring more occurrences than this tells nothing new. */
const MAX_OCCURRENCES = 1_000;
/** Sentences sharing the most rare words with a passage: where a changed version of it is looked for. */
const MAX_SEED_SENTENCES = 16;
/** How many sentence entries of the word index one search may visit (common words are left out first). */
const POSTINGS_BUDGET = 5_000;
/** The rarest words of a passage are enough to find where it went. */
const MAX_SEED_WORDS = 12;
/** Candidates whose span is worked out (an alignment each), best first. */
const MAX_MAPPED_CANDIDATES = 4;
/** Word alignment beyond this many cells (two very long changed passages) keeps only the common ends. */
const MAX_ALIGNMENT_CELLS = 1_000_000;
/** A paragraph longer than this is split as part of the whole text. */
const MAX_PARAGRAPH_CHARS = 20_000;

interface Token {
  key: string;
  start: number;
  end: number;
  isWord: boolean;
}

const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
// Figures stay whole ("43.82", "5,000"); each Chinese or Japanese character is a word of its own; other
// punctuation counts for alignment but not for similarity.
const TOKEN = new RegExp(`(\\p{N}+(?:[.,]\\p{N}+)*)|([${CJK}])|((?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])+)|(\\S)`, 'gu');
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const BLANK_LINE = /\n[ \t]*\n/u;

function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.slice(from, to).matchAll(TOKEN)) {
    const start = from + match.index;
    tokens.push({ key: match[0].toLowerCase(), start, end: start + match[0].length, isWord: match[4] === undefined });
  }
  return tokens;
}

/** The words of a whole text (punctuation left out), as parallel arrays: one object per word would be slow. */
interface WordIndex {
  keys: string[];
  starts: number[];
  /** Each sentence's words: keys[from..to). */
  ranges: { from: number; to: number }[];
  /** Which sentences each word occurs in, in order. */
  postings: Map<string, number[]>;
  /** Scratch space for counting shared words per sentence; all zero between searches. */
  hitCounts: Uint16Array;
}

/** A text with its sentences and its word index, each worked out once, when first needed. */
export class IndexedText {
  private sentenceSpans: TextSpan[] | null = null;
  private wordIndex: WordIndex | null = null;

  constructor(
    readonly text: string,
    readonly language: LanguageCode,
  ) {}

  get sentences(): readonly TextSpan[] {
    this.sentenceSpans ??= splitSentences(this.text, this.language);
    return this.sentenceSpans;
  }

  get words(): WordIndex {
    this.wordIndex ??= buildWordIndex(this.text, this.sentences);
    return this.wordIndex;
  }

  /**
   * The sentences of the paragraph (between blank lines, which no sentence crosses) around a span: splitting
   * one paragraph rather than a long article when only a few quotes' sentences are needed.
   */
  sentencesAround(span: TextSpan): readonly TextSpan[] {
    if (this.sentenceSpans) return this.sentenceSpans;
    const from = findParagraphStart(this.text, span.start);
    const after = this.text.slice(span.end, span.end + MAX_PARAGRAPH_CHARS).search(BLANK_LINE);
    let to = after >= 0 ? span.end + after : -1;
    if (to < 0 && span.end + MAX_PARAGRAPH_CHARS >= this.text.length) to = this.text.length;
    if (from < 0 || to < 0) return this.sentences;
    const paragraph = this.text.slice(from, to);
    return splitSentences(paragraph, this.language).map((sentence) => ({ start: from + sentence.start, end: from + sentence.end }));
  }
}

/** Where the paragraph holding `at` starts (after a blank line, or at the text's start); -1 if too far back. */
function findParagraphStart(text: string, at: number): number {
  let lineEnd = text.lastIndexOf('\n', at - 1);
  while (lineEnd >= 0 && at - lineEnd <= MAX_PARAGRAPH_CHARS) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1);
    if (lineStart < 0) return 0;
    if (/^[ \t]*$/u.test(text.slice(lineStart + 1, lineEnd))) return lineEnd + 1;
    lineEnd = lineStart;
  }
  return lineEnd < 0 ? 0 : -1;
}

function buildWordIndex(text: string, sentences: readonly TextSpan[]): WordIndex {
  const keys: string[] = [];
  const starts: number[] = [];
  for (const match of text.matchAll(TOKEN)) {
    if (match[4] !== undefined) continue;
    keys.push(match[0].toLowerCase());
    starts.push(match.index);
  }
  const ranges: WordIndex['ranges'] = [];
  const postings = new Map<string, number[]>();
  let next = 0;
  sentences.forEach((sentence, index) => {
    while (next < keys.length && (starts[next] ?? 0) < sentence.start) next += 1;
    const from = next;
    for (; next < keys.length && (starts[next] ?? 0) < sentence.end; next += 1) {
      const key = keys[next] ?? '';
      const list = postings.get(key);
      if (!list) postings.set(key, [index]);
      else if (list.at(-1) !== index) list.push(index);
    }
    ranges.push({ from, to: next });
  });
  return { keys, starts, ranges, postings, hitCounts: new Uint16Array(sentences.length) };
}

/** A quote: [start, end) of a source text. */
export interface QuoteAnchor {
  source: IndexedText;
  start: number;
  end: number;
  /** Where the quote would be expected in the target (its old place, scaled); breaks ties. */
  expectedStart: number | null;
}

/** Where a quote is found in the target: its span and how well it fits (higher is better). */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
  /**
   * False for an exact occurrence of a few words with little of their context around them ("4.6 percent"
   * in another sentence): a changed version of the quote's own sentence is a likelier place.
   */
  isSure: boolean;
}

/**
 * Every occurrence of the quote's exact text in the target, best first: the ones whose surrounding text
 * matches the quote's most, then the ones nearest where it was expected. An occurrence inside a longer word
 * ("5 percent" in "15 percent") counts only if the quote itself was inside one.
 */
export function findExactQuote(target: IndexedText, anchor: QuoteAnchor): QuoteMatch[] {
  const { source, start, end } = anchor;
  const quote = source.text.slice(start, end);
  if (quote === '') return [];
  const isWordBefore = isWordCharAt(source.text, start - 1);
  const isWordAfter = isWordCharAt(source.text, end);
  const matches: QuoteMatch[] = [];
  for (let at = target.text.indexOf(quote); at >= 0 && matches.length < MAX_OCCURRENCES; at = target.text.indexOf(quote, at + 1)) {
    const atEnd = at + quote.length;
    if (!isWordBefore && isWordCharAt(target.text, at - 1) && isWordCharAt(quote, 0)) continue;
    if (!isWordAfter && isWordCharAt(target.text, atEnd) && isWordCharAt(quote, quote.length - 1)) continue;
    const context = measureContext(source.text, { start, end }, target.text, { start: at, end: atEnd });
    const share = (context.before + context.after) / (2 * CONTEXT_CHARS);
    const isSure = quote.length >= DISTINCTIVE_QUOTE_CHARS || share >= SURE_CONTEXT_SHARE;
    matches.push({ start: at, end: atEnd, score: share - positionPenalty(target, anchor, at), isSure });
  }
  return matches.sort((a, b) => b.score - a.score);
}

/**
 * Where the passage around the quote (its sentences) went when its words changed: the sentence, or run of
 * sentences, of the target most similar to it by words (Dice over word counts, at least MIN_SIMILARITY, and
 * SURE_SIMILARITY unless some of its surrounding text is the same) that is not found unchanged in the source,
 * with the quote's part of it found by aligning the two passages word by word. Best first; empty when
 * nothing is similar enough.
 */
export function findSimilarQuote(target: IndexedText, anchor: QuoteAnchor): QuoteMatch[] {
  const { source } = anchor;
  const { span: host, sentenceCount } = findHostSpan(source, anchor);
  const hostTokens = tokenize(source.text, host.start, host.end);
  const hostWords = countWords(hostTokens, 0, hostTokens.length);
  if (hostWords.total === 0) return [];
  const { ranges } = target.words;
  const windows = new Map<string, { first: number; last: number }>();
  for (const seed of findSeedSentences(target.words, hostWords.counts)) {
    for (let size = Math.max(1, sentenceCount - 1); size <= sentenceCount + 1; size += 1) {
      for (let first = Math.max(0, seed - size + 1); first <= seed && first + size <= ranges.length; first += 1) {
        windows.set(`${first}:${size}`, { first, last: first + size - 1 });
      }
    }
  }
  const candidates: { span: TextSpan; score: number }[] = [];
  for (const { first, last } of windows.values()) {
    const firstSpan = target.sentences[first];
    const lastSpan = target.sentences[last];
    const from = ranges[first]?.from;
    const to = ranges[last]?.to;
    if (!firstSpan || !lastSpan || from === undefined || to === undefined) continue;
    const similarity = measureDice(hostWords, target.words.keys, from, to);
    if (similarity < MIN_SIMILARITY) continue;
    const span = { start: firstSpan.start, end: lastSpan.end };
    const context = measureContext(source.text, host, target.text, span);
    const isNearSameText = Math.max(context.before, context.after) >= MIN_SHARED_CONTEXT_CHARS;
    if (similarity < SURE_SIMILARITY && !isNearSameText) continue;
    const score =
      similarity + (CONTEXT_WEIGHT * (context.before + context.after)) / (2 * CONTEXT_CHARS) - positionPenalty(target, anchor, span.start);
    candidates.push({ span, score });
  }
  candidates.sort((a, b) => b.score - a.score);
  const matches: QuoteMatch[] = [];
  for (const candidate of candidates.slice(0, MAX_MAPPED_CANDIDATES)) {
    // A passage standing word for word in the old text too is itself, not what the quote's passage became.
    if (source.text.includes(target.text.slice(candidate.span.start, candidate.span.end))) continue;
    const windowTokens = tokenize(target.text, candidate.span.start, candidate.span.end);
    const span = mapSpan(hostTokens, windowTokens, anchor, candidate.span, target.text);
    if (span) matches.push({ ...span, score: candidate.score, isSure: true });
  }
  return matches;
}

function isWordCharAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHAR.test(text.charAt(index));
}

/** How many characters just before and just after two spans are the same (text edges count as the same). */
function measureContext(
  sourceText: string,
  sourceSpan: TextSpan,
  targetText: string,
  targetSpan: TextSpan,
): { before: number; after: number } {
  const countSame = (a: string, b: string, isBackward: boolean): number => {
    // Both the same up to the text's edge: as good as the whole context the same.
    if (a === b) return CONTEXT_CHARS;
    const length = Math.min(a.length, b.length);
    let same = 0;
    while (same < length && a.charAt(isBackward ? a.length - 1 - same : same) === b.charAt(isBackward ? b.length - 1 - same : same)) same += 1;
    return same;
  };
  const before = (text: string, at: number) => text.slice(Math.max(0, at - CONTEXT_CHARS), at);
  const after = (text: string, at: number) => text.slice(at, at + CONTEXT_CHARS);
  return {
    before: countSame(before(sourceText, sourceSpan.start), before(targetText, targetSpan.start), true),
    after: countSame(after(sourceText, sourceSpan.end), after(targetText, targetSpan.end), false),
  };
}

function positionPenalty(target: IndexedText, anchor: QuoteAnchor, at: number): number {
  if (anchor.expectedStart === null) return 0;
  return (POSITION_WEIGHT * Math.abs(at - anchor.expectedStart)) / Math.max(1, target.text.length);
}

/** The quote widened to the whole sentences it touches: what is compared when its words changed. */
function findHostSpan(source: IndexedText, quote: TextSpan): { span: TextSpan; sentenceCount: number } {
  const sentences = source.sentencesAround(quote);
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle]?.end ?? 0) <= quote.start) low = middle + 1;
    else high = middle;
  }
  let start = quote.start;
  let end = quote.end;
  let sentenceCount = 0;
  for (let index = low; index < sentences.length; index += 1) {
    const sentence = sentences[index];
    if (!sentence || sentence.start >= quote.end) break;
    start = Math.min(start, sentence.start);
    end = Math.max(end, sentence.end);
    sentenceCount += 1;
  }
  return { span: { start, end }, sentenceCount: Math.max(1, sentenceCount) };
}

interface WordCounts {
  counts: Map<string, number>;
  total: number;
}

function countWords(tokens: readonly Token[], from: number, to: number): WordCounts {
  const counts = new Map<string, number>();
  let total = 0;
  for (let index = from; index < to; index += 1) {
    const token = tokens[index];
    if (!token?.isWord) continue;
    counts.set(token.key, (counts.get(token.key) ?? 0) + 1);
    total += 1;
  }
  return { counts, total };
}

/** Dice similarity of the passage's words and the words keys[from..to). */
function measureDice(passage: WordCounts, keys: readonly string[], from: number, to: number): number {
  const left = new Map(passage.counts);
  let shared = 0;
  for (let index = from; index < to; index += 1) {
    const key = keys[index] ?? '';
    const count = left.get(key) ?? 0;
    if (count > 0) {
      shared += 1;
      left.set(key, count - 1);
    }
  }
  return (2 * shared) / (passage.total + to - from);
}

/** The sentences sharing the most of the passage's words, counting its rarest words first. */
function findSeedSentences(index: WordIndex, counts: ReadonlyMap<string, number>): number[] {
  const lists = [...counts.keys()]
    .map((key) => index.postings.get(key))
    .filter((list): list is number[] => list !== undefined)
    .sort((a, b) => a.length - b.length);
  // Counted in an array kept with the index (and cleared after): far faster than a map per search.
  const hits = index.hitCounts;
  const touched: number[] = [];
  let visited = 0;
  for (const list of lists.slice(0, MAX_SEED_WORDS)) {
    if (visited > 0 && visited + list.length > POSTINGS_BUDGET) break;
    visited += list.length;
    for (const sentence of list) {
      const count = hits[sentence] ?? 0;
      if (count === 0) touched.push(sentence);
      hits[sentence] = count + 1;
    }
  }
  // Only sentences with the most shared words are worth a look: bucket by count rather than sort them all.
  const byCount: number[][] = [];
  for (const sentence of touched) {
    (byCount[hits[sentence] ?? 0] ??= []).push(sentence);
    hits[sentence] = 0;
  }
  const seeds: number[] = [];
  // A sentence with under half the shared words of the best one is not where the passage went.
  const fewest = Math.max(1, Math.ceil((byCount.length - 1) / 2));
  for (let count = byCount.length - 1; count >= fewest && seeds.length < MAX_SEED_SENTENCES; count -= 1) {
    for (const sentence of (byCount[count] ?? []).sort((a, b) => a - b)) {
      if (seeds.length === MAX_SEED_SENTENCES) break;
      seeds.push(sentence);
    }
  }
  return seeds;
}

/**
 * For each token of `a`, the index of the token of `b` it is aligned with, or -1: the common beginning and
 * end, and a longest common subsequence of the tokens between them.
 */
function alignTokens(a: readonly Token[], b: readonly Token[]): Int32Array {
  const match = new Int32Array(a.length).fill(-1);
  const isSame = (i: number, j: number) => a[i]?.key === b[j]?.key;
  let head = 0;
  while (head < a.length && head < b.length && isSame(head, head)) {
    match[head] = head;
    head += 1;
  }
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && isSame(a.length - 1 - tail, b.length - 1 - tail)) {
    match[a.length - 1 - tail] = b.length - 1 - tail;
    tail += 1;
  }
  const rows = a.length - head - tail;
  const columns = b.length - head - tail;
  if (rows === 0 || columns === 0 || rows * columns > MAX_ALIGNMENT_CELLS) return match;
  // lengths[i * width + j]: the longest common subsequence of the middles' tails from i and from j.
  const width = columns + 1;
  const lengths = new Uint32Array((rows + 1) * width);
  const at = (i: number, j: number) => lengths[i * width + j] ?? 0;
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = columns - 1; j >= 0; j -= 1) {
      lengths[i * width + j] = isSame(head + i, head + j) ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    if (isSame(head + i, head + j) && at(i, j) === at(i + 1, j + 1) + 1) {
      match[head + i] = head + j;
      i += 1;
      j += 1;
    } else if (at(i + 1, j) >= at(i, j + 1)) i += 1;
    else j += 1;
  }
  return match;
}

/**
 * The quote's part of the target passage: each end of the quote goes where its token went, or, for a token
 * that changed, to the token in the same place of the changed stretch (one figure for another); trimmed of
 * white space; null when nothing of it is left.
 */
function mapSpan(hostTokens: readonly Token[], windowTokens: readonly Token[], quote: TextSpan, window: TextSpan, text: string): TextSpan | null {
  const match = alignTokens(hostTokens, windowTokens);
  const first = hostTokens.findIndex((token) => token.end > quote.start);
  const last = hostTokens.findLastIndex((token) => token.start < quote.end);
  if (first < 0 || last < first) return null;
  const start = mapBoundary(hostTokens, windowTokens, match, first, quote.start, 'start') ?? window.end;
  const end = mapBoundary(hostTokens, windowTokens, match, last, quote.end, 'end') ?? window.start;
  if (end <= start) return null;
  const trimmed = trimRange(text, start, end);
  return trimmed.end > trimmed.start ? trimmed : null;
}

/** Where one end of the quote (inside or at the edge of hostTokens[index]) falls among the window's tokens. */
function mapBoundary(
  hostTokens: readonly Token[],
  windowTokens: readonly Token[],
  match: Int32Array,
  index: number,
  offset: number,
  edge: 'start' | 'end',
): number | null {
  const host = hostTokens[index];
  if (!host) return null;
  const aligned = windowTokens[match[index] ?? -1];
  if (aligned) {
    // Same token: the same place inside it (a selection may start or end inside a word).
    const inside = Math.max(0, Math.min(offset - host.start, aligned.end - aligned.start));
    return edge === 'start' ? aligned.start + inside : aligned.start + Math.max(1, inside);
  }
  let before = index - 1;
  while (before >= 0 && (match[before] ?? -1) < 0) before -= 1;
  let after = index + 1;
  while (after < hostTokens.length && (match[after] ?? -1) < 0) after += 1;
  const windowBefore = before >= 0 ? (match[before] ?? -1) : -1;
  const windowAfter = after < hostTokens.length ? (match[after] ?? windowTokens.length) : windowTokens.length;
  const oldLength = after - before - 1;
  const newLength = windowAfter - windowBefore - 1;
  if (newLength <= 0) {
    // The changed stretch was only deleted: the quote's end closes up on the text around it.
    return edge === 'start' ? (windowTokens[windowAfter]?.start ?? null) : (windowTokens[windowBefore]?.end ?? null);
  }
  const position = index - before - 1;
  const mapped =
    edge === 'start'
      ? windowBefore + 1 + Math.floor((position * newLength) / oldLength)
      : windowBefore + Math.ceil(((position + 1) * newLength) / oldLength);
  const token = windowTokens[mapped];
  if (!token) return null;
  return edge === 'start' ? token.start : token.end;
}
