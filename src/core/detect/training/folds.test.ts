import { describe, expect, it } from 'vitest';
import { foldOf } from './folds';

describe('foldOf', () => {
  it('is the 32-bit FNV-1a hash of the id (published test vectors), so folds never move between runs', () => {
    // With 2^32 folds the remainder is the hash itself.
    expect(foldOf('', 2 ** 32)).toBe(0x811c9dc5);
    expect(foldOf('a', 2 ** 32)).toBe(0xe40c292c);
    expect(foldOf('foobar', 2 ** 32)).toBe(0xbf9cf968);
    expect(foldOf('10766', 5)).toBe(foldOf('10766', 5));
    expect([foldOf('', 5), foldOf('a', 5), foldOf('abc', 5)]).toEqual([1, 0, 1]);
  });

  it('depends on the id only, not on the order ids come in', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `sentence-${i}`);
    const forward = ids.map((id) => foldOf(id, 5));
    const backward = [...ids].reverse().map((id) => foldOf(id, 5)).reverse();
    expect(backward).toEqual(forward);
  });

  it('stays in range and spreads ids roughly evenly over the folds', () => {
    for (const folds of [2, 5, 10]) {
      const counts = new Array<number>(folds).fill(0);
      for (let i = 0; i < 10_000; i += 1) {
        const fold = foldOf(String(i), folds);
        expect(Number.isInteger(fold) && fold >= 0 && fold < folds).toBe(true);
        counts[fold] = (counts[fold] ?? 0) + 1;
      }
      const even = 10_000 / folds;
      for (const count of counts) expect(Math.abs(count - even) / even).toBeLessThan(0.1);
    }
  });
});
