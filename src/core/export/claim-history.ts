// What a claim's history says about its last change, for the exports' "last changed" columns and the
// ClaimReview date. Entries are appended in time order, but an entry can be amended later (a note typed on),
// so the latest is found by time, the later entry winning a tie.
import type { Claim, ClaimChange } from '../../shared/model';

/** The most recent history entry (of `kind`, when given); null when there is none. */
export function findLatestChange(claim: Claim, kind?: ClaimChange['kind']): ClaimChange | null {
  let latest: ClaimChange | null = null;
  for (const change of claim.history) {
    if (kind !== undefined && change.kind !== kind) continue;
    if (latest === null || change.at >= latest.at) latest = change;
  }
  return latest;
}
