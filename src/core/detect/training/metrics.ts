// Precision, recall and F1 of the positive class, and the reliability table of calibrated scores.

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export function measurePositiveClass(labels: readonly number[], scores: readonly number[], threshold: number): ClassMetrics {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  labels.forEach((label, i) => {
    const isFlagged = (scores[i] ?? 0) >= threshold;
    if (isFlagged && label === 1) truePositives += 1;
    else if (isFlagged) falsePositives += 1;
    else if (label === 1) falseNegatives += 1;
  });
  const precision = truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, falsePositives, falseNegatives };
}

/** One tenth of the score range: how many scores fell in it and the share of them that were claims. */
export interface ReliabilityBucket {
  from: number;
  to: number;
  count: number;
  /** Share of true claims among the scores in the bucket; null when the bucket is empty. */
  positiveShare: number | null;
  /** Whether the share is within `tolerance` of the bucket's middle (empty buckets pass). */
  isCalibrated: boolean;
}

export function buildReliabilityTable(labels: readonly number[], probabilities: readonly number[], buckets = 10, tolerance = 0.1): ReliabilityBucket[] {
  const counts = new Array<number>(buckets).fill(0);
  const positives = new Array<number>(buckets).fill(0);
  probabilities.forEach((p, i) => {
    const bucket = Math.min(buckets - 1, Math.max(0, Math.floor(p * buckets)));
    counts[bucket] = (counts[bucket] ?? 0) + 1;
    if (labels[i] === 1) positives[bucket] = (positives[bucket] ?? 0) + 1;
  });
  return counts.map((count, bucket) => {
    const from = bucket / buckets;
    const to = (bucket + 1) / buckets;
    const positiveShare = count === 0 ? null : (positives[bucket] ?? 0) / count;
    const middle = (from + to) / 2;
    return { from, to, count, positiveShare, isCalibrated: positiveShare === null || Math.abs(positiveShare - middle) <= tolerance };
  });
}
