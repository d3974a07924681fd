// Reads Markdown text back the way a CommonMark parser sees escapes, for the Markdown tests: each backslash
// before ASCII punctuation makes that character literal, and every special left unescaped is markup.

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/u;
const SPECIAL = /[\\`*_{}[\]<>()#+\-.!|&~:]/u;

export interface ReadInline {
  /** The text a renderer shows, markup characters included as they stand. */
  literal: string;
  /** The special characters left unescaped, in order. */
  markup: string[];
}

export function readInline(markdown: string): ReadInline {
  let literal = '';
  const markup: string[] = [];
  for (let at = 0; at < markdown.length; at += 1) {
    const char = markdown[at] ?? '';
    const next = markdown[at + 1];
    if (char === '\\' && next !== undefined && ASCII_PUNCTUATION.test(next)) {
      literal += next;
      at += 1;
      continue;
    }
    if (SPECIAL.test(char)) markup.push(char);
    literal += char;
  }
  return { literal, markup };
}

/** A table row's cells, split at its unescaped pipes (the outer ones dropped). */
export function splitTableRow(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let at = 0; at < row.length; at += 1) {
    const char = row[at] ?? '';
    if (char === '\\' && at + 1 < row.length) {
      cell += char + (row[at + 1] ?? '');
      at += 1;
    } else if (char === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell.trim());
  return cells.slice(1, -1);
}
