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

export const CLAIM_KINDS = ['statistic', 'quote', 'event', 'comparison', 'other'] as const;
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
}

export interface ClaimSource {
  id: string;
  url: string | null;
  title: string;
  note: string;
  addedAt: string;
}

export type ClaimChange =
  | { kind: 'status'; at: string; from: ClaimStatus; to: ClaimStatus }
  | { kind: 'note'; at: string; from: string; to: string }
  | { kind: 'text'; at: string; from: string; to: string }
  | { kind: 'source-added'; at: string; sourceId: string; title: string }
  | { kind: 'source-removed'; at: string; sourceId: string; title: string }
  | { kind: 'created'; at: string; origin: ClaimOrigin };

export type ClaimOrigin = 'detected' | 'manual';

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
}

export interface ArticleDocument {
  article: Article;
  claims: Claim[];
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
