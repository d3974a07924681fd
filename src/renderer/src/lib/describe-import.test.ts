import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/model';
import { describeDuplicateMatch, describeFailure, describeProgress, describeReplacement } from './describe-import';

const existing = { title: 'Trade grew' } as ArticleSummary;

describe('describeDuplicateMatch', () => {
  it('names the article the import matched, and how', () => {
    expect(describeDuplicateMatch({ match: 'same-body', existing, title: 'Trade grew' })).toBe('Already in the library, word for word.');
    expect(describeDuplicateMatch({ match: 'same-body', existing, title: 'Copy of trade' })).toBe('The same text as “Trade grew”, already in the library.');
    expect(describeDuplicateMatch({ match: 'same-url', existing, title: 'Trade grew' })).toBe('A newer version of “Trade grew”, already in the library.');
  });
});

describe('describeReplacement', () => {
  it('counts the claims carried over, reworded and not found', () => {
    expect(describeReplacement('Trade grew', { placed: 5, changed: 1, unplaced: 2 })).toBe(
      'Replaced “Trade grew”: 5 claims carried over, 1 with changed wording, 2 not found — listed for review in the article.',
    );
    expect(describeReplacement('Trade grew', { placed: 1, changed: 0, unplaced: 0 })).toBe('Replaced “Trade grew”: 1 claim carried over.');
  });

  it('names the unit when nothing was carried over', () => {
    expect(describeReplacement('X', { placed: 0, changed: 0, unplaced: 3 })).toBe(
      'Replaced “X”: 3 claims not found — listed for review in the article.',
    );
  });

  it('says so when no claim had been worked on', () => {
    expect(describeReplacement('X', { placed: 0, changed: 0, unplaced: 0 })).toMatch(/^Replaced “X”\. No claim had been worked on/);
  });
});

describe('describeFailure', () => {
  it('keeps a message that names the file, and puts the name before one that does not', () => {
    expect(describeFailure({ name: 'news/a.pdf', message: '"a.pdf" is damaged.' })).toBe('"a.pdf" is damaged.');
    expect(describeFailure({ name: 'b.txt', message: 'The file is empty.' })).toBe('b.txt: The file is empty.');
  });
});

describe('describeProgress', () => {
  it('counts the file being imported as the next after those done', () => {
    expect(describeProgress(11, 100, 'name.html')).toBe('Importing 12 of 100 — name.html');
    expect(describeProgress(0, 1, null)).toBe('Importing 1 of 1');
    expect(describeProgress(3, 3, null)).toBe('Importing 3 of 3');
  });
});
