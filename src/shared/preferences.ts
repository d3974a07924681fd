// The user's preferences: a small record that grows field by field. Runs anywhere.

/** The claim threshold moves in twentieths, the same steps as the score histogram (SCORE_BUCKETS). */
export const CLAIM_THRESHOLD_MIN = 0.05;
export const CLAIM_THRESHOLD_MAX = 0.95;
export const CLAIM_THRESHOLD_STEP = 0.05;

export interface Preferences {
  /** Sentences scoring at least this are flagged as claims. */
  claimThreshold: number;
  /** The fact-checker's name, recorded with every change they make to a claim; empty: changes are not signed. */
  userName: string;
}

export const MAX_USER_NAME_CHARS = 100;

/** A name as it is kept: spaces trimmed and runs of them made one. */
export function normalizeUserName(name: string): string {
  return name.replace(/\s+/gu, ' ').trim();
}

/** The nearest threshold step to a number (0.5 stays 0.5; 0.4999999 becomes 0.5). */
export function roundClaimThreshold(value: number): number {
  const steps = Math.round(value / CLAIM_THRESHOLD_STEP);
  return Number((steps * CLAIM_THRESHOLD_STEP).toFixed(2));
}

/** True for 0.05, 0.10 … 0.95 (allowing for floating-point noise such as 0.15000000000000002). */
export function isClaimThreshold(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const rounded = roundClaimThreshold(value);
  return Math.abs(value - rounded) < 1e-9 && rounded >= CLAIM_THRESHOLD_MIN && rounded <= CLAIM_THRESHOLD_MAX;
}

export const CLAIM_THRESHOLD_RULE = `The claim sensitivity must be between ${CLAIM_THRESHOLD_MIN} and ${CLAIM_THRESHOLD_MAX}, in steps of ${CLAIM_THRESHOLD_STEP}.`;
