import { describe, expect, it } from 'vitest';
import { makeDocument } from '../test-fixtures';
import { addManualClaim, addSource, isUntouched, removeSource, setNote, setStatus, setText } from './claim-edits';
import { anchorText } from './anchor';

const at = (iso: string) => new Date(iso);

describe('claim edits', () => {
  it('records every status change in the history with its time', () => {
    const claim = makeDocument().claims[0]!;
    setStatus(claim, 'in-progress', at('2025-09-05T09:00:00Z'));
    setStatus(claim, 'false', at('2025-09-05T09:05:00Z'));
    setStatus(claim, 'false', at('2025-09-05T09:06:00Z'));
    expect(claim.status).toBe('false');
    expect(claim.history.filter((change) => change.kind === 'status')).toEqual([
      { kind: 'status', at: '2025-09-05T09:00:00.000Z', from: 'unverified', to: 'in-progress' },
      { kind: 'status', at: '2025-09-05T09:05:00.000Z', from: 'in-progress', to: 'false' },
    ]);
    expect(claim.updatedAt).toBe('2025-09-05T09:05:00.000Z');
  });

  it('records note edits, folding keystrokes within a minute into one entry', () => {
    const claim = makeDocument().claims[0]!;
    setNote(claim, 'C', at('2025-09-05T09:00:00Z'));
    setNote(claim, 'Cust', at('2025-09-05T09:00:01Z'));
    setNote(claim, 'Customs data', at('2025-09-05T09:00:02Z'));
    setNote(claim, 'Customs data confirms it', at('2025-09-05T09:03:00Z'));
    const notes = claim.history.filter((change) => change.kind === 'note');
    expect(notes).toEqual([
      { kind: 'note', at: '2025-09-05T09:00:02.000Z', from: '', to: 'Customs data' },
      { kind: 'note', at: '2025-09-05T09:03:00.000Z', from: 'Customs data', to: 'Customs data confirms it' },
    ]);
  });

  it('drops an edit that was typed and taken back, and records it again once it changes', () => {
    const claim = makeDocument().claims[0]!;
    setNote(claim, 'A', at('2025-09-05T09:00:00Z'));
    setNote(claim, 'B', at('2025-09-05T09:00:10Z'));
    setNote(claim, '', at('2025-09-05T09:00:20Z'));
    expect(claim.history.filter((change) => change.kind === 'note')).toEqual([]);
    setNote(claim, 'Checked', at('2025-09-05T09:00:25Z'));
    expect(claim.history.at(-1)).toEqual({ kind: 'note', at: '2025-09-05T09:00:25.000Z', from: '', to: 'Checked' });
  });

  it('edits the claim text and keeps the original quote', () => {
    const claim = makeDocument().claims[0]!;
    const quote = claim.quote;
    setText(claim, 'Trade grew 6.8% in 2024', at('2025-09-05T09:00:00Z'));
    expect(claim.text).toBe('Trade grew 6.8% in 2024');
    expect(claim.quote).toBe(quote);
    expect(claim.history.at(-1)).toMatchObject({ kind: 'text', from: quote });
    expect(isUntouched(claim)).toBe(false);
  });

  it('adds and removes sources, refusing links that are not http(s)', () => {
    const claim = makeDocument().claims[0]!;
    const source = addSource(claim, { url: 'https://stats.customs.gov.cn/', title: 'Customs statistics', note: 'table 3' }, at('2025-09-05T09:00:00Z'));
    expect(claim.sources).toEqual([source]);
    expect(() => addSource(claim, { url: 'javascript:alert(1)', title: 'x', note: '' }, new Date())).toThrow(/http/);
    expect(() => addSource(claim, { url: null, title: '', note: '' }, new Date())).toThrow(/title or a link/);
    removeSource(claim, source.id, at('2025-09-05T09:01:00Z'));
    expect(claim.sources).toEqual([]);
    expect(claim.history.map((change) => change.kind)).toEqual(['created', 'source-added', 'source-removed']);
  });

  it('adds a claim from a selection, trimmed, anchored with context, and in body order', () => {
    const doc = makeDocument();
    const start = doc.article.body.indexOf('6.8 percent') - 1;
    const claim = addManualClaim(doc, start, start + 13, at('2025-09-05T09:00:00Z'));
    expect(claim).toMatchObject({ quote: '6.8 percent', origin: 'manual', status: 'unverified' });
    expect(doc.article.body.slice(claim.start, claim.end)).toBe('6.8 percent');
    expect(claim.prefix.endsWith('grew ')).toBe(true);
    expect(claim.suffix.startsWith(' to $43.82')).toBe(true);
    expect(doc.claims.map((c) => c.start)).toEqual([...doc.claims.map((c) => c.start)].sort((a, b) => a - b));
    expect(() => addManualClaim(doc, start, start + 13, new Date())).toThrow(/already a claim/);
    expect(() => addManualClaim(doc, 5, 5, new Date())).toThrow(/outside/);
    expect(() => addManualClaim(doc, 0, doc.article.body.length + 1, new Date())).toThrow(/outside/);
  });

  it('anchors with up to 32 characters of context', () => {
    const body = 'x'.repeat(50) + 'QUOTE' + 'y'.repeat(50);
    expect(anchorText(body, 50, 55)).toEqual({ quote: 'QUOTE', start: 50, end: 55, prefix: 'x'.repeat(32), suffix: 'y'.repeat(32) });
  });
});
