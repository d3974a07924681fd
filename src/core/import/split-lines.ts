// Lines of the body with their offsets, the unit boilerplate is judged in.

export interface BodyLine {
  /** Offset of the line's first character in the body. */
  start: number;
  /** Offset just past its last character (the newline is not part of the line). */
  end: number;
  /** The line trimmed of surrounding whitespace; empty for a blank line. */
  text: string;
}

export function splitLines(body: string): BodyLine[] {
  const lines: BodyLine[] = [];
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    lines.push({ start, end, text: body.slice(start, end).trim() });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}
