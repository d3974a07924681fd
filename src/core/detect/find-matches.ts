// The one loop that runs a global pattern over a text: every detector feature and word list goes through it.

/** A piece of a text a pattern matched. */
export interface TextMatch {
  text: string;
  start: number;
  end: number;
}

/**
 * Every match of a global pattern that is not blank, in order. `isStartAllowed` may refuse a match by
 * where it starts; the search then goes on one character later. (exec in a loop: matchAll's iterator
 * costs more than the matching on short sentences.)
 */
export function findMatches(pattern: RegExp, text: string, isStartAllowed?: (index: number) => boolean): TextMatch[] {
  const found: TextMatch[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '' || (isStartAllowed && !isStartAllowed(match.index))) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    if (match[0].trim() !== '') found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}
