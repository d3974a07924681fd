import { describe, expect, it } from 'vitest';
import { makeClaim } from '../report/test-fixtures';
import { findLatestChange } from './claim-history';

describe('findLatestChange', () => {
  const body = 'Trade grew 6.8 percent.';

  it('finds the latest entry by time, of any kind or of one kind', () => {
    const claim = makeClaim(body, 'Trade grew 6.8 percent.', {
      history: [
        { kind: 'created', at: '2026-01-01T09:00:00.000Z', origin: 'detected' },
        { kind: 'status', at: '2026-01-02T09:00:00.000Z', from: 'unverified', to: 'false', by: 'Aigerim' },
        // Amended after the later status change: still the latest by time.
        { kind: 'note', at: '2026-01-04T09:00:00.000Z', from: '', to: 'Customs data', by: 'Li Wei' },
        { kind: 'status', at: '2026-01-03T09:00:00.000Z', from: 'false', to: 'verified' },
      ],
    });
    expect(findLatestChange(claim)).toMatchObject({ kind: 'note', by: 'Li Wei' });
    expect(findLatestChange(claim, 'status')).toMatchObject({ to: 'verified', at: '2026-01-03T09:00:00.000Z' });
  });

  it('prefers the later entry on a tie and returns null for an empty history', () => {
    const at = '2026-01-02T09:00:00.000Z';
    const claim = makeClaim(body, 'Trade grew', {
      history: [
        { kind: 'status', at, from: 'unverified', to: 'false' },
        { kind: 'status', at, from: 'false', to: 'misleading' },
      ],
    });
    expect(findLatestChange(claim, 'status')).toMatchObject({ to: 'misleading' });
    expect(findLatestChange(claim, 'note')).toBeNull();
    expect(findLatestChange(makeClaim(body, 'percent'))).toBeNull();
  });
});
