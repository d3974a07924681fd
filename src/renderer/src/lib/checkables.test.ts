import { describe, expect, it } from 'vitest';
import { splitCheckables } from './checkables';

const QUOTE = 'Trade grew 6.8 percent to $43.82 billion in 2024, Li Wei said.';
const part = (phrase: string, kind: 'figure' | 'date' | 'name') => {
  const start = QUOTE.indexOf(phrase);
  return { start, end: start + phrase.length, kind };
};

describe('splitCheckables', () => {
  it('marks each part and keeps the text between as it is', () => {
    const runs = splitCheckables(QUOTE, [part('2024', 'date'), part('$43.82 billion', 'figure'), part('Li Wei', 'name')]);
    expect(runs.map((run) => run.text).join('')).toBe(QUOTE);
    expect(runs.filter((run) => run.kind)).toEqual([
      { text: '$43.82 billion', kind: 'figure' },
      { text: '2024', kind: 'date' },
      { text: 'Li Wei', kind: 'name' },
    ]);
  });

  it('leaves overlapping, empty and out-of-range parts unmarked', () => {
    const runs = splitCheckables(QUOTE, [
      part('6.8 percent', 'figure'),
      part('percent', 'figure'),
      { start: 5, end: 5, kind: 'date' },
      { start: 60, end: 90, kind: 'name' },
    ]);
    expect(runs.map((run) => run.text).join('')).toBe(QUOTE);
    expect(runs.filter((run) => run.kind).map((run) => run.text)).toEqual(['6.8 percent']);
  });

  it('gives one plain run for no parts, even for empty text', () => {
    expect(splitCheckables(QUOTE, [])).toEqual([{ text: QUOTE, kind: null }]);
    expect(splitCheckables('', [])).toEqual([{ text: '', kind: null }]);
  });
});
