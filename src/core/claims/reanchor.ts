// A changed version of an article replaces the old one: the work done on the old text follows it. Every
// claim the fact-checker worked on is placed in the new text (the same words, or the sentence they became),
// and one that cannot be placed is handed back for review, never dropped.
import type { DetectedClaim } from '../../shared/analysis';
import type { Article, ArticleDocument, Claim, ExcludedRange } from '../../shared/model';
import { rangesOverlap } from '../../shared/text-range';
import { analyzeSentence, detectClaims } from '../detect';
import { findCheckables } from '../detect/find-checkables';
import { newClaimId } from '../ids';
import { anchorText } from './anchor';
import { createClaim, isUntouched, sortClaims } from './claim-edits';
import type { QuoteAnchor, QuoteMatch } from './find-quote';
import { findExactQuote, findSimilarQuote, IndexedText } from './find-quote';

export interface PlacedClaim {
  claimId: string;
  /** The words under the claim changed (its old quote is gone): its verdict was given on other words. */
  isTextChanged: boolean;
}

export interface ReanchorResult {
  document: ArticleDocument;
  placed: PlacedClaim[];
  /** Worked-on claims found nowhere in the new text (also `document.unplacedClaims`), with all their work. */
  unplaced: Claim[];
}

/** Given, detection runs again where an excluded range the user had included is included again. */
export interface ReanchorDetection {
  threshold: number;
  now: Date;
}

/**
 * `next` (the changed version, freshly built) with the work of `previous` moved onto it. The document keeps
 * `previous`'s id and takes `next`'s article fields, with the user's inclusion of excluded ranges carried
 * over where the same text is excluded again. Claims worked on (not untouched, or manual, or in
 * `keepClaimIds`) and the earlier version's unplaced claims are placed by their exact words (occurrence with
 * the most matching context), else on the most similar passage (flagged `isTextChanged`); they keep their
 * id, status, note, sources, history, wording, kind and speaker. Detected claims of `next` overlapping them
 * are dropped; untouched claims of `previous` give way to `next`'s detection. Pure: the inputs are not changed.
 */
export function reanchorClaims(
  previous: ArticleDocument,
  next: ArticleDocument,
  keepClaimIds: ReadonlySet<string> = new Set(),
  detection?: ReanchorDetection,
): ReanchorResult {
  const articleId = previous.article.id;
  const target = new IndexedText(next.article.body, next.article.language);
  const pending = listWorkedOn(previous, keepClaimIds, next.article.body.length);
  const placements = placeClaims(pending, target);

  const foundAt = new Map(next.claims.map((claim) => [`${claim.start}:${claim.end}`, claim]));
  const placedClaims: Claim[] = [];
  const placed: PlacedClaim[] = [];
  const unplaced: Claim[] = [];
  pending.forEach((entry, index) => {
    const match = placements[index];
    if (!match) {
      unplaced.push({ ...copyClaim(entry.claim), articleId });
      return;
    }
    const claim = moveClaim(entry, match, next, foundAt.get(`${match.start}:${match.end}`));
    claim.articleId = articleId;
    placedClaims.push(claim);
    placed.push({ claimId: claim.id, isTextChanged: claim.quote !== entry.quote });
  });

  const usedIds = new Set(placedClaims.map((claim) => claim.id));
  const isCovered = buildOverlapTest(placedClaims);
  const detected = next.claims
    .filter((claim) => !isCovered(claim))
    .map((claim) => adoptClaim(claim, next.article.id, articleId, usedIds));
  const { excluded, reincluded } = carryInclusions(previous.article, next.article);
  const article: Article = { ...structuredClone(next.article), id: articleId, excluded };
  const document: ArticleDocument = { article, claims: [...placedClaims, ...detected], unplacedClaims: unplaced };
  if (detection && reincluded.length > 0) detectIncluded(document, reincluded, detection);
  sortClaims(document);
  const order = new Map(document.claims.map((claim, index) => [claim.id, index]));
  placed.sort((a, b) => (order.get(a.claimId) ?? 0) - (order.get(b.claimId) ?? 0));
  return { document, placed, unplaced: [...unplaced] };
}

