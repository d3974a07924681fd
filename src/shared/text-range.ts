// Ranges of an article body, shared by the page (a selection) and core (the claim it becomes).

/** Shrinks [start, end) so it neither begins nor ends with white space; a reversed range is put in order. */
export function trimRange(body: string, start: number, end: number): { start: number; end: number } {
  let from = Math.min(start, end);
  let to = Math.max(start, end);
  while (from < to && /\s/.test(body[from] ?? '')) from += 1;
  while (to > from && /\s/.test(body[to - 1] ?? '')) to -= 1;
  return { start: from, end: to };
}

/** Whether two ranges [start, end) share at least one character. */
export function rangesOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
