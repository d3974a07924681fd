// Running claim detection on an article again (after the threshold or the model changed) without losing
// any work: claims the fact-checker touched stay exactly as they are; only untouched ones are replaced.
import type { RedetectChanges } from '../../shared/api';
import type { DetectedClaim } from '../../shared/analysis';
import type { ArticleDocument, Claim } from '../../shared/model';
import { detectClaims } from '../detect';
import { createClaim, isUntouched, sortClaims } from './claim-edits';
import { rangesOverlap } from '../../shared/text-range';

const spanOf = (span: { start: number; end: number }) => `${span.start}:${span.end}`;

/** What detection says about a span (the speaker too); none of it is the fact-checker's work. */
function refreshDetection(claim: Claim, found: DetectedClaim): void {
  claim.score = found.score;
  claim.reasons = found.reasons;
  claim.kind = found.kind;
  claim.checkables = found.checkables;
  claim.speaker = found.speaker;
}

/**
 * Detects the article's claims at `threshold` and merges them in:
 * - a touched claim (worked on, or added by hand) stays with its status, note, sources, history and text;
 *   if its exact span is found again only its score, reasons, kind, checkable parts and speaker are refreshed;
 * - a claim in `keepClaimIds` (one with a form open in the UI) stays as if touched;
 * - an untouched claim found again keeps its id, with fresh detection data; one not found is removed;
 * - a newly found sentence is added unless it overlaps a claim that stays.
 * The article's score histogram is recomputed too.
 */
export function redetectClaims(
  doc: ArticleDocument,
  threshold: number,
  now: Date,
  keepClaimIds: ReadonlySet<string> = new Set(),
): RedetectChanges {
  const { article } = doc;
  const detection = detectClaims(article.body, article.language, article.excluded, threshold);
  const found = new Map(detection.claims.map((claim) => [spanOf(claim), claim]));
  const staying: Claim[] = [];
  let removed = 0;
  let kept = 0;
  for (const claim of doc.claims) {
    const isWorkedOn = !isUntouched(claim) || keepClaimIds.has(claim.id);
    const again = found.get(spanOf(claim));
    if (again) {
      found.delete(spanOf(claim));
      refreshDetection(claim, again);
    } else if (!isWorkedOn) {
      removed += 1;
      continue;
    }
    if (isWorkedOn) kept += 1;
    staying.push(claim);
  }
  const added = [...found.values()]
    .filter((candidate) => !staying.some((claim) => rangesOverlap(claim, candidate)))
    .map((candidate) => createClaim(article.id, article.body, candidate, 'detected', now));
  doc.claims = [...staying, ...added];
  sortClaims(doc);
  article.scoreHistogram = detection.scoreHistogram;
  return { added: added.length, removed, kept };
}
