import { describe, expect, it } from 'vitest';
import { createSeededRandom } from './seeded-random';

describe('createSeededRandom', () => {
  it('gives the same numbers for the same seed, others for another, all in [0, 1)', () => {
    const draw = (seed: number) => Array.from({ length: 1_000 }, createSeededRandom(seed));
    const first = draw(42);
    expect(draw(42)).toEqual(first);
    expect(draw(43)).not.toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    // Spread over the range, not stuck in a corner of it.
    expect(first.filter((value) => value < 0.5).length).toBeGreaterThan(400);
    expect(first.filter((value) => value < 0.5).length).toBeLessThan(600);
  });
});