interface PendingClaim {
  claim: Claim;
  /** The claim's words in the text it was anchored in. */
  quote: string;
  anchor: QuoteAnchor;
}

/** The claims whose work must follow the text: worked-on ones in the old body, then the earlier unplaced ones. */
function listWorkedOn(previous: ArticleDocument, keepClaimIds: ReadonlySet<string>, targetLength: number): PendingClaim[] {
  const { body, language } = previous.article;
  const source = new IndexedText(body, language);
  // Where a claim would be if the text changed evenly: only breaks ties between equally good places.
  const scale = (offset: number) => Math.round((offset * targetLength) / Math.max(1, body.length));
  const pending: PendingClaim[] = [];
  for (const claim of previous.claims) {
    if (isUntouched(claim) && !keepClaimIds.has(claim.id)) continue;
    const quote = body.slice(claim.start, claim.end);
    // A claim whose offsets no longer hold its quote (a damaged file) is found by its own anchor instead.
    pending.push(
      quote !== '' && quote === claim.quote
        ? { claim, quote, anchor: { source, start: claim.start, end: claim.end, expectedStart: scale(claim.start) } }
        : anchorOfQuote(claim, language),
    );
  }
  // `?? []`: a document from before unplaced claims were kept has none.
  for (const claim of previous.unplacedClaims ?? []) pending.push(anchorOfQuote(claim, language));
  return pending;
}

/** A claim's quote with the little context it keeps (prefix and suffix), as a text of its own. */
function anchorOfQuote(claim: Claim, language: Article['language']): PendingClaim {
  const source = new IndexedText(claim.prefix + claim.quote + claim.suffix, language);
  const start = claim.prefix.length;
  return { claim, quote: claim.quote, anchor: { source, start, end: start + claim.quote.length, expectedStart: null } };
}

/**
 * The span each pending claim goes to, or undefined. Sure exact occurrences are handed out first, then
 * similar passages, then the remaining exact occurrences; each time best fit first, so two claims never get
 * the same span and the better fit wins it.
 */
function placeClaims(pending: readonly PendingClaim[], target: IndexedText): (QuoteMatch | undefined)[] {
  const placements: (QuoteMatch | undefined)[] = new Array<QuoteMatch | undefined>(pending.length).fill(undefined);
  const exact = new Map<number, QuoteMatch[]>();
  const taken = new Set<string>();
  const assign = (find: (anchor: QuoteAnchor, index: number) => QuoteMatch[]) => {
    const offers: { index: number; match: QuoteMatch }[] = [];
    pending.forEach((entry, index) => {
      if (placements[index]) return;
      for (const match of find(entry.anchor, index)) offers.push({ index, match });
    });
    offers.sort((a, b) => b.match.score - a.match.score);
    for (const { index, match } of offers) {
      const key = `${match.start}:${match.end}`;
      if (placements[index] || taken.has(key)) continue;
      placements[index] = match;
      taken.add(key);
    }
  };
  const findExact = (anchor: QuoteAnchor, index: number) => {
    const matches = exact.get(index) ?? findExactQuote(target, anchor);
    exact.set(index, matches);
    return matches;
  };
  assign((anchor, index) => findExact(anchor, index).filter((match) => match.isSure));
  assign((anchor) => findSimilarQuote(target, anchor));
  assign(findExact);
  return placements;
}

/**
 * A worked-on claim at its new place: all its work kept; quote and context from the new text. Score and
 * reasons follow a detection of the very same span in `next`. Checkable parts (offsets into the quote)
 * are kept while the quote is the same, and found again in the new words when it changed.
 */
function moveClaim(entry: PendingClaim, match: QuoteMatch, next: ArticleDocument, sameSpan: Claim | undefined): Claim {
  const claim = copyClaim(entry.claim);
  const wasUntouched = isUntouched(claim);
  Object.assign(claim, anchorText(next.article.body, match.start, match.end));
  if (sameSpan) {
    claim.score = sameSpan.score;
    claim.reasons = [...sameSpan.reasons];
  }
  if (claim.quote !== entry.quote) {
    // Kept only because a form is open on it: its wording was never the fact-checker's, so it follows the text.
    if (wasUntouched) claim.text = claim.quote;
    claim.checkables = findNewCheckables(claim, next, sameSpan);
  }
  return claim;
}

