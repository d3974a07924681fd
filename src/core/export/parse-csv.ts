// Reads RFC 4180 CSV into rows of cells: quoted cells may hold commas, doubled quotes and line breaks. Lines
// may end in CRLF or LF alone (files saved on Unix), a leading byte order mark is skipped, and a last line
// break does not start an empty row. Text it cannot read unambiguously is refused rather than guessed at.
import { FactdeskError } from '../errors';

const CELL_END = /[,\r\n]/gu;

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  let line = 1;
  while (at < text.length) {
    // `at` is where a cell starts. A quote opens a quoted cell only there; elsewhere it is text.
    let cell: string;
    if (text[at] === '"') {
      const closing = findClosingQuote(text, at + 1, line);
      cell = text.slice(at + 1, closing).replaceAll('""', '"');
      line += countLineBreaks(cell);
      at = closing + 1;
      const next = text[at];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') throw badCsv(`text follows a closing quote on line ${line}`);
    } else {
      CELL_END.lastIndex = at;
      const end = CELL_END.exec(text)?.index ?? text.length;
      cell = text.slice(at, end);
      at = end;
    }
    row.push(cell);
    const delimiter = text[at];
    if (delimiter === ',') {
      at += 1;
      // A comma at the very end still ends a cell: the last one is empty.
      if (at === text.length) row.push('');
      continue;
    }
    rows.push(row);
    row = [];
    if (delimiter === undefined) break;
    at += delimiter === '\r' && text[at + 1] === '\n' ? 2 : 1;
    line += 1;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** The index of the quote that closes a quoted cell opened just before `from`. */
function findClosingQuote(text: string, from: number, line: number): number {
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) throw badCsv(`a quoted cell opened on line ${line} is never closed`);
    if (text[quote + 1] !== '"') return quote;
    at = quote + 2;
  }
}

function countLineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/gu)?.length ?? 0;
}

function badCsv(problem: string): FactdeskError {
  return new FactdeskError('bad-input', `This is not valid CSV: ${problem}.`);
}
