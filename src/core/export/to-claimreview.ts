// The verdicts of an export as schema.org ClaimReview JSON-LD, the markup fact-check publishers put in their
// pages so search engines and fact-check tools find their verdicts: one object per claim with a verdict.
import type { Article, Claim } from '../../shared/model';
import { numberClaims } from '../report/claim-order';
import { toSafeHref } from '../report/safe-href';
import { findLatestChange } from './claim-history';
import { isVerdict, rateVerdict } from './claim-review-rating';
import type { ClaimReviewRating } from './claim-review-rating';
import type { ExportSet } from './export-set';

interface Person {
  '@type': 'Person' | 'Organization';
  name: string;
}

interface CreativeWork {
  '@type': 'CreativeWork';
  url?: string;
  headline: string;
  datePublished?: string;
  author?: Person;
  publisher?: Person;
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url?: string;
  claimReviewed: string;
  reviewRating: ClaimReviewRating;
  author: Person;
  datePublished: string;
  itemReviewed: {
    '@type': 'Claim';
    author?: Person;
    datePublished?: string;
    appearance: CreativeWork[];
    firstAppearance: CreativeWork;
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/u;

export function renderClaimReviews(set: ExportSet): string {
  const reviews = set.docs.flatMap((doc) =>
    numberClaims(doc)
      .filter(({ claim }) => isVerdict(claim.status))
      .map(({ claim }) => buildClaimReview(doc.article, claim, set.author)),
  );
  // Escaped so the JSON can be pasted into a <script type="application/ld+json"> as it is: a claim holding
  // "</script>" cannot end the element (\u003c is the same character to any JSON reader).
  return `${JSON.stringify(reviews, null, 2).replace(/[<>&\u2028\u2029]/gu, toUnicodeEscape)}\n`;
}

export function buildClaimReview(article: Article, claim: Claim, reviewer: string): ClaimReview {
  const articleUrl = article.url === null ? null : toSafeHref(article.url);
  const published = article.publishedAt !== null && ISO_DATE.test(article.publishedAt) ? article.publishedAt : undefined;
  const appearance: CreativeWork = {
    '@type': 'CreativeWork',
    ...(articleUrl === null ? {} : { url: articleUrl }),
    headline: article.title,
    ...(published === undefined ? {} : { datePublished: published }),
    ...(article.author === null || article.author.trim() === '' ? {} : { author: { '@type': 'Person', name: article.author } }),
    ...(article.source === null || article.source.trim() === '' ? {} : { publisher: { '@type': 'Organization', name: article.source } }),
  };
  const speaker = claim.speaker?.trim() ?? '';
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(articleUrl === null ? {} : { url: linkToClaim(articleUrl, claim.id) }),
    claimReviewed: claim.text.trim() === '' ? claim.quote : claim.text,
    reviewRating: rateVerdict(claim.status),
    author: reviewer.trim() === '' ? { '@type': 'Organization', name: 'Factdesk' } : { '@type': 'Person', name: reviewer },
    datePublished: dateOfVerdict(claim),
    itemReviewed: {
      '@type': 'Claim',
      ...(speaker === '' ? {} : { author: { '@type': 'Person', name: speaker } }),
      ...(published === undefined ? {} : { datePublished: published }),
      appearance: [appearance],
      firstAppearance: appearance,
    },
  };
}

/** The article's address with a fragment naming the claim (its id, which stays when claims are renumbered). */
function linkToClaim(articleUrl: string, claimId: string): string {
  const url = new URL(articleUrl);
  url.hash = `claim-${claimId}`;
  return url.href;
}

/** YYYY-MM-DD of the last status change (the verdict); a claim with no status history, of its last change. */
function dateOfVerdict(claim: Claim): string {
  return (findLatestChange(claim, 'status')?.at ?? claim.updatedAt).slice(0, 10);
}

function toUnicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
