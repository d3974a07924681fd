import { describe, expect, it } from 'vitest';
import { formatTable } from './format-table';

describe('formatTable', () => {
  it('pads columns to the widest cell, aligned as told, without trailing spaces', () => {
    expect(
      formatTable(
        [
          ['lang', 'passed', 'note'],
          ['en', '50/52', ''],
          ['zh', '2/2', 'ok'],
        ],
        ['left', 'right'],
      ),
    ).toEqual(['lang  passed  note', 'en     50/52', 'zh       2/2  ok']);
  });
});
