import { catchImportError } from './test-import-errors';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { encodeAs } from './test-encodings';

const encode1251 = (text: string) => encodeAs('windows-1251', text);
const encodeKoi8 = (text: string) => encodeAs('koi8-r', text);
const encodeGb18030 = (text: string) => encodeAs('gb18030', text);
/** Latin-1 plus the typographic punctuation Windows-1252 adds at 0x80–0x9F. */
function encode1252(text: string): Uint8Array {
  const punctuation: Record<string, number> = { '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '’': 0x92 };
  return Uint8Array.from([...text], (char) => punctuation[char] ?? char.charCodeAt(0));
}

const RUSSIAN_LONG =
  'Обмен новостным контентом, совместные тренинги и семинары, развитие новых форматов мультимедийного ' +
  'взаимодействия, а также продвижение информации на национальном и международном уровнях.\n\n' +
  'Укрепить партнерство по этим направлениям готовы Телерадиокомплекс Президента Казахстана и китайское ' +
  'информагентство «Синьхуа». Меморандум о сотрудничестве был подписан их руководителями — 3 сентября.';
const RUSSIAN_HEADLINE = 'В Астане прошёл форум информационных агентств';
const RUSSIAN_CAPS_HEADLINE = 'ВЗРЫВ НА ЗАВОДЕ В ЧЕЛЯБИНСКЕ';
const KAZAKH_LONG =
  'Астанада «Қытай – Орталық Азия» ақпарат агенттіктерінің форумы өтті. Жаңалық контентімен алмасу, ' +
  'бірлескен тренингтер мен семинарлар, мультимедиялық өзара іс-қимылдың жаңа форматтарын дамыту ' +
  'туралы келісімге қол қойылды. Екі елдің медиахолдингтерінің басшылары стратегиялық әріптестікті ' +
  'нығайту мәселелерін талқылады.';
const KAZAKH_HEADLINE = 'Астанада ақпарат агенттіктерінің форумы өтті';
const CHINESE_LONG =
  '中国—中亚通讯社论坛在阿斯塔纳举行。新闻内容交换、联合培训和研讨会、发展多媒体互动新形式，以及在国家和国际层面推广信息。' +
  '哈萨克斯坦总统电视广播中心和中国新华通讯社愿意在这些方面加强伙伴关系。双方领导人在论坛前夕的会谈中签署了合作备忘录。';
const CHINESE_HEADLINE = '中国与中亚国家通讯社论坛在阿斯塔纳举行';
const ENGLISH = 'The forum of news agencies was held in Astana on 3 September 2025.\nIt brought together 40 agencies.';

/** What a single-byte code page can hold of a text: the letters it lacks become "?". */
function roundTrip(encode: (text: string) => Uint8Array, label: string, text: string): string {
  return new TextDecoder(label).decode(encode(text));
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte order mark, dropping the mark', () => {
    const bytes = new TextEncoder().encode(RUSSIAN_LONG);
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: RUSSIAN_LONG, encoding: 'utf-8' });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(withBom, 'a.txt')).toEqual({ text: RUSSIAN_LONG, encoding: 'utf-8' });
  });

  it.each([
    ['Russian', RUSSIAN_LONG],
    ['Russian headline', RUSSIAN_HEADLINE],
    ['Russian headline in capitals', RUSSIAN_CAPS_HEADLINE],
    ['Kazakh', KAZAKH_LONG],
    ['Kazakh headline', KAZAKH_HEADLINE],
  ])('tells Windows-1251 from KOI8-R: %s', (_label, text) => {
    expect(decodeText(encode1251(text), 'a.txt')).toEqual({
      text: roundTrip(encode1251, 'windows-1251', text),
      encoding: 'windows-1251',
    });
    expect(decodeText(encodeKoi8(text), 'a.txt')).toEqual({
      text: roundTrip(encodeKoi8, 'koi8-r', text),
      encoding: 'koi8-r',
    });
  });

  it('reads a whole Russian news article saved in either Cyrillic code page or in UTF-16', () => {
    const article = readFileSync(new URL('../../../resources/samples/ru-news-agencies-forum-astana.txt', import.meta.url), 'utf8');
    expect(decodeText(encode1251(article), 'a.txt')).toEqual({ text: roundTrip(encode1251, 'windows-1251', article), encoding: 'windows-1251' });
    expect(decodeText(encodeKoi8(article), 'a.txt')).toEqual({ text: roundTrip(encodeKoi8, 'koi8-r', article), encoding: 'koi8-r' });
    expect(decodeText(new Uint8Array(Buffer.from(article, 'utf16le')), 'a.txt')).toEqual({ text: article, encoding: 'utf-16le' });
  });

  it('judges the encoding where the text goes beyond ASCII, however far into the file', () => {
    const text = `${'Plain ASCII preamble line.\n'.repeat(4000)}${RUSSIAN_LONG}`;
    expect(decodeText(encode1251(text), 'a.txt')).toEqual({ text, encoding: 'windows-1251' });
  });

  it('keeps what Windows-1251 holds of Kazakh: the letters it lacks are question marks', () => {
    const { text } = decodeText(encode1251(KAZAKH_HEADLINE), 'a.txt');
    expect(text).toBe('Астанада а?парат агенттіктеріні? форумы ?тті');
  });

  it.each([
    ['a paragraph', CHINESE_LONG],
    ['a headline', CHINESE_HEADLINE],
  ])('reads Chinese in GB18030: %s', (_label, text) => {
    expect(decodeText(encodeGb18030(text), 'a.txt')).toEqual({ text, encoding: 'gb18030' });
  });

  it.each([
    ['Russian', RUSSIAN_LONG],
    ['English', ENGLISH],
    ['Chinese with a date in digits', `${CHINESE_HEADLINE} 2025年9月3日`],
  ])('reads UTF-16 with and without a byte order mark: %s', (_label, text) => {
    const littleEndian = Buffer.from(text, 'utf16le');
    const bigEndian = Buffer.from(littleEndian).swap16();
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...littleEndian]), 'a.txt')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...bigEndian]), 'a.txt')).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeText(new Uint8Array(littleEndian), 'a.txt')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array(bigEndian), 'a.txt')).toEqual({ text, encoding: 'utf-16be' });
  });

  it('reads plain English the same whatever it was saved as', () => {
    for (const encode of [encode1251, encodeKoi8, encodeGb18030, (text: string) => new TextEncoder().encode(text)]) {
      expect(decodeText(encode(ENGLISH), 'a.txt')).toEqual({ text: ENGLISH, encoding: 'utf-8' });
    }
  });

  it('reads English with typographic quotes or accents saved in a Windows code page', () => {
    const quoted = 'He said: “The café opened — finally.”';
    expect(decodeText(encode1252(quoted), 'a.txt')).toEqual({ text: quoted, encoding: 'windows-1252' });
    const dashes = 'The “forum” was held in Astana — again.';
    expect(decodeText(encode1252(dashes), 'a.txt').text).toBe(dashes);
  });

  it('refuses a PNG named .txt as binary', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
      0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
    ]);
    const error = catchImportError(() => decodeText(png, 'photo.txt'));
    expect(error.code).toBe('binary');
    expect(error.message).toContain('"photo.txt" looks like a binary file, not text');
  });

  it('refuses data full of control bytes as binary', () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, index) => (index % 4 === 0 ? 0x01 : 0x61));
    expect(catchImportError(() => decodeText(bytes, 'a.txt')).code).toBe('binary');
  });

  it('refuses bytes that read as language in no encoding', () => {
    // Lone high bytes between spaces: invalid GB18030, and no Cyrillic or Latin words in any table.
    const loneHighBytes = Uint8Array.from({ length: 60 }, (_, index) => (index % 2 === 1 ? 0x20 : 0xa1 + ((index * 37) % 90)));
    const error = catchImportError(() => decodeText(loneHighBytes, 'odd.txt'));
    expect(error.code).toBe('encoding');
    expect(error.message).toContain('"odd.txt"');

    let seed = 7;
    const random = Uint8Array.from({ length: 400 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return 0x80 + (seed % 128);
    });
    expect(catchImportError(() => decodeText(random, 'noise.txt')).code).toBe('encoding');
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array(0), 'a.txt')).toEqual({ text: '', encoding: 'utf-8' });
  });
});
