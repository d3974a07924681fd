// Article text is line-based: every line ends a sentence unless it plainly runs on into the next one.
import type { TextSpan } from '../../shared/analysis';

/** A line ending like this continues on the next line (a comma, or a word broken by a hyphen). */
const RUNS_ON = /(?:[,;]|\p{L}-)$/u;

/** Splits text into units no sentence crosses: lines, with a run-on line joined to the line after it. */
export function splitIntoLineUnits(text: string): TextSpan[] {
  const units: TextSpan[] = [];
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g;
  let unitStart = 0;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const line = text.slice(lineStart, lineEnd).trimEnd();
    const nextStart = match ? match.index + match[0].length : text.length;
    const isLast = match === null;
    const isNextBlank = isLast || /^\s*(?:\r\n|\r|\n|$)/.test(text.slice(nextStart, nextStart + 200));
    if (isLast || line.trim() === '' || !RUNS_ON.test(line) || isNextBlank) {
      if (lineEnd > unitStart) units.push({ start: unitStart, end: lineEnd });
      unitStart = nextStart;
    }
    if (isLast) break;
    lineStart = nextStart;
  }
  return units;
}
