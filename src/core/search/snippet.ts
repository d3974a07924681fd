// The piece of a matched field shown in a search result, with the query's words marked in it.
import type { SearchSnippet } from '../../shared/api';
import { tokenizeWithOffsets } from './tokenize';

/** Short fields are shown whole; longer ones as a window of about this many characters. */
const SNIPPET_CHARS = 220;
/** How much comes before the first match, so it is read in its sentence. */
const LEAD_CHARS = 60;

export function buildSnippet(text: string, terms: ReadonlySet<string>): SearchSnippet {
  const found = mergeRanges(tokenizeWithOffsets(text).filter((token) => terms.has(token.term)));
  const first = found[0];
  if (text.length <= SNIPPET_CHARS || !first) {
    const cut = text.length <= SNIPPET_CHARS ? text.length : wordEndBefore(text, SNIPPET_CHARS);
    return { text: text.slice(0, cut) + (cut < text.length ? '…' : ''), matches: found.filter((range) => range.end <= cut) };
  }
  const start = first.start <= LEAD_CHARS ? 0 : wordStartAfter(text, first.start - LEAD_CHARS);
  const end = start + SNIPPET_CHARS >= text.length ? text.length : wordEndBefore(text, start + SNIPPET_CHARS);
  return cutWindow(text, start, end, start > 0 ? '…' : '', found);
}

/** The window's text (line breaks kept as they are, so offsets hold) and the matches inside it. */
function cutWindow(text: string, start: number, end: number, lead: string, found: { start: number; end: number }[]): SearchSnippet {
  const shift = lead.length - start;
  return {
    text: lead + text.slice(start, end) + (end < text.length ? '…' : ''),
    matches: found.filter((range) => range.start >= start && range.end <= end).map((range) => ({ start: range.start + shift, end: range.end + shift })),
  };
}

/** Overlapping ranges (a Chinese word is several overlapping pairs) as one. */
function mergeRanges(ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const { start, end } of ranges) {
    const last = merged.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

function wordStartAfter(text: string, index: number): number {
  const space = text.indexOf(' ', index);
  return space === -1 || space - index > 20 ? index : space + 1;
}

function wordEndBefore(text: string, index: number): number {
  const space = text.lastIndexOf(' ', index);
  return space === -1 || index - space > 20 ? index : space;
}
