// A reader poll pasted with the page: a question to the reader after the story ends, maybe
// followed by its answer options ("Что для вас является самым важным при выборе работы?").
import type { ExclusionReason } from '../../shared/model';
import { collectMatchers } from './patterns/index';
import { countWords, hasSentenceEnding, matchesAny } from './line-shape';
import type { BodyLine } from './split-lines';

const MAX_QUESTION_CHARS = 200;
const MAX_OPTION_CHARS = 60;
const MAX_OPTION_WORDS = 6;
const MAX_OPTIONS = 10;

const READER_ADDRESS = collectMatchers('readerAddressPatterns');
/** Quoted speech and dialogue dashes open story lines, never a site's poll. */
const OPENS_QUOTE_OR_DIALOGUE = /^["'«“„‘‹\-–—]/u;

/** Indexes of the poll's lines at the end of the article (question first), or none. */
export function findClosingPoll(lines: readonly BodyLine[], reasons: readonly (ExclusionReason | null)[]): number[] {
  const options: number[] = [];
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const text = lines[index]?.text ?? '';
    if (text === '' || reasons[index] !== null) continue;
    if (isPollQuestion(text, reasons[findPreviousLine(lines, index)] ?? null)) return [index, ...options];
    if (options.length >= MAX_OPTIONS || !isPollOption(text)) return [];
    options.unshift(index);
  }
  return [];
}

function isPollQuestion(text: string, previousReason: ExclusionReason | null): boolean {
  if (!/[?？]$/u.test(text) || text.length > MAX_QUESTION_CHARS) return false;
  if (OPENS_QUOTE_OR_DIALOGUE.test(text) || /[.!?。！？]\s/u.test(text)) return false;
  return previousReason === 'poll' || matchesAny(text, READER_ADDRESS);
}

function isPollOption(text: string): boolean {
  return text.length <= MAX_OPTION_CHARS && countWords(text) <= MAX_OPTION_WORDS && !hasSentenceEnding(text);
}

function findPreviousLine(lines: readonly BodyLine[], index: number): number {
  for (let previous = index - 1; previous >= 0; previous -= 1) {
    if (lines[previous]?.text !== '') return previous;
  }
  return -1;
}
