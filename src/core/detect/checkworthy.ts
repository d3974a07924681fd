// Where the line between check-worthy and not is drawn by default (the user's preference may move it).
import { MODEL_THRESHOLD } from './model/claim-model';

/** Sentences scoring at least this are reported as claims, unless the user chose otherwise. */
export const CLAIM_THRESHOLD: number = MODEL_THRESHOLD;

export function isCheckworthy(score: number, threshold: number = CLAIM_THRESHOLD): boolean {
  return score >= threshold;
}
