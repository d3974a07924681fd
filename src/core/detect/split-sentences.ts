// Sentence splitting for English, Russian, Kazakh and Chinese article text, as offsets into the text.
import type { TextSpan } from '../../shared/analysis';
import type { LanguageCode } from '../../shared/model';
import { findSentenceEnds } from './find-sentence-ends';
import { splitListItems } from './list-markers';
import { splitIntoLineUnits } from './split-lines';

/**
 * Splits text into sentences: spans (JavaScript string indices) in order, not overlapping, each trimmed
 * of surrounding whitespace. Lines end sentences; so do full stops that are not abbreviations.
 */
export function splitSentences(text: string, language: LanguageCode): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const unit of splitIntoLineUnits(text)) {
    let start = unit.start;
    for (const end of [...findSentenceEnds(text, unit, language), unit.end]) {
      const sentence = trimSpan(text, { start, end });
      if (sentence) {
        for (const piece of splitListItems(text, sentence)) {
          const trimmed = trimSpan(text, piece);
          if (trimmed) spans.push(trimmed);
        }
      }
      start = end;
    }
  }
  return spans;
}

/** The sentences themselves, for callers that do not need offsets. */
export function splitSentenceTexts(text: string, language: LanguageCode): string[] {
  return splitSentences(text, language).map((span) => text.slice(span.start, span.end));
}

function trimSpan(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text.charAt(start))) start += 1;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
  return end > start ? { start, end } : null;
}
