// Claim detection over an article body: split, skip excluded text, score, keep the check-worthy sentences.
import type { Detection, TextSpan } from '../../shared/analysis';
import type { ExcludedRange, LanguageCode } from '../../shared/model';
import { buildScoreHistogram } from '../../shared/model';
import { CLAIM_THRESHOLD } from './checkworthy';
import { classifyClaim, countOpenQuotes, hasQuotation } from './classify-claim';
import { findCheckables } from './find-checkables';
import type { SpeakerMention } from './find-speaker';
import { findQuoteAfter, findSpeaker, findSpeakerLine } from './find-speaker';
import type { SentenceAnalysis } from './score-sentence';
import { findKnownNames } from './find-names';
import { analyzeSentence, explainScore } from './score-sentence';
import { splitSentences } from './split-sentences';

/** Exclusions that may cut the edge of a sentence ("NANJING. KAZINFORM - …") rather than drop all of it. */
const EDGE_REASONS = new Set<ExcludedRange['reason']>(['dateline', 'byline']);
/** How many sentences back "she said" may look for the person named. */
const PRONOUN_REACH = 8;

interface Sentence {
  span: TextSpan;
  text: string;
  analysis: SentenceAnalysis;
  mention: SpeakerMention;
  /** A speaker line ("Раушан Кажибаева, директор …:") and the quotation after it that it introduces. */
  speakerLine: { mention: SpeakerMention; quote: TextSpan } | null;
  speaker: string | null;
  isQuote: boolean;
}

/**
 * The check-worthy sentences of a body (scoring at least `threshold`), anchored by offsets, with kind,
 * speaker and reasons; and the score histogram of every sentence looked at.
 */
export function detectClaims(
  body: string,
  language: LanguageCode,
  excluded: ExcludedRange[],
  threshold: number = CLAIM_THRESHOLD,
): Detection {
  const active = excluded.filter((range) => !range.isIncluded);
  const sentences: Sentence[] = [];
  const knownNames = findKnownNames(body);
  for (const span of splitSentences(body, language)) {
    const kept = cutExcluded(body, span, active);
    if (!kept) continue;
    const text = body.slice(kept.start, kept.end);
    const analysis = analyzeSentence(text, language, knownNames);
    const mention = findSpeaker(text, language);
    const speakerLine = findLineQuote(body, kept, text, language);
    sentences.push({ span: kept, text, analysis, mention, speakerLine, speaker: null, isQuote: false });
  }
  resolveSpeakers(sentences);
  markQuotations(sentences);
  applySpeakerLines(sentences);
  const scoreHistogram = buildScoreHistogram(sentences.map(({ analysis }) => analysis.score));
  const claims = sentences
    .filter((s) => s.analysis.score >= threshold)
    .map((s) => ({
      quote: s.text,
      start: s.span.start,
      end: s.span.end,
      score: s.analysis.score,
      kind: classifyClaim(s.text, language, s.analysis.features, s.isQuote),
      reasons: explainScore(s.analysis),
      checkables: findCheckables(s.text, s.analysis.features, s.speaker),
      speaker: s.speaker,
    }));
  return { claims, scoreHistogram };
}

/**
 * A sentence overlapping excluded text is skipped, except that a dateline or byline at its edge is cut
 * off; a leading dialogue dash is dropped too, so the claim starts at its first word.
 */
function cutExcluded(body: string, span: TextSpan, active: ExcludedRange[]): TextSpan | null {
  let { start, end } = span;
  for (const range of active) {
    if (range.end <= start || range.start >= end) continue;
    if (!EDGE_REASONS.has(range.reason)) return null;
    if (range.start <= start && range.end < end) start = range.end;
    else if (range.end >= end && range.start > start) end = range.start;
    else return null;
  }
  while (start < end && /[\s\p{Pd}|:,]/u.test(body.charAt(start))) start += 1;
  while (end > start && /\s/u.test(body.charAt(end - 1))) end -= 1;
  return /[\p{L}\p{N}]/u.test(body.slice(start, end)) ? { start, end } : null;
}

/** A sentence ending its line with a colon may name who speaks in the paragraphs after it. */
function findLineQuote(body: string, span: TextSpan, text: string, language: LanguageCode): Sentence['speakerLine'] {
  if (!/[:：]$/u.test(text) || !/^[ \t]*(?:\r?\n|$)/u.test(body.slice(span.end, span.end + 100))) return null;
  const mention = findSpeakerLine(text, language);
  const quote = mention.kind === 'none' ? null : findQuoteAfter(body, span.end);
  return quote ? { mention, quote } : null;
}

/**
 * Named speakers stand; "she said" takes the person named in the last few sentences; "the General
 * Director of Kazinform" takes the person named earlier with those words.
 */
function resolveSpeakers(sentences: Sentence[]): void {
  let last: { name: string; index: number } | null = null;
  sentences.forEach((sentence, index) => {
    const resolve = (mention: SpeakerMention): string | null => {
      if (mention.kind === 'name') return mention.name;
      if (mention.kind === 'pronoun') return last && index - last.index <= PRONOUN_REACH ? last.name : null;
      if (mention.kind === 'description') return findDescribed(sentences.slice(0, index), mention.words);
      return null;
    };
    sentence.speaker = resolve(sentence.mention);
    if (sentence.speaker) last = { name: sentence.speaker, index };
    const lineSpeaker = sentence.speakerLine ? resolve(sentence.speakerLine.mention) : null;
    if (lineSpeaker) last = { name: lineSpeaker, index };
  });
}

/** The latest speaker of a sentence holding every word of a description ("Director", "Kazinform"). */
function findDescribed(before: Sentence[], words: string[]): string | null {
  const found = before.findLast((s) => s.speaker !== null && words.every((word) => s.text.includes(word)));
  return found?.speaker ?? null;
}

/** The sentences of the paragraphs after a speaker line are quotes of its speaker. */
function applySpeakerLines(sentences: Sentence[]): void {
  sentences.forEach((line, index) => {
    if (!line.speakerLine) return;
    const { mention, quote } = line.speakerLine;
    const speaker = mention.kind === 'name' ? mention.name : line.speaker;
    if (!speaker) return;
    for (const sentence of sentences.slice(index + 1)) {
      if (sentence.span.start >= quote.end) break;
      if (sentence.span.start < quote.start) continue;
      sentence.speaker = speaker;
      sentence.isQuote = true;
    }
  });
}

/**
 * A quotation running over several sentences ("“A… B… C,” said Shen.") makes each of them a quote, and
 * the speaker named at its end is the speaker of all of them.
 */
function markQuotations(sentences: Sentence[]): void {
  let group: Sentence[] = [];
  for (const sentence of sentences) {
    const open = countOpenQuotes(sentence.text);
    if (group.length === 0) {
      if (open > 0) group.push(sentence);
      else sentence.isQuote = hasQuotation(sentence.text) && sentence.mention.kind !== 'none';
      continue;
    }
    group.push(sentence);
    if (open < 0 || group.length > 12) {
      const speaker = sentence.speaker;
      const isAttributed = sentence.mention.kind !== 'none';
      for (const member of group) {
        member.isQuote = isAttributed;
        member.speaker ??= speaker;
      }
      group = [];
    }
  }
  for (const member of group) member.isQuote = hasQuotation(member.text) && member.mention.kind !== 'none';
}
