import { describe, expect, it } from 'vitest';
import type { ArticleDocument, Claim } from '../../shared/model';
import { buildArticleDocument } from '../article-document';
import { detectClaims } from '../detect';
import { parseArticleText } from '../import';
import { readSample } from '../sample-articles';
import { addManualClaim, addSource, isUntouched, setNote, setStatus, setText } from './claim-edits';
import { redetectClaims } from './redetect';

const at = (minute: number) => new Date(Date.UTC(2025, 8, 5, 9, minute));

function importSample(threshold: number): ArticleDocument {
  const parsed = parseArticleText(readSample('en-chinadaily-cultural-center.txt'), { name: 'cd.txt' });
  return buildArticleDocument(parsed, 'cd.txt', threshold, at(0));
}

/** Everything about a claim that is the fact-checker's work (all but what detection says about it). */
function workOf(claim: Claim) {
  const { score: _score, reasons: _reasons, kind: _kind, checkables: _checkables, speaker: _speaker, ...work } = claim;
  return structuredClone(work);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** A document with one claim of each kind of work on it, and the ids of the worked-on claims. */
function workedOnDocument(): { doc: ArticleDocument; touched: Claim[] } {
  // Threshold 0.05: nearly every sentence is a claim, so there are plenty to work on.
  const doc = importSample(0.05);
  expect(doc.claims.length).toBeGreaterThan(8);
  const [verified, falseOne, reworded, dismissed, toggled, sourced] = doc.claims;
  setStatus(verified!, 'verified', at(1));
  setNote(verified!, 'Matches the embassy release.', at(2));
  setStatus(falseOne!, 'false', at(3));
  setText(reworded!, 'The centre opened in 2025.', at(4));
  setStatus(dismissed!, 'dismissed', at(5));
  // Set and set back: unverified again, but its history is work too.
  setStatus(toggled!, 'in-progress', at(6));
  setStatus(toggled!, 'unverified', at(7));
  addSource(sourced!, { url: 'https://example.org/a', title: 'Example', note: '' }, at(8));
  // A claim by hand on a few words inside a detected sentence.
  const host = doc.claims[7]!;
  const manual = addManualClaim(doc, host.start, host.start + 12, at(9));
  const touched = doc.claims.filter((claim) => !isUntouched(claim));
  expect(touched.map((claim) => claim.id).sort()).toEqual(
    [verified, falseOne, reworded, dismissed, toggled, sourced, manual].map((claim) => claim!.id).sort(),
  );
  return { doc, touched };
}

function expectWorkKept(doc: ArticleDocument, touched: Claim[]): void {
  for (const before of touched) {
    const after = doc.claims.find((claim) => claim.id === before.id);
    expect(after, `claim "${before.text.slice(0, 30)}" is kept`).toBeDefined();
    expect(workOf(after!)).toEqual(workOf(before));
  }
}

describe('redetectClaims', () => {
  it('keeps every worked-on claim as it was when the threshold goes up, and drops untouched claims below it', () => {
    const { doc, touched } = workedOnDocument();
    const snapshot = structuredClone(touched);
    const untouchedBefore = doc.claims.filter(isUntouched);

    const changes = redetectClaims(doc, 0.95, at(20));

    expectWorkKept(doc, snapshot);
    const expected = detectClaims(doc.article.body, doc.article.language, doc.article.excluded, 0.95);
    const keptUntouched = doc.claims.filter(isUntouched);
    // Every untouched claim left is a sentence detection still flags; the rest are gone.
    for (const claim of keptUntouched) expect(expected.claims.some((found) => found.start === claim.start && found.end === claim.end)).toBe(true);
    expect(changes).toEqual({ added: 0, removed: untouchedBefore.length - keptUntouched.length, kept: snapshot.length });
    expect(changes.removed).toBeGreaterThan(0);
    expect(doc.claims).toHaveLength(snapshot.length + keptUntouched.length);
    expect(doc.article.scoreHistogram).toEqual(expected.scoreHistogram);
  });

  it('adds newly flagged sentences when the threshold goes down, never over a kept claim', () => {
    const { doc, touched } = workedOnDocument();
    const snapshot = structuredClone(touched);
    redetectClaims(doc, 0.95, at(20));
    const fewer = doc.claims.length;
    const idsBefore = new Set(doc.claims.map((claim) => claim.id));

    const changes = redetectClaims(doc, 0.05, at(21));

    expectWorkKept(doc, snapshot);
    expect(changes.added).toBeGreaterThan(0);
    expect(doc.claims).toHaveLength(fewer + changes.added - changes.removed);
    const expected = detectClaims(doc.article.body, doc.article.language, doc.article.excluded, 0.05);
    for (const found of expected.claims) {
      const isClaim = doc.claims.some((claim) => claim.start === found.start && claim.end === found.end);
      const isUnderKept = snapshot.some((claim) => overlaps(claim, found));
      expect(isClaim || isUnderKept, found.quote).toBe(true);
    }
    // No claim added now lies over a kept one (such as the claim by hand inside a sentence).
    const added = doc.claims.filter((claim) => !idsBefore.has(claim.id));
    expect(added).toHaveLength(changes.added);
    for (const claim of added) expect(snapshot.some((kept) => overlaps(kept, claim)), claim.quote).toBe(false);
    expect(doc.claims.map((claim) => claim.start)).toEqual([...doc.claims.map((claim) => claim.start)].sort((a, b) => a - b));
  });

  it('refreshes what detection says about a kept claim found again, and nothing else', () => {
    const { doc, touched } = workedOnDocument();
    const verified = doc.claims.find((claim) => claim.status === 'verified')!;
    verified.score = 0.01;
    verified.reasons = ['from an older model'];
    verified.checkables = [{ start: 0, end: 1, kind: 'name' }];
    // The speaker is detection's reading of the text too, not the fact-checker's.
    verified.speaker = 'An older model’s guess';
    const before = structuredClone(verified);

    redetectClaims(doc, 0.05, at(20));

    const after = doc.claims.find((claim) => claim.id === verified.id)!;
    const found = detectClaims(doc.article.body, doc.article.language, doc.article.excluded, 0).claims.find(
      (candidate) => candidate.start === after.start && candidate.end === after.end,
    )!;
    expect(after).toMatchObject({ score: found.score, reasons: found.reasons, kind: found.kind, checkables: found.checkables, speaker: found.speaker });
    expect(after.speaker).not.toBe('An older model’s guess');
    expect(workOf(after)).toEqual(workOf(before));
    expectWorkKept(doc, touched);
  });

  it('keeps an untouched claim it is told to keep (a form is open on it) as if worked on', () => {
    const doc = importSample(0.05);
    const dropped = structuredClone(doc);
    const removedIds = new Set(doc.claims.map((claim) => claim.id));
    redetectClaims(dropped, 0.95, at(20));
    for (const claim of dropped.claims) removedIds.delete(claim.id);
    const [editing, other] = [...removedIds];
    expect(other, 'at least two untouched claims go at 0.95').toBeDefined();
    const before = structuredClone(doc.claims.find((claim) => claim.id === editing)!);

    const changes = redetectClaims(doc, 0.95, at(20), new Set([editing!, 'a000000000000-00000000']));

    expect(doc.claims.find((claim) => claim.id === editing)).toEqual(before);
    expect(doc.claims.some((claim) => claim.id === other)).toBe(false);
    expect(changes.kept).toBe(1);
    expect(changes.removed).toBe(removedIds.size - 1);
  });

  it('changes nothing when run twice at the same threshold; untouched claims keep their ids', () => {
    const { doc } = workedOnDocument();
    redetectClaims(doc, 0.5, at(20));
    const ids = doc.claims.map((claim) => claim.id);
    expect(redetectClaims(doc, 0.5, at(21))).toMatchObject({ added: 0, removed: 0 });
    expect(doc.claims.map((claim) => claim.id)).toEqual(ids);
  });

  it('keeps a dismissed sentence dismissed, so it does not come back as a new claim', () => {
    const { doc } = workedOnDocument();
    const dismissed = doc.claims.find((claim) => claim.status === 'dismissed')!;
    redetectClaims(doc, 0.05, at(20));
    expect(doc.claims.filter((claim) => overlaps(claim, dismissed))).toEqual([expect.objectContaining({ id: dismissed.id, status: 'dismissed' })]);
  });
});
