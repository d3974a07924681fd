// Where the line between check-worthy and not is drawn.
import weightData from './data/weights.json' with { type: 'json' };

/** Sentences scoring at least this are reported as claims. */
export const CLAIM_THRESHOLD: number = weightData.threshold;

export function isCheckworthy(score: number): boolean {
  return score >= CLAIM_THRESHOLD;
}
