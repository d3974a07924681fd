import { describe, expect, it } from 'vitest';
import { formatGeneratedAt, formatStatedDate } from './report-dates';

describe('report dates', () => {
  it('prints the generation time in UTC', () => {
    expect(formatGeneratedAt(new Date('2026-01-02T03:04:00+06:00'))).toBe('1 January 2026, 21:04 UTC');
  });

  it('prints an article date as stated, without inventing a time zone', () => {
    expect(formatStatedDate('2024-03-05')).toBe('5 March 2024');
    expect(formatStatedDate('2024-03-05T14:30')).toBe('5 March 2024, 14:30');
    expect(formatStatedDate('2024-03-05T14:30:59Z')).toBe('5 March 2024, 14:30 UTC');
    expect(formatStatedDate('2024-03-05T14:30+06:00')).toBe('5 March 2024, 14:30 (+06:00)');
    expect(formatStatedDate('March 2024')).toBe('March 2024');
    expect(formatStatedDate('2024-13-05')).toBe('2024-13-05');
  });
});
