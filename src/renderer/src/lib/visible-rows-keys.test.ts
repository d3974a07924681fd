import { describe, expect, it } from 'vitest';
import { findRowForKey } from './visible-rows-keys';

describe('findRowForKey', () => {
  it('moves one row with the arrows and a page with Page Up and Page Down, within the list', () => {
    expect(findRowForKey('ArrowDown', 5, 5000, 7)).toBe(6);
    expect(findRowForKey('ArrowUp', 5, 5000, 7)).toBe(4);
    expect(findRowForKey('ArrowUp', 0, 5000, 7)).toBe(0);
    expect(findRowForKey('ArrowDown', 4999, 5000, 7)).toBe(4999);
    expect(findRowForKey('PageDown', 5, 5000, 7)).toBe(12);
    expect(findRowForKey('PageUp', 5, 5000, 7)).toBe(0);
    expect(findRowForKey('PageDown', 4995, 5000, 7)).toBe(4999);
  });

  it('goes to the first and last rows with Home and End', () => {
    expect(findRowForKey('Home', 2500, 5000, 7)).toBe(0);
    expect(findRowForKey('End', 3, 5000, 7)).toBe(4999);
  });

  it('ignores other keys and empty lists', () => {
    expect(findRowForKey('Enter', 3, 5000, 7)).toBeNull();
    expect(findRowForKey('toString', 3, 5000, 7)).toBeNull();
    expect(findRowForKey('ArrowDown', 0, 0, 7)).toBeNull();
  });
});
