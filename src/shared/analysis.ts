// What import and claim detection produce before anything is stored. Runs anywhere.
import type { CheckablePart, ClaimKind, ExcludedRange, LanguageCode } from './model';

/** An article read from text: metadata found in it, its body and the ranges kept out of detection. */
export interface ParsedArticle {
  title: string;
  language: LanguageCode;
  publishedAt: string | null;
  author: string | null;
  source: string | null;
  url: string | null;
  rawText: string;
  body: string;
  excluded: ExcludedRange[];
}

/** A sentence the detector flagged, anchored by offsets (JavaScript string indices) into the body. */
export interface DetectedClaim {
  quote: string;
  start: number;
  end: number;
  score: number;
  kind: ClaimKind;
  reasons: string[];
  checkables: CheckablePart[];
  speaker: string | null;
}

/** What detection finds in a body: the claims at the threshold, and the scores of all sentences. */
export interface Detection {
  claims: DetectedClaim[];
  /** See SCORE_BUCKETS in model.ts. */
  scoreHistogram: number[];
}

export interface TextSpan {
  start: number;
  end: number;
}
