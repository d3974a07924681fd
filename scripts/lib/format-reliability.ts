// The reliability table of calibrated scores as text: per tenth of the score range, how many sentences
// and the share of them that were check-worthy, against the bucket's middle.
import type { ReliabilityBucket } from '../../src/core/detect/training/metrics';
import { formatTable } from './format-table';

export function formatReliability(buckets: readonly ReliabilityBucket[]): string[] {
  const rows = buckets.map((bucket) => [
    `${bucket.from.toFixed(1)}–${bucket.to.toFixed(1)}`,
    String(bucket.count),
    bucket.positiveShare === null ? '—' : bucket.positiveShare.toFixed(3),
    ((bucket.from + bucket.to) / 2).toFixed(2),
    bucket.positiveShare === null ? '' : bucket.isCalibrated ? 'ok' : 'off by > 0.1',
  ]);
  return formatTable([['score', 'sentences', 'claims', 'middle', ''], ...rows], ['left', 'right', 'right', 'right', 'left']);
}
