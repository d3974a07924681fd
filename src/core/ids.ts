// Identifiers. A claim's id starts with its article's id, so a claim can be found from its id alone
// (the CLI's `set-status CLAIM_ID`) without a library-wide claim index.
import { randomBytes } from 'node:crypto';

export function newArticleId(): string {
  return `a${randomBytes(6).toString('hex')}`;
}

export function newClaimId(articleId: string): string {
  return `${articleId}-${randomBytes(4).toString('hex')}`;
}

export function newSourceId(): string {
  return `s${randomBytes(5).toString('hex')}`;
}

const ARTICLE_ID = /^a[0-9a-f]{12}$/;
const CLAIM_ID = /^(a[0-9a-f]{12})-[0-9a-f]{8}$/;

export function isArticleId(id: string): boolean {
  return ARTICLE_ID.test(id);
}

/** The article id inside a claim id, or null when the id is not a claim id. */
export function articleIdOfClaim(claimId: string): string | null {
  return CLAIM_ID.exec(claimId)?.[1] ?? null;
}

/** A duplicate import waiting for a decision. */
export function newPendingId(): string {
  return `p${randomBytes(6).toString('hex')}`;
}

/** A file chosen in the open dialog, waiting to be imported. */
export function newChosenFileId(): string {
  return `f${randomBytes(6).toString('hex')}`;
}
