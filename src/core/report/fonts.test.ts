import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFontFaceRules } from './font-face-css';
import { buildFontFaceCss, selectFontFaces } from './fonts';
import { isCodePointInRanges, parseUnicodeRange } from './unicode-range';

const fileNames = (text: string, weights?: readonly number[]): string[] =>
  selectFontFaces(text, weights).faces.map((face) => basename(face.filePath));

describe('parseUnicodeRange', () => {
  it('reads single points, ranges and wildcards, sorted', () => {
    expect(parseUnicodeRange('U+0460-052F, U+20B4,u+1f1e9-1f1f5,U+4??')).toEqual([
      { start: 0x400, end: 0x4ff },
      { start: 0x460, end: 0x52f },
      { start: 0x20b4, end: 0x20b4 },
      { start: 0x1f1e9, end: 0x1f1f5 },
    ]);
  });

  it('finds code points by binary search', () => {
    const ranges = parseUnicodeRange('U+0000-00FF,U+0131,U+0400-045F');
    expect(isCodePointInRanges(0x41, ranges)).toBe(true);
    expect(isCodePointInRanges(0x131, ranges)).toBe(true);
    expect(isCodePointInRanges(0x132, ranges)).toBe(false);
    expect(isCodePointInRanges(0x4e2d, ranges)).toBe(false);
  });
});

describe('parseFontFaceRules', () => {
  it('reads family, weight, style, woff2 file and range of each @font-face', () => {
    const css = `/* latin */
@font-face {
  font-family: 'Noto Sans';
  font-style: normal;
  font-weight: 700;
  src: url(./files/noto-sans-latin-700-normal.woff2) format('woff2'), url(./files/noto-sans-latin-700-normal.woff) format('woff');
  unicode-range: U+0000-00FF,U+0131;
}`;
    expect(parseFontFaceRules(css)).toEqual([
      {
        family: 'Noto Sans',
        weight: 700,
        style: 'normal',
        woff2Url: './files/noto-sans-latin-700-normal.woff2',
        ranges: [
          { start: 0, end: 0xff },
          { start: 0x131, end: 0x131 },
        ],
      },
    ]);
  });
});

describe('selectFontFaces', () => {
  it('takes Latin text from Noto Sans only: no Chinese subset', () => {
    const names = fileNames('Trade rose 32% in 2023 — “officials” said…');
    expect(names).toContain('noto-sans-latin-400-normal.woff2');
    expect(names).toContain('noto-sans-latin-700-normal.woff2');
    expect(names.some((name) => name.startsWith('noto-sans-sc-'))).toBe(false);
  });

  it('pulls Cyrillic and Cyrillic Extended for Kazakh letters', () => {
    const names = fileNames('Қазақстан әғқңөұүһі', [400]);
    expect(names).toEqual(
      expect.arrayContaining(['noto-sans-cyrillic-400-normal.woff2', 'noto-sans-cyrillic-ext-400-normal.woff2']),
    );
    expect(selectFontFaces('әғқңөұүһіӘҒҚҢӨҰҮҺІ').uncoveredCodePoints).toEqual([]);
  });

  it('pulls a Noto Sans SC subset for a Chinese character, per weight', () => {
    const names = fileNames('中');
    expect(names.filter((name) => /^noto-sans-sc-\d+-400-normal\.woff2$/.test(name))).toHaveLength(1);
    expect(names.filter((name) => /^noto-sans-sc-\d+-700-normal\.woff2$/.test(name))).toHaveLength(1);
    expect(selectFontFaces('中国是哈萨克斯坦最大的贸易伙伴。').uncoveredCodePoints).toEqual([]);
  });

  it('reports characters no bundled font covers', () => {
    expect(selectFontFaces('a அ', [400]).uncoveredCodePoints).toEqual([0x0b85]);
  });
});

describe('buildFontFaceCss', () => {
  it('inlines only the picked subsets as woff2 data URLs, with their ranges', () => {
    const css = buildFontFaceCss('Hello', [400]);
    expect(css.match(/@font-face/g)).toHaveLength(1);
    expect(css).toContain("font-family:'Noto Sans'");
    expect(css).toContain('font-weight:400');
    expect(css).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]+=*\) format\('woff2'\)/);
    expect(css).toContain('unicode-range:U+0-FF,');
    expect(css).not.toMatch(/url\((?!data:)/);
  });

  it('returns the same CSS from its cache', () => {
    expect(buildFontFaceCss('中文 Hello')).toBe(buildFontFaceCss('中文 Hello'));
  });
});
