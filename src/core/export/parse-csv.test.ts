import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../seeded-random';
import { FactdeskError } from '../errors';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    const text = 'a,"b,c","say ""hi""","one\r\ntwo\nthree"\r\n"",,x\r\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b,c', 'say "hi"', 'one\r\ntwo\nthree'],
      ['', '', 'x'],
    ]);
  });

  it('takes LF or CRLF line ends, skips a leading BOM, and needs no final line break', () => {
    expect(parseCsv('\uFEFFh1,h2\nТовар,中国')).toEqual([
      ['h1', 'h2'],
      ['Товар', '中国'],
    ]);
    expect(parseCsv('a\r\nb\r\n')).toEqual([['a'], ['b']]);
  });

  it('keeps empty lines and empty trailing cells as cells', () => {
    expect(parseCsv('a,\r\n\r\nb')).toEqual([['a', ''], [''], ['b']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('keeps a quote inside an unquoted cell as text', () => {
    expect(parseCsv('5" screen,x')).toEqual([['5" screen', 'x']]);
  });

  it('refuses an unclosed quote or text after a closing quote, naming the line', () => {
    const unclosed = (): string[][] => parseCsv('a,b\r\nc,"never\r\nclosed');
    expect(unclosed).toThrow(FactdeskError);
    expect(unclosed).toThrow(/line 2 is never closed/);
    expect(() => parseCsv('"a"b,c')).toThrow(/text follows a closing quote on line 1/);
  });

  it('reads back whatever an RFC 4180 writer wrote, for random cells', () => {
    const random = createSeededRandom(4180);
    const alphabet = ['a', 'Я', '中', ',', '"', '\r', '\n', '\r\n', ' ', "'", '='];
    const randomCell = (): string =>
      Array.from({ length: Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 200; round += 1) {
      const rows = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 4) }, randomCell),
      );
      const text = rows
        .map((cells) => cells.map((cell) => (/[",\r\n]/u.test(cell) || cell === '' ? `"${cell.replaceAll('"', '""')}"` : cell)).join(','))
        .join('\r\n');
      expect(parseCsv(text)).toEqual(rows);
    }
  });
});

describe('parseCsv at the edges of the text', () => {
  it('ends a row at a comma that ends the text, and reads a BOM alone as nothing', () => {
    expect(parseCsv('a,')).toEqual([['a', '']]);
    expect(parseCsv('a,\r\nb,')).toEqual([['a', ''], ['b', '']]);
    expect(parseCsv('\uFEFF')).toEqual([]);
    expect(parseCsv('""')).toEqual([['']]);
    expect(parseCsv('"a\r\nb"\r\n"c"')).toEqual([['a\r\nb'], ['c']]);
  });
});
