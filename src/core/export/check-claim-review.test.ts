import { describe, expect, it } from 'vitest';
import { checkClaimReview } from './check-claim-review';
import { buildHostileExportSet } from './export-test-fixtures';
import { renderClaimReviews } from './to-claimreview';

describe('checkClaimReview', () => {
  const valid = (): Record<string, unknown> =>
    (JSON.parse(renderClaimReviews(buildHostileExportSet())) as Record<string, unknown>[])[0]!;

  it('lists each missing or broken required field', () => {
    const broken = valid();
    delete broken['claimReviewed'];
    broken['@context'] = 'https://example.org';
    broken['author'] = { '@type': 'Robot', name: ' ' };
    broken['reviewRating'] = { '@type': 'Rating', alternateName: '', ratingValue: 7, bestRating: 5, worstRating: 1 };
    expect(checkClaimReview(broken)).toEqual([
      '@context: must be "https://schema.org"',
      'claimReviewed: missing or empty',
      'reviewRating.alternateName: missing or empty',
      'reviewRating.ratingValue: 7 is not on the scale from worstRating 1 to bestRating 5',
      'author.@type: must be "Person" or "Organization"',
      'author.name: missing or empty',
    ]);
  });

  it('catches a rating without its scale, a bad address, a bad date and a broken appearance', () => {
    const broken = valid();
    broken['reviewRating'] = { '@type': 'Rating', alternateName: 'False', ratingValue: 1 };
    broken['url'] = 'javascript:alert(1)';
    broken['datePublished'] = '2026-02-30';
    broken['itemReviewed'] = { '@type': 'Claim', appearance: [{ '@type': 'WebPage', url: 'file:///etc/passwd' }], firstAppearance: 'x' };
    expect(checkClaimReview(broken)).toEqual([
      'reviewRating.bestRating: a rated review needs a number here',
      'reviewRating.worstRating: a rated review needs a number here',
      'url: not an http(s) address',
      'datePublished: not an ISO 8601 date',
      'itemReviewed.appearance.0.@type: must be "CreativeWork"',
      'itemReviewed.appearance.0.url: not an http(s) address',
      'itemReviewed.firstAppearance: not an object',
    ]);
  });

  it('refuses what is not an object, and lists every required field of an empty one', () => {
    expect(checkClaimReview([valid()])).toEqual(['the ClaimReview is not an object']);
    expect(checkClaimReview({})).toEqual([
      '@context: must be "https://schema.org"',
      '@type: must be "ClaimReview"',
      'claimReviewed: missing or empty',
      'reviewRating: missing',
      'author: missing',
    ]);
  });
});
