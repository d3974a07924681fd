// The library's data model. Runs anywhere: no node:*, no DOM, no electron.

export const CLAIM_STATUSES = [
  'unverified',
  'in-progress',
  'verified',
  'disputed',
  'false',
  'misleading',
  'unverifiable',
  'dismissed',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Statuses that count as a decision in an article's progress (everything but the two open ones). */
export function isDecidedStatus(status: ClaimStatus): boolean {
  return status !== 'unverified' && status !== 'in-progress';
}

export const CLAIM_KINDS = ['statistic', 'quote', 'event', 'comparison', 'prediction', 'other'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const LANGUAGES = ['en', 'ru', 'kk', 'zh', 'und'] as const;
/** ISO 639-1 code; `und` when the text gives no clear answer. */
export type LanguageCode = (typeof LANGUAGES)[number];

export const EXCLUSION_REASONS = [
  'navigation',
  'share-buttons',
  'newsletter',
  'copyright',
  'caption',
  'poll',
  'repeated-title',
  'spam',
  'byline',
  'dateline',
  'title',
  'advertisement',
  'cookie-notice',
  'link-list',
  'related-links',
  'comments',
] as const;
/** Why a range of the body is kept out of claim detection. */
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface ExcludedRange {
  start: number;
  end: number;
  reason: ExclusionReason;
  /** The user chose to include this range again; it stays listed so the choice can be undone. */
  isIncluded: boolean;
}

export interface Article {
  id: string;
  title: string;
  /** Publisher, e.g. "China Daily". */
  source: string | null;
  url: string | null;
  author: string | null;
  /** ISO 8601 date or date-time as stated in the text (no invented time zone). */
  publishedAt: string | null;
  language: LanguageCode;
  importedAt: string;
  /** File name or "pasted text". */
  origin: string;
  /** The text exactly as given. */
  rawText: string;
  /** The text claims are anchored in (raw text with line endings normalised). */
  body: string;
  excluded: ExcludedRange[];
  /** Scores of every sentence detection looked at, as a histogram (see SCORE_BUCKETS). */
  scoreHistogram: number[];
  /** Identifies the body's words (see core's hashArticleBody): the same text imported twice has the same hash. */
  contentHash: string;
  /** The fact-checker's labels for it, as normalizeTags keeps them (shared/tags.ts). */
  tags: string[];
}

export interface ClaimSource {
  id: string;
  url: string | null;
  title: string;
  note: string;
  addedAt: string;
}

/** One change to a claim, signed `by` the fact-checker's name when one is set (never for Factdesk's own changes). */
export type ClaimChange = ClaimChangeDetail & { by?: string };

type ClaimChangeDetail =
  | { kind: 'status'; at: string; from: ClaimStatus; to: ClaimStatus }
  | { kind: 'note'; at: string; from: string; to: string }
  | { kind: 'text'; at: string; from: string; to: string }
  | { kind: 'source-added'; at: string; sourceId: string; title: string }
  | { kind: 'source-removed'; at: string; sourceId: string; title: string }
  | { kind: 'created'; at: string; origin: ClaimOrigin }
  /** A newer version of the article replaced it, and the words under the claim changed (its verdict was on `from`). */
  | { kind: 'quote-changed'; at: string; from: string; to: string };

export type ClaimOrigin = 'detected' | 'manual';

export const CHECKABLE_KINDS = ['figure', 'date', 'name'] as const;
/** What kind of checkable detail a part of a claim is. */
export type CheckableKind = (typeof CHECKABLE_KINDS)[number];

/** A checkable detail inside a claim (a figure, a date, a name), by offsets into the claim's quote. */
export interface CheckablePart {
  start: number;
  end: number;
  kind: CheckableKind;
}

/** How many sentences fall in each twentieth of the score range: bucket i holds scores in [i/20, (i+1)/20). */
export const SCORE_BUCKETS = 20;

/** How many sentences score at least `threshold` (a multiple of 1/SCORE_BUCKETS) in a histogram. */
export function countAtThreshold(histogram: readonly number[], threshold: number): number {
  const first = Math.max(0, Math.min(SCORE_BUCKETS, Math.round(threshold * SCORE_BUCKETS)));
  let count = 0;
  for (let i = first; i < histogram.length; i += 1) count += histogram[i] ?? 0;
  return count;
}

/** The score histogram of some sentences (none: all zero); scores are in [0, 1]. */
export function buildScoreHistogram(scores: Iterable<number>): number[] {
  const histogram = new Array<number>(SCORE_BUCKETS).fill(0);
  for (const score of scores) {
    const bucket = Math.max(0, Math.min(SCORE_BUCKETS - 1, Math.floor(score * SCORE_BUCKETS)));
    histogram[bucket] = (histogram[bucket] ?? 0) + 1;
  }
  return histogram;
}

export interface Claim {
  id: string;
  articleId: string;
  /** Exact text of the body between start and end. */
  quote: string;
  start: number;
  end: number;
  /** Up to 32 characters before and after the quote, to re-anchor it if the body changes. */
  prefix: string;
  suffix: string;
  /** The claim as the fact-checker words it; starts as the quote. */
  text: string;
  score: number;
  kind: ClaimKind;
  reasons: string[];
  /** Figures, dates and names in the quote, for the eye to find. */
  checkables: CheckablePart[];
  speaker: string | null;
  status: ClaimStatus;
  note: string;
  sources: ClaimSource[];
  history: ClaimChange[];
  createdAt: string;
  updatedAt: string;
  origin: ClaimOrigin;
}

export type StatusCounts = Record<ClaimStatus, number>;

/** What the library index keeps of an article: enough for the library list without opening it. */
export interface ArticleSummary {
  id: string;
  title: string;
  source: string | null;
  author: string | null;
  publishedAt: string | null;
  language: LanguageCode;
  importedAt: string;
  claimCount: number;
  decidedCount: number;
  statusCounts: StatusCounts;
  /** The article's sentence-score histogram, so the library can count claims at any threshold. */
  scoreHistogram: number[];
  /** The article's canonical address, and the hash of its body: what an import is compared with to find a duplicate. */
  url: string | null;
  contentHash: string;
  tags: string[];
}

export interface ArticleDocument {
  article: Article;
  claims: Claim[];
  /**
   * Claims worked on in an earlier version of the text that could not be found in this one (after a changed
   * version replaced it): kept with all their work, for the fact-checker to review, never dropped.
   */
  unplacedClaims: Claim[];
}

/** How many claims have each status; a status this version does not know (a damaged file) counts as unverified. */
export function countStatuses(claims: readonly { status: string }[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const { status } of claims) {
    counts[(CLAIM_STATUSES as readonly string[]).includes(status) ? (status as ClaimStatus) : 'unverified'] += 1;
  }
  return counts;
}

/** Claims (dismissed ones are not claims) and how many of them have a verdict. */
export function progressOf(counts: StatusCounts): { claimCount: number; decidedCount: number } {
  let claimCount = 0;
  let decidedCount = 0;
  for (const status of CLAIM_STATUSES) {
    if (status === 'dismissed') continue;
    claimCount += counts[status];
    if (isDecidedStatus(status)) decidedCount += counts[status];
  }
  return { claimCount, decidedCount };
}

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as StatusCounts;
}
