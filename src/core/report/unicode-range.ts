// CSS `unicode-range` values, as the font packages write them: U+0000-00FF, U+0131, U+1f1e9-1f1f5, U+4??.

export interface CodePointRange {
  start: number;
  end: number;
}

/** Parses a unicode-range descriptor value into sorted, inclusive code point ranges. */
export function parseUnicodeRange(value: string): CodePointRange[] {
  const ranges: CodePointRange[] = [];
  for (const part of value.split(',')) {
    const token = part.trim().replace(/^u\+/i, '');
    if (token === '') continue;
    const [from, to] = token.split('-');
    if (from === undefined) continue;
    const range =
      to === undefined
        ? { start: parseHex(from.replace(/\?/g, '0')), end: parseHex(from.replace(/\?/g, 'f')) }
        : { start: parseHex(from), end: parseHex(to) };
    if (Number.isFinite(range.start) && Number.isFinite(range.end) && range.start <= range.end) {
      ranges.push(range);
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** Binary search over sorted ranges; fonts carry up to a few hundred ranges each. */
export function isCodePointInRanges(codePoint: number, ranges: readonly CodePointRange[]): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (range === undefined) return false;
    if (codePoint < range.start) high = middle - 1;
    else if (codePoint > range.end) low = middle + 1;
    else return true;
  }
  return false;
}

function parseHex(text: string): number {
  return /^[0-9a-f]{1,6}$/i.test(text) ? Number.parseInt(text, 16) : Number.NaN;
}
