import { describe, expect, it } from 'vitest';
import { locateClaim, numberClaims } from './claim-order';
import { makeArticle, makeClaim } from './test-fixtures';

const body = 'First claim here. Second claim there. A passage that is not a claim. Third claim at the end.';

describe('numberClaims', () => {
  it('numbers claims in reading order, dismissed ones last', () => {
    const claims = [
      makeClaim(body, 'Third claim at the end.', { status: 'false' }),
      makeClaim(body, 'A passage that is not a claim.', { status: 'dismissed' }),
      makeClaim(body, 'First claim here.', { status: 'verified' }),
      makeClaim(body, 'Second claim there.'),
    ];
    const numbered = numberClaims({ article: makeArticle({ body }), claims, unplacedClaims: [] });
    expect(numbered.map(({ number, claim }) => [number, claim.quote])).toEqual([
      [1, 'First claim here.'],
      [2, 'Second claim there.'],
      [3, 'Third claim at the end.'],
      [4, 'A passage that is not a claim.'],
    ]);
  });
});

describe('locateClaim', () => {
  it('uses the stored offsets when they still hold the quote', () => {
    const claim = makeClaim(body, 'Second claim there.');
    expect(locateClaim(body, claim)).toEqual({ start: claim.start, end: claim.end });
  });

  it('finds the quote again, nearest to its old place, when the offsets went stale', () => {
    const text = 'Rates rose. Filler. Rates rose. More filler text here. Rates rose.';
    const claim = { ...makeClaim(text, 'Rates rose.', {}, 1), start: 22, end: 33 };
    expect(locateClaim(text, claim)).toEqual({ start: 20, end: 31 });
  });

  it('gives null when the quote is gone, and the claim is still listed', () => {
    const claim = { ...makeClaim(body, 'First claim here.'), quote: 'Removed sentence.' };
    expect(locateClaim(body, claim)).toBeNull();
    const numbered = numberClaims({ article: makeArticle({ body }), claims: [claim], unplacedClaims: [] });
    expect(numbered).toEqual([{ number: 1, claim, span: null }]);
  });
});
