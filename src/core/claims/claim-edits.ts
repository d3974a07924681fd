// Every change a fact-checker makes to a claim, as pure edits of an article document.
// Each change is recorded in the claim's history with its time.
import type { DetectedClaim } from '../../shared/analysis';
import type { ArticleDocument, Claim, ClaimChange, ClaimOrigin, ClaimSource, ClaimStatus } from '../../shared/model';
import { MANUAL_CLAIM_REASON } from '../../shared/labels';
import { isHttpUrl } from '../../shared/urls';
import { FactdeskError, notFound } from '../errors';
import { newClaimId, newSourceId } from '../ids';
import { trimRange } from '../../shared/text-range';
import { anchorText } from './anchor';

/**
 * The renderer saves a note as the fact-checker types (debounced); saves within this window of the
 * last one extend that history entry, so one edit is one entry rather than one per pause in typing.
 */
const NOTE_EDIT_WINDOW_MS = 30_000;

export function createClaim(
  articleId: string,
  body: string,
  found: Pick<DetectedClaim, 'start' | 'end' | 'score' | 'kind' | 'reasons' | 'checkables' | 'speaker'>,
  origin: ClaimOrigin,
  now: Date,
): Claim {
  const at = now.toISOString();
  const anchor = anchorText(body, found.start, found.end);
  return {
    id: newClaimId(articleId),
    articleId,
    ...anchor,
    text: anchor.quote,
    score: found.score,
    kind: found.kind,
    reasons: found.reasons,
    checkables: found.checkables,
    speaker: found.speaker,
    status: 'unverified',
    note: '',
    sources: [],
    history: [{ kind: 'created', at, origin }],
    createdAt: at,
    updatedAt: at,
    origin,
  };
}

export function findClaim(doc: ArticleDocument, claimId: string): Claim {
  const claim = doc.claims.find((candidate) => candidate.id === claimId);
  if (!claim) throw notFound('The claim');
  return claim;
}

export function setStatus(claim: Claim, status: ClaimStatus, now: Date): void {
  if (claim.status === status) return;
  const at = now.toISOString();
  claim.history.push({ kind: 'status', at, from: claim.status, to: status });
  claim.status = status;
  claim.updatedAt = at;
}

export function setNote(claim: Claim, note: string, now: Date): void {
  if (claim.note === note) return;
  const at = now.toISOString();
  const last = claim.history.at(-1);
  if (last?.kind === 'note' && now.getTime() - Date.parse(last.at) < NOTE_EDIT_WINDOW_MS) {
    last.to = note;
    last.at = at;
    // Typed and then taken back: no edit remains to record.
    if (last.from === last.to) claim.history.pop();
  } else {
    claim.history.push({ kind: 'note', at, from: claim.note, to: note });
  }
  claim.note = note;
  claim.updatedAt = at;
}

export function setText(claim: Claim, text: string, now: Date): void {
  if (claim.text === text) return;
  const at = now.toISOString();
  claim.history.push({ kind: 'text', at, from: claim.text, to: text });
  claim.text = text;
  claim.updatedAt = at;
}

export function addSource(claim: Claim, input: Omit<ClaimSource, 'id' | 'addedAt'>, now: Date): ClaimSource {
  if (!input.title && !input.url) throw new FactdeskError('invalid-input', 'A source needs a title or a link.');
  if (input.url !== null && input.url !== '' && !isHttpUrl(input.url)) {
    throw new FactdeskError('invalid-input', 'A source link must start with http:// or https://.');
  }
  const at = now.toISOString();
  const source: ClaimSource = {
    id: newSourceId(),
    url: input.url || null,
    title: input.title || (input.url ?? ''),
    note: input.note,
    addedAt: at,
  };
  claim.sources.push(source);
  claim.history.push({ kind: 'source-added', at, sourceId: source.id, title: source.title });
  claim.updatedAt = at;
  return source;
}

export function removeSource(claim: Claim, sourceId: string, now: Date): void {
  const source = claim.sources.find((candidate) => candidate.id === sourceId);
  if (!source) throw notFound('The source');
  const at = now.toISOString();
  claim.sources = claim.sources.filter((candidate) => candidate.id !== sourceId);
  claim.history.push({ kind: 'source-removed', at, sourceId, title: source.title });
  claim.updatedAt = at;
}

/** A claim the fact-checker marked by selecting text; the range is trimmed of white space. */
export function addManualClaim(doc: ArticleDocument, start: number, end: number, now: Date): Claim {
  const { body } = doc.article;
  if (end > body.length || start >= end) {
    throw new FactdeskError('invalid-input', 'The selection is outside the article text.');
  }
  const range = trimRange(body, start, end);
  if (range.end - range.start < 2) throw new FactdeskError('invalid-input', 'Select some words of the article to add a claim.');
  if (doc.claims.some((claim) => claim.start === range.start && claim.end === range.end)) {
    throw new FactdeskError('conflict', 'That text is already a claim.');
  }
  const claim = createClaim(
    doc.article.id,
    body,
    { ...range, score: 1, kind: 'other', reasons: [MANUAL_CLAIM_REASON], checkables: [], speaker: null },
    'manual',
    now,
  );
  doc.claims.push(claim);
  sortClaims(doc);
  return claim;
}

/**
 * A claim nobody has touched yet: detected, unverified, no note, no sources, its own wording, and nothing in
 * its history but its creation (a status set and set back is still work with a history worth keeping).
 */
export function isUntouched(claim: Claim): boolean {
  return (
    claim.origin === 'detected' &&
    claim.status === 'unverified' &&
    claim.note === '' &&
    claim.sources.length === 0 &&
    claim.text === claim.quote &&
    claim.history.every((change) => change.kind === 'created')
  );
}

export function sortClaims(doc: ArticleDocument): void {
  doc.claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Signs history entries with the fact-checker's name; an empty name leaves them unsigned. */
export function signChanges(changes: readonly ClaimChange[], name: string): void {
  if (name === '') return;
  for (const change of changes) change.by = name;
}
