import { describe, expect, it } from 'vitest';
import { isAdvertisementLine } from './is-advertisement-line';

describe('isAdvertisementLine', () => {
  it.each(['Advertisement', 'ADVERTISEMENT', '— Advert —', 'Sponsored content', 'Story continues below advertisement', 'Реклама', 'Жарнама', '广告'])(
    '"%s" is an advertisement label',
    (line) => {
      expect(isAdvertisementLine(line)).toBe(true);
    },
  );

  it.each(['Advertisement spending fell 4 percent in 2023.', 'Реклама алкоголя запрещена с 2012 года.', 'Ad hoc committee'])('"%s" is not', (line) => {
    expect(isAdvertisementLine(line)).toBe(false);
  });
});
