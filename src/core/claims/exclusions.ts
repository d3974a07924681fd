// Including an excluded line in claim detection again, or excluding it once more.
import type { ArticleDocument } from '../../shared/model';
import { detectClaims } from '../detect';
import { notFound } from '../errors';
import { createClaim, isUntouched, sortClaims } from './claim-edits';
import { rangesOverlap } from '../../shared/text-range';

/**
 * Including a range runs detection (at `threshold`) over it and adds what it finds; excluding it again
 * removes only the claims there that nobody has worked on (nor has a form open on, `keepClaimIds`), so no
 * verdict, note, source or unsaved draft is ever lost.
 * Either way the article's score histogram follows the sentences detection now looks at.
 */
export function setRangeIncluded(
  doc: ArticleDocument,
  start: number,
  isIncluded: boolean,
  threshold: number,
  now: Date,
  keepClaimIds: ReadonlySet<string> = new Set(),
): void {
  const { article } = doc;
  const range = article.excluded.find((candidate) => candidate.start === start);
  if (!range) throw notFound('The excluded line');
  if (range.isIncluded === isIncluded) return;
  range.isIncluded = isIncluded;
  const detection = detectClaims(article.body, article.language, article.excluded, threshold);
  article.scoreHistogram = detection.scoreHistogram;
  if (isIncluded) {
    const found = detection.claims.filter(
      (claim) => rangesOverlap(claim, range) && !doc.claims.some((existing) => rangesOverlap(existing, claim)),
    );
    doc.claims.push(...found.map((claim) => createClaim(article.id, article.body, claim, 'detected', now)));
    sortClaims(doc);
  } else {
    doc.claims = doc.claims.filter((claim) => !(rangesOverlap(claim, range) && isUntouched(claim) && !keepClaimIds.has(claim.id)));
  }
}
