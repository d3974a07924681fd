// A claim is anchored to the body by offsets plus a little context on each side (like the W3C
// TextQuoteSelector and TextPositionSelector), so it can be placed again if the body changes.
const CONTEXT_CHARS = 32;

export interface TextAnchor {
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

export function anchorText(body: string, start: number, end: number): TextAnchor {
  return {
    quote: body.slice(start, end),
    start,
    end,
    prefix: body.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: body.slice(end, end + CONTEXT_CHARS),
  };
}
