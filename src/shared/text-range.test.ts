import { describe, expect, it } from 'vitest';
import { rangesOverlap, trimRange } from './text-range';

describe('text ranges', () => {
  it('overlap when they share a character, not when they only touch', () => {
    expect(rangesOverlap({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(rangesOverlap({ start: 4, end: 9 }, { start: 0, end: 5 })).toBe(true);
    expect(rangesOverlap({ start: 2, end: 3 }, { start: 0, end: 9 })).toBe(true);
    expect(rangesOverlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
  });

  it('trims white space off both ends and puts a reversed range in order', () => {
    expect(trimRange('  a b  ', 0, 7)).toEqual({ start: 2, end: 5 });
    expect(trimRange('  a b  ', 7, 0)).toEqual({ start: 2, end: 5 });
  });
});