function findNewCheckables(claim: Claim, next: ArticleDocument, sameSpan: Claim | undefined): Claim['checkables'] {
  if (sameSpan) return sameSpan.checkables.map((part) => ({ ...part }));
  // A claim marked by hand has none (as when it was made).
  if (claim.origin === 'manual') return [];
  const { features } = analyzeSentence(claim.quote, next.article.language);
  return findCheckables(claim.quote, features, claim.speaker);
}

/** A claim detected in `next`, moved to the article it now belongs to (its id names that article). */
function adoptClaim(claim: Claim, fromId: string, toId: string, usedIds: Set<string>): Claim {
  const adopted = copyClaim(claim);
  let id = adopted.id.startsWith(fromId) ? toId + adopted.id.slice(fromId.length) : newClaimId(toId);
  while (usedIds.has(id)) id = newClaimId(toId);
  usedIds.add(id);
  adopted.id = id;
  adopted.articleId = toId;
  return adopted;
}

/**
 * `next`'s excluded ranges, with each range the user included again in `previous` included again where the
 * same text is excluded in `next` (of several, the one at the nearest relative place).
 */
function carryInclusions(previous: Article, next: Article): { excluded: ExcludedRange[]; reincluded: ExcludedRange[] } {
  const excluded = structuredClone(next.excluded);
  const reincluded: ExcludedRange[] = [];
  const placeOf = (offset: number, body: string) => offset / Math.max(1, body.length);
  for (const range of previous.excluded) {
    if (!range.isIncluded) continue;
    const text = previous.body.slice(range.start, range.end);
    const was = placeOf(range.start, previous.body);
    let best: ExcludedRange | null = null;
    for (const candidate of excluded) {
      if (candidate.isIncluded || next.body.slice(candidate.start, candidate.end) !== text) continue;
      if (!best || Math.abs(placeOf(candidate.start, next.body) - was) < Math.abs(placeOf(best.start, next.body) - was)) best = candidate;
    }
    if (!best) continue;
    best.isIncluded = true;
    reincluded.push(best);
  }
  return { excluded, reincluded };
}

/** Detection over the ranges included again (as including one by hand does), and the histogram that follows. */
function detectIncluded(document: ArticleDocument, reincluded: readonly ExcludedRange[], { threshold, now }: ReanchorDetection): void {
  const { article } = document;
  const detection = detectClaims(article.body, article.language, article.excluded, threshold);
  article.scoreHistogram = detection.scoreHistogram;
  const isNew = (found: DetectedClaim) =>
    reincluded.some((range) => rangesOverlap(found, range)) && !document.claims.some((claim) => rangesOverlap(claim, found));
  const added = detection.claims.filter(isNew).map((found) => createClaim(article.id, article.body, found, 'detected', now));
  document.claims.push(...added);
}

/** A copy sharing nothing with the claim (by hand: structuredClone is several times slower on thousands of claims). */
function copyClaim(claim: Claim): Claim {
  return {
    ...claim,
    reasons: [...claim.reasons],
    checkables: claim.checkables.map((part) => ({ ...part })),
    sources: claim.sources.map((source) => ({ ...source })),
    history: claim.history.map((change) => ({ ...change })),
  };
}

/** Whether a range overlaps any of the claims: a binary search rather than a scan per range. */
function buildOverlapTest(claims: readonly Claim[]): (range: { start: number; end: number }) => boolean {
  const sorted = claims.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  // furthestEnd[i]: the largest end among the first i + 1 ranges by start.
  const furthestEnd: number[] = [];
  for (const range of sorted) furthestEnd.push(Math.max(range.end, furthestEnd.at(-1) ?? 0));
  return (range) => {
    // The ranges starting before this one ends; one of them overlaps it if any reaches past its start.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle]?.start ?? 0) < range.end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (furthestEnd[low - 1] ?? 0) > range.start;
  };
}
