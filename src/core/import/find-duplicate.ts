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

/** The same body wins over the same address: replacing an identical text changes nothing, so say so first. */
export function findDuplicate(library: readonly ArticleSummary[], candidate: DuplicateCandidate): FoundDuplicate | null {
  const sameBody = library.find((summary) => summary.contentHash !== '' && summary.contentHash === candidate.contentHash);
  if (sameBody) return { existing: sameBody, match: 'same-body' };
  const address = candidate.url === null ? null : normalizeArticleUrl(candidate.url);
  if (address === null) return null;
  const samePage = library.find((summary) => summary.url !== null && normalizeArticleUrl(summary.url) === address);
  return samePage ? { existing: samePage, match: 'same-url' } : null;
}
