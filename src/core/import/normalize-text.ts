// The body claims are anchored in: the raw text with only a leading BOM removed and line endings
// unified, so offsets stay meaningful against what the user gave.

const BYTE_ORDER_MARK = '\uFEFF';

export function normalizeText(rawText: string): string {
  const withoutBom = rawText.startsWith(BYTE_ORDER_MARK) ? rawText.slice(1) : rawText;
  return withoutBom.replace(/\r\n?/g, '\n');
}
