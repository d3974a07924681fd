// Splits an article body into runs of text that share the same claims and exclusion, for rendering.
import type { Claim, ExcludedRange } from '../../../shared/model';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Claims covering this run, most specific (shortest) first. */
  claimIds: string[];
  exclusion: ExcludedRange | null;
  /** This run begins its exclusion (the place to label it). */
  isExclusionStart: boolean;
}

type ClaimSpan = Pick<Claim, 'id' | 'start' | 'end'>;

export function segmentBody(body: string, claims: readonly ClaimSpan[], excluded: readonly ExcludedRange[]): Segment[] {
  const length = body.length;
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const spans = claims
    .map((c) => ({ id: c.id, start: clamp(c.start), end: clamp(c.end) }))
    .filter((c) => c.end > c.start)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  const ranges = excluded
    .map((r) => ({ range: r, start: clamp(r.start), end: clamp(r.end) }))
    .filter((r) => r.end > r.start);

  const cuts = new Set<number>([0, length]);
  for (const c of spans) cuts.add(c.start).add(c.end);
  for (const r of ranges) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = ranges.find((r) => r.start <= start && r.end >= end) ?? null;
    segments.push({
      start,
      end,
      text: body.slice(start, end),
      claimIds: spans.filter((c) => c.start <= start && c.end >= end).map((c) => c.id),
      exclusion: covering?.range ?? null,
      isExclusionStart: covering !== null && covering.start === start,
    });
  }
  return segments;
}

/**
 * The body offset of a DOM position inside the rendered article. Text runs carry `data-start`; anything else
 * (labels, buttons) is skipped. Returns null when the position is outside the text.
 */
export function offsetOf(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!run || !root.contains(run)) return null;
    return Number(run.dataset.start) + Math.min(offset, node.textContent?.length ?? 0);
  }
  const element = node as Element;
  const children = element.childNodes;
  // A position between children: the start of the next run, or the end of the previous one.
  for (let i = offset; i < children.length; i++) {
    const run = firstRun(children[i] as Node);
    if (run) return Number(run.dataset.start);
  }
  for (let i = Math.min(offset, children.length) - 1; i >= 0; i--) {
    const run = lastRun(children[i] as Node);
    if (run) return Number(run.dataset.end);
  }
  const own = element.closest<HTMLElement>('[data-start]');
  return own && root.contains(own) ? Number(own.dataset.start) : null;
}

function runsIn(node: Node): HTMLElement[] {
  if (!(node instanceof HTMLElement)) return [];
  if (node.dataset.start !== undefined) return [node];
  return [...node.querySelectorAll<HTMLElement>('[data-start]')];
}

function firstRun(node: Node): HTMLElement | null {
  return runsIn(node)[0] ?? null;
}

function lastRun(node: Node): HTMLElement | null {
  const runs = runsIn(node);
  return runs[runs.length - 1] ?? null;
}
