// The title: the first line that is text rather than page furniture, when it reads like a headline.
import type { ExclusionReason } from '../../shared/model';
import type { BodyLine } from './split-lines';

const MAX_TITLE_CHARS = 300;

export interface TitleLine {
  title: string;
  /** Index of the title's line in the body, or null when the title is not a line of it. */
  index: number | null;
}

/**
 * `declaredTitle` comes from a Markdown heading or front matter and wins; otherwise the first line
 * not excluded is the title if it looks like one. A first line ending in a full stop is a sentence
 * of the story: calling it the title would hide a claim.
 */
export function findTitle(
  lines: readonly BodyLine[],
  reasons: readonly (ExclusionReason | null)[],
  declaredTitle: string | null,
): TitleLine | null {
  if (declaredTitle !== null) {
    const index = lines.findIndex((line) => isSameTitle(line.text, declaredTitle));
    return { title: declaredTitle, index: index === -1 ? null : index };
  }
  const index = lines.findIndex((line, lineIndex) => line.text !== '' && reasons[lineIndex] === null);
  const text = lines[index]?.text;
  return text !== undefined && isHeadlineLike(text) ? { title: text, index } : null;
}

export function isSameTitle(text: string, title: string): boolean {
  return text !== '' && normalizeTitle(text) === normalizeTitle(title);
}

function isHeadlineLike(text: string): boolean {
  if (text.length > MAX_TITLE_CHARS || !/\p{L}/u.test(text)) return false;
  const isSentenceLike = /[.。:：]$/u.test(text) && !/(\.\.\.|…)$/u.test(text);
  return !isSentenceLike;
}

function normalizeTitle(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
