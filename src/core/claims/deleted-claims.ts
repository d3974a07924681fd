// Deleting a claim, and putting it back. Core keeps the claims deleted in this session in memory, so undo
// puts back exactly the claim that was deleted: the renderer only names it and never sends a claim (nothing
// to validate, nothing to forge). The memory goes with the app: after a restart, restoring is not-found.
import type { ArticleDocument, Claim } from '../../shared/model';
import { FactdeskError } from '../errors';
import { anchorText } from './anchor';
import { findClaim, isUntouched, sortClaims } from './claim-edits';
import { findExactQuote, IndexedText } from './find-quote';

export const RESTORE_UNAVAILABLE_MESSAGE =
  'The deleted claim can no longer be put back: Factdesk keeps deleted claims only until it is closed.';

/** Claims deleted since the app opened, by article and claim id. */
export class DeletedClaims {
  readonly #claims = new Map<string, Claim>();

  keep(claim: Claim): void {
    this.#claims.set(keyOf(claim.articleId, claim.id), structuredClone(claim));
  }

  /** A copy of the claim as it was deleted; not-found when it was not deleted in this session. */
  find(articleId: string, claimId: string): Claim {
    const claim = this.#claims.get(keyOf(articleId, claimId));
    if (!claim) throw new FactdeskError('not-found', RESTORE_UNAVAILABLE_MESSAGE);
    return structuredClone(claim);
  }

  forget(articleId: string, claimId: string): void {
    this.#claims.delete(keyOf(articleId, claimId));
  }

  /** The article itself was deleted: its claims cannot come back. */
  forgetArticle(articleId: string): void {
    for (const [key, claim] of this.#claims) if (claim.articleId === articleId) this.#claims.delete(key);
  }
}

function keyOf(articleId: string, claimId: string): string {
  return `${articleId}/${claimId}`;
}

/** Removes a claim from the article's claims and returns it; adds no history (the claim is gone). */
export function removeClaim(doc: ArticleDocument, claimId: string): Claim {
  const claim = findClaim(doc, claimId);
  doc.claims = doc.claims.filter((candidate) => candidate !== claim);
  return claim;
}

export interface PutBack {
  claim: Claim;
  /** Its words are no longer in the text (a new version replaced it meanwhile): kept for review instead. */
  isUnplaced: boolean;
}

/**
 * Puts a deleted claim back as it was, history and all: where it was, or where its exact words now are when a
 * new version of the text moved them, else among the claims kept for review (never dropped). An untouched
 * detected claim that took its place (detection re-run) gives way; a claim worked on there is a conflict.
 */
export function putBackClaim(doc: ArticleDocument, deleted: Claim): PutBack {
  if ([...doc.claims, ...doc.unplacedClaims].some((claim) => claim.id === deleted.id)) {
    throw new FactdeskError('conflict', 'The claim is in the article already.');
  }
  const claim = structuredClone(deleted);
  const place = findPlace(doc, claim);
  if (!place) {
    doc.unplacedClaims.push(claim);
    return { claim, isUnplaced: true };
  }
  Object.assign(claim, anchorText(doc.article.body, place.start, place.end));
  const occupant = doc.claims.find((other) => other.start === claim.start && other.end === claim.end);
  if (occupant && !isUntouched(occupant)) {
    throw new FactdeskError('conflict', 'Another claim you worked on now covers the same words, so the deleted claim was not put back.');
  }
  doc.claims = [...doc.claims.filter((other) => other !== occupant), claim];
  sortClaims(doc);
  return { claim, isUnplaced: false };
}

function findPlace(doc: ArticleDocument, claim: Claim): { start: number; end: number } | null {
  const { body, language } = doc.article;
  if (body.slice(claim.start, claim.end) === claim.quote) return { start: claim.start, end: claim.end };
  const context = `${claim.prefix}${claim.quote}${claim.suffix}`;
  const [best] = findExactQuote(new IndexedText(body, language), {
    source: new IndexedText(context, language),
    start: claim.prefix.length,
    end: claim.prefix.length + claim.quote.length,
    expectedStart: null,
  });
  return best?.isSure ? { start: best.start, end: best.end } : null;
}
