// The checkable parts of a claim (figures, dates, names), marked so the eye finds them in the quote.
import type { CheckableKind, CheckablePart } from '../../shared/model';
import type { FeatureMatch, FeatureName } from './features';
import { rangesOverlap } from '../../shared/text-range';

const KIND_OF: Partial<Record<FeatureName, CheckableKind>> = {
  figure: 'figure',
  percentage: 'figure',
  quantity: 'figure',
  date: 'date',
  namedEntity: 'name',
  name: 'name',
};
/** Edge characters that are not part of a checkable ("$" and "%" are: "$43.82 billion", "6.8%"). */
const POSSESSIVE = /\p{L}['’]s$/u;
const EDGE = /[\s\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Pd},.;:!?"'…·、，。；：！？]/u;

/**
 * Figures, dates and names in a quote (offsets into it), with the speaker's name where the quote holds
 * it: in order, not overlapping. On overlap a figure or date wins over a name (it is what gets checked),
 * the speaker's name over a longer name around it ("Kazakh Minister … Aida Balayeva" marks the person),
 * then the longer, then the earlier.
 */
export function findCheckables(quote: string, features: FeatureMatch[], speaker: string | null = null): CheckablePart[] {
  const candidates: (CheckablePart & { rank: number })[] = [];
  for (const feature of features) {
    const kind = KIND_OF[feature.feature];
    const part = kind ? trimPart(quote, { start: feature.start, end: feature.end, kind }) : null;
    if (part) candidates.push({ ...part, rank: part.kind === 'name' ? 2 : 0 });
  }
  if (speaker) {
    for (let at = quote.indexOf(speaker); at >= 0; at = quote.indexOf(speaker, at + speaker.length)) {
      const part = trimPart(quote, { start: at, end: at + speaker.length, kind: 'name' });
      if (part) candidates.push({ ...part, rank: 1 });
    }
  }
  candidates.sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: CheckablePart[] = [];
  for (const { start, end, kind } of candidates) {
    if (!chosen.some((c) => rangesOverlap({ start, end }, c))) chosen.push({ start, end, kind });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** A part inside the quote, without surrounding spaces, punctuation or a possessive "'s"; null if nothing is left. */
function trimPart(quote: string, part: CheckablePart): CheckablePart | null {
  let start = Math.max(0, part.start);
  let end = Math.min(quote.length, part.end);
  while (start < end && EDGE.test(quote.charAt(start))) start += 1;
  while (end > start && EDGE.test(quote.charAt(end - 1))) end -= 1;
  if (part.kind === 'name' && POSSESSIVE.test(quote.slice(start, end))) end -= 2;
  return end > start ? { start, end, kind: part.kind } : null;
}
