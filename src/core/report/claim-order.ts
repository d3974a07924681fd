// Places each claim in the article body and numbers them the way the report lists them: claims in reading
// order, then dismissed ones (not claims) in reading order. The numbers are the [n] markers in the text.
import type { TextSpan } from '../../shared/analysis';
import type { ArticleDocument, Claim } from '../../shared/model';

export interface NumberedClaim {
  number: number;
  claim: Claim;
  /** Where the claim sits in the body now; null when its quote is no longer in the text. */
  span: TextSpan | null;
}

export function numberClaims(doc: ArticleDocument): NumberedClaim[] {
  const placed = doc.claims.map((claim) => ({ claim, span: locateClaim(doc.article.body, claim) }));
  const byReadingOrder = (a: (typeof placed)[number], b: (typeof placed)[number]): number =>
    (a.span?.start ?? a.claim.start) - (b.span?.start ?? b.claim.start) ||
    (a.span?.end ?? a.claim.end) - (b.span?.end ?? b.claim.end);
  const isDismissed = (entry: (typeof placed)[number]): boolean => entry.claim.status === 'dismissed';
  return [
    ...placed.filter((entry) => !isDismissed(entry)).sort(byReadingOrder),
    ...placed.filter(isDismissed).sort(byReadingOrder),
  ].map((entry, index) => ({ number: index + 1, ...entry }));
}

/** The claim's stored offsets when they still hold its quote, else the occurrence of the quote nearest to them. */
export function locateClaim(body: string, claim: Claim): TextSpan | null {
  const { start, end, quote } = claim;
  if (start >= 0 && end > start && end <= body.length && body.slice(start, end) === quote) return { start, end };
  if (quote === '') return null;
  let nearest: TextSpan | null = null;
  for (let at = body.indexOf(quote); at >= 0; at = body.indexOf(quote, at + 1)) {
    if (nearest === null || Math.abs(at - start) < Math.abs(nearest.start - start)) {
      nearest = { start: at, end: at + quote.length };
    }
  }
  return nearest;
}
