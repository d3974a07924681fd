// Is an import already in the library? The same words (whatever the spacing), or the same page by its
// canonical address: a changed version of an article the fact-checker may have worked on.
import type { DuplicateMatch } from '../../shared/api';
import type { ArticleSummary } from '../../shared/model';
import { normalizeArticleUrl } from '../../shared/urls';

export interface DuplicateCandidate {
  url: string | null;
  contentHash: string;
}

export interface FoundDuplicate {
  existing: ArticleSummary;
  match: DuplicateMatch;
}

/**
 * Each summary's normalised address, worked out once: every import compares against the whole library, and a
 * summary object is replaced (never changed) when its article changes, so the cached value cannot go stale.
 */
const addresses = new WeakMap<ArticleSummary, string | null>();

function addressOf(summary: ArticleSummary): string | null {
  let address = addresses.get(summary);
  if (address === undefined) {
    address = summary.url === null ? null : normalizeArticleUrl(summary.url);
    addresses.set(summary, address);
  }
  return address;
}

/** The same body wins over the same address: replacing an identical text changes nothing, so say so first. */
export function findDuplicate(library: readonly ArticleSummary[], candidate: DuplicateCandidate): FoundDuplicate | null {
  const sameBody = library.find((summary) => summary.contentHash !== '' && summary.contentHash === candidate.contentHash);
  if (sameBody) return { existing: sameBody, match: 'same-body' };
  const address = candidate.url === null ? null : normalizeArticleUrl(candidate.url);
  if (address === null) return null;
  const samePage = library.find((summary) => addressOf(summary) === address);
  return samePage ? { existing: samePage, match: 'same-url' } : null;
}
