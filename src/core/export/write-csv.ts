// RFC 4180 CSV text from rows of cells, in the form spreadsheets open without asking: UTF-8 with a byte order
// mark (without it Excel reads UTF-8 as the local code page and garbles Cyrillic and Chinese), CRLF line ends.

const BYTE_ORDER_MARK = '\uFEFF';

// Spreadsheet-formula defence (OWASP, "CSV Injection"): Excel, LibreOffice and Google Sheets run a cell
// that starts with = + - @ (or a tab or carriage return before one) as a formula, so an article's text could
// make a fact-checker's spreadsheet fetch a URL or run a command. Such a cell gets a leading apostrophe, which
// spreadsheets read as "this is text" and do not show.
const FORMULA_START = /^[=+\-@\t\r]/u;

// A cell with a comma, a quote or a line break is quoted, its quotes doubled (RFC 4180, section 2).
const NEEDS_QUOTES = /[",\r\n]/u;

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + rows.map((cells) => `${cells.map(formatCell).join(',')}\r\n`).join('');
}

function formatCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
