import { describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../shared/labels';
import type { ClaimStatus } from '../../shared/model';
import { checkClaimReview } from './check-claim-review';
import { buildHostileExportSet, EXPORT_AUTHOR, HOSTILE_TITLE, listClaims, SCRIPT } from './export-test-fixtures';
import type { ClaimReview } from './to-claimreview';
import { renderClaimReviews } from './to-claimreview';

const VERDICTS: readonly ClaimStatus[] = ['verified', 'disputed', 'false', 'misleading', 'unverifiable'];

describe('renderClaimReviews', () => {
  const set = buildHostileExportSet();
  const json = renderClaimReviews(set);
  const reviews = JSON.parse(json) as ClaimReview[];
  const claimOf = (review: ClaimReview): ReturnType<typeof listClaims>[number] =>
    listClaims(set).find((claim) => claim.text === review.claimReviewed)!;

  it('writes one valid ClaimReview per claim with a verdict, and none for open or dismissed claims', () => {
    const decided = listClaims(set).filter((claim) => VERDICTS.includes(claim.status));
    expect(reviews).toHaveLength(decided.length);
    expect(reviews.map(claimOf).map((claim) => claim.id).sort()).toEqual(decided.map((claim) => claim.id).sort());
    for (const review of reviews) {
      expect(checkClaimReview(review)).toEqual([]);
      expect(review).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', author: { '@type': 'Person', name: EXPORT_AUTHOR } });
    }
  });

  it('rates verdicts on the 1–5 scale, and unverifiable by name only', () => {
    const ratingOf = (status: ClaimStatus): ClaimReview['reviewRating'] | undefined =>
      reviews.find((review) => claimOf(review).status === status)?.reviewRating;
    const scale = { bestRating: 5, worstRating: 1 };
    expect(ratingOf('false')).toEqual({ '@type': 'Rating', alternateName: 'False', ratingValue: 1, ...scale });
    expect(ratingOf('misleading')).toEqual({ '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, ...scale });
    expect(ratingOf('disputed')).toEqual({ '@type': 'Rating', alternateName: 'Disputed', ratingValue: 3, ...scale });
    expect(ratingOf('verified')).toEqual({ '@type': 'Rating', alternateName: STATUS_LABELS.verified, ratingValue: 5, ...scale });
    expect(ratingOf('unverifiable')).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
  });

  it('dates a review by its last status change, links it to the claim in the article, and names the speaker', () => {
    const falseReview = reviews.find((review) => claimOf(review).status === 'false')!;
    const articleId = set.docs[0]!.article.id;
    expect(falseReview.datePublished).toBe('2026-11-22');
    expect(falseReview.url).toBe(`https://example.org/news/1#claim-${claimOf(falseReview).id}`);
    expect(falseReview.itemReviewed.appearance).toEqual([
      {
        '@type': 'CreativeWork',
        url: 'https://example.org/news/1',
        headline: HOSTILE_TITLE,
        datePublished: '2024-03-05T14:30+06:00',
        author: { '@type': 'Person', name: 'Dana Nurlanovna' },
        publisher: { '@type': 'Organization', name: 'Astana Times, "Business" <i>desk</i>' },
      },
    ]);
    expect(falseReview.itemReviewed.firstAppearance).toEqual(falseReview.itemReviewed.appearance[0]);
    expect(articleId).toBe(claimOf(falseReview).articleId);
    const unverifiable = reviews.find((review) => claimOf(review).status === 'unverifiable')!;
    expect(unverifiable.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Министр <script>' });
    // No status change in its history: the date of its last change.
    expect(unverifiable.datePublished).toBe('2026-11-20');
  });

  it('leaves out the address of a claim whose article has none, and credits Factdesk when no name is set', () => {
    const russian = reviews.find((review) => claimOf(review).articleId === set.docs[1]!.article.id)!;
    expect(russian).not.toHaveProperty('url');
    expect(russian.itemReviewed.appearance[0]).toEqual({ '@type': 'CreativeWork', headline: set.docs[1]!.article.title, publisher: { '@type': 'Organization', name: 'Example News' } });
    expect(russian.datePublished).toBe('2026-11-21');
    const anonymous = JSON.parse(renderClaimReviews({ ...set, author: '' })) as ClaimReview[];
    expect(anonymous[0]!.author).toEqual({ '@type': 'Organization', name: 'Factdesk' });
    expect(anonymous.every((review) => checkClaimReview(review).length === 0)).toBe(true);
  });

  it('can be pasted into a script element: no <, > or & in the text, the same values when parsed', () => {
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('\\u003cscript\\u003e');
    expect(reviews.some((review) => review.itemReviewed.appearance[0]!.headline.includes(SCRIPT))).toBe(true);
  });
});
