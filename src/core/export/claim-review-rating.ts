// Factdesk's verdicts as schema.org ClaimReview ratings. The verdicts that say how true a claim is sit on one
// scale, worstRating 1 to bestRating 5:
//   1 False · 2 Misleading · 3 Disputed · 4 (unused: Factdesk has no "mostly accurate") · 5 Verified
// Unverifiable says nothing about truth, so it gets no number, only its name (alternateName). Unverified,
// In progress and Not a claim are no verdict at all, and get no ClaimReview.
import type { ClaimStatus } from '../../shared/model';
import { STATUS_LABELS } from '../../shared/labels';

export const WORST_RATING = 1;
export const BEST_RATING = 5;

const RATING_VALUES: Partial<Record<ClaimStatus, number>> = { false: 1, misleading: 2, disputed: 3, verified: 5 };
const VERDICT_STATUSES: readonly ClaimStatus[] = ['verified', 'disputed', 'false', 'misleading', 'unverifiable'];

export interface ClaimReviewRating {
  '@type': 'Rating';
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

export function isVerdict(status: ClaimStatus): boolean {
  return VERDICT_STATUSES.includes(status);
}

export function rateVerdict(status: ClaimStatus): ClaimReviewRating {
  const ratingValue = RATING_VALUES[status];
  const rating: ClaimReviewRating = { '@type': 'Rating', alternateName: STATUS_LABELS[status] };
  return ratingValue === undefined ? rating : { ...rating, ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING };
}
