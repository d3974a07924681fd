// How a line reads: a paragraph of running text, a sentence, or a label (menu item, link, heading).
// Block rules find the story by its paragraphs, and never exclude a line that reads as a sentence.
import { countWords, hasSentenceEnding } from './line-shape';

/** A line this long is text even without a full stop; headlines and menu items are shorter. */
const MIN_UNPUNCTUATED_TEXT_WORDS = 25;
/** A sentence has more words than a label ("Read more.", "Subscribe now!"). */
const MIN_SENTENCE_WORDS = 4;
/** A paragraph of the story has a sentence of at least this many words. */
const MIN_PARAGRAPH_WORDS = 10;
/** A full stop followed by more text: the line holds a sentence even if it does not end like one. */
const SENTENCE_INSIDE = /[.!?]["'»”’)）]*\s+\S|[。！？]\S/u;

export interface LineReading {
  words: number;
  /** Reads as a sentence (or is too long to be a label): rules that judge a line by its shape leave it alone. */
  isSentence: boolean;
  /** A paragraph of running text: long enough, with a sentence in it. */
  isParagraph: boolean;
}

export function readLine(text: string): LineReading {
  const words = countWords(text);
  const isEnded = hasSentenceEnding(text);
  return {
    words,
    isSentence: (isEnded && words >= MIN_SENTENCE_WORDS) || words >= MIN_UNPUNCTUATED_TEXT_WORDS,
    isParagraph: words >= MIN_PARAGRAPH_WORDS && (isEnded || SENTENCE_INSIDE.test(text)),
  };
}
