// Splits a claim's quote into runs of plain text and checkable parts (figures, dates, names), for marking.
import type { CheckableKind, CheckablePart } from '../../../shared/model';

export interface QuoteRun {
  text: string;
  /** The kind of checkable part this run is, or null for plain text. */
  kind: CheckableKind | null;
}

/**
 * Runs that join back into `text`. Parts are taken in order of their start; a part outside the text,
 * empty, or overlapping an earlier one is left unmarked rather than guessed at.
 */
export function splitCheckables(text: string, parts: readonly CheckablePart[]): QuoteRun[] {
  const runs: QuoteRun[] = [];
  let at = 0;
  const sorted = [...parts].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const part of sorted) {
    if (part.start < at || part.end > text.length || part.end <= part.start) continue;
    if (part.start > at) runs.push({ text: text.slice(at, part.start), kind: null });
    runs.push({ text: text.slice(part.start, part.end), kind: part.kind });
    at = part.end;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), kind: null });
  return runs;
}
