// Plain text in whatever encoding it was saved in: UTF-8 (with or without a BOM), UTF-16 (with a
// BOM, or told by where its NUL bytes sit), and the legacy single- and double-byte encodings Russian,
// Kazakh and Chinese files still come in. Legacy encodings cannot be told apart by validity alone
// (every byte is valid Windows-1251), so each candidate is decoded and scored for how much the result
// looks like language: common letter pairs, lower-case letters, common Chinese characters.
import { ImportError } from './import-error';

export interface DecodedText {
  /** The text without its byte order mark. */
  text: string;
  /** WHATWG label of the encoding it was read as: utf-8, utf-16le, windows-1251… */
  encoding: string;
}

type LegacyEncoding = 'windows-1251' | 'koi8-r' | 'gb18030' | 'windows-1252';

/** Share of control bytes (other than whitespace) above which data is binary rather than text. */
const MAX_CONTROL_SHARE = 0.1;
/** Share of two-byte units with a NUL on one side from which BOM-less data reads as UTF-16. */
const MIN_UTF16_NUL_SHARE = 0.05;
/** Share of NULs allowed on the other side of the units before the pattern no longer counts. */
const MAX_UTF16_STRAY_NUL_SHARE = 0.05;
/** A legacy decoding must score at least this (0…1) to be believed; garbage scores near 0. */
const MIN_CONFIDENCE = 0.6;

// Frequent letter pairs of Russian and Kazakh prose (lower case). Decoding with the wrong Cyrillic
// table scrambles letters, so the share of pairs found here falls from over a half to about a fifth.
const CYRILLIC_BIGRAMS = new Set(
  (
    'ст но то на ен ов ни ра во ко ро ан не ре по ол ер ка ал ор ли ит ла ет ль ва ом де да та ос ел ин ' +
    'ес ле ск ти ак ам ог ве мо ть ло ис ат пр ки ие ой ых ек он ди ри ме ся ег ны нн че ем ру ич ую ая ый ию ' +
    'ад ас аз ар ба бо бы ви ву вы го гр др ду ед ез ей жд за зн им ир йс кр ку лу ль ма ми му мы нт ня об од ' +
    'оз ок оп от пе пи пл по ра ре ри ро сл см сп сс те тр ту ты уд ус хо це чи шк ще эт ют яв ях ' +
    'ға ды ін ын ің қа ры ік ті ғы қы ұл ға лы ай ей ші да ге тү ле ау ба бі жа жы ке кі қо ме мә са се та ' +
    'ер ет ең ан ат ал ар ас ақ ау ды дә ұр ұс үр үш өз өт ре ық ыс іс із ін ің ре ры ты тө ша'
  ).split(' '),
);

// The most frequent Chinese characters (news prose draws about half its characters from these). Bytes
// of Cyrillic text read as GB18030 land mostly on rare characters or symbols instead.
const COMMON_HAN = new Set(
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用' +
    '道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军' +
    '者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被' +
    '利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处' +
    '走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命' +
    '山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告' +
    '类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲' +
    '极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石' +
    '级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找' +
    '装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案',
);

// Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1). Node 20's TextDecoder reads these
// bytes as Latin-1 control characters instead, so this one table is kept here. Unassigned bytes: U+FFFD.
const WINDOWS_1252_HIGH_CONTROLS =
  '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['windows-1251', 'koi8-r', 'gb18030', 'windows-1252'];
/** Encodings are judged on a sample: enough text to tell, and quick on a file of megabytes. */
const SAMPLE_BYTES = 64 * 1024;
const SAMPLE_CONTEXT_BYTES = 1024;

export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  const byBom = decodeByByteOrderMark(bytes, name);
  if (byBom !== null) return byBom;
  const utf16 = findUtf16Pattern(bytes);
  const utf16Text = utf16 === null ? null : tryDecode(utf16, bytes);
  if (utf16 !== null && utf16Text !== null) {
    assertTextIsNotBinary(utf16Text, name);
    return { text: utf16Text, encoding: utf16 };
  }
  if (looksBinary(bytes)) throw createBinaryError(name);
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return decodeLegacy(bytes, name);
}

/** The encoding a byte-order mark at the start names, or null when there is none. */
export function encodingOfByteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  const [first, second, third] = bytes;
  if (first === 0xef && second === 0xbb && third === 0xbf) return 'utf-8';
  if (first === 0xff && second === 0xfe) return 'utf-16le';
  if (first === 0xfe && second === 0xff) return 'utf-16be';
  return null;
}

function decodeByByteOrderMark(bytes: Uint8Array, name: string): DecodedText | null {
  const encoding = encodingOfByteOrderMark(bytes);
  if (encoding === null) return null;
  // TextDecoder drops the BOM itself (ignoreBOM is false by default).
  const text = decodeStrict(encoding, bytes, name);
  assertTextIsNotBinary(text, name);
  return { text, encoding };
}

/** UTF-16 without a BOM: ASCII characters (spaces, digits, punctuation) leave a NUL in every other byte. */
function findUtf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.floor(bytes.length / 2);
  if (units === 0 || bytes.length % 2 !== 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < units * 2; index += 2) {
    if (bytes[index] === 0) evenNuls += 1;
    if (bytes[index + 1] === 0) oddNuls += 1;
  }
  const [major, minor] = oddNuls >= evenNuls ? [oddNuls, evenNuls] : [evenNuls, oddNuls];
  if (major / units < MIN_UTF16_NUL_SHARE || minor > major * MAX_UTF16_STRAY_NUL_SHARE) return null;
  // Little-endian puts the high (zero) byte of an ASCII character second.
  return oddNuls >= evenNuls ? 'utf-16le' : 'utf-16be';
}

function decodeStrict(encoding: string, bytes: Uint8Array, name: string): string {
  const text = tryDecode(encoding, bytes);
  if (text !== null) return text;
  if (encoding === 'utf-8' && looksBinary(bytes)) throw createBinaryError(name);
  const label = encoding.toUpperCase();
  throw new ImportError(
    'encoding',
    `"${name}" is marked as ${label} text, but parts of it are not valid ${label}. Save it as UTF-8 and import it again.`,
    name,
  );
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Reads bytes in the legacy encoding whose text looks most like language, or refuses them. */
function decodeLegacy(bytes: Uint8Array, name: string): DecodedText {
  // From the first byte beyond ASCII (with some context before it): ASCII reads the same in every encoding.
  const firstHighByte = Math.max(0, bytes.findIndex((byte) => byte >= 0x80));
  const sampleStart = Math.max(0, firstHighByte - SAMPLE_CONTEXT_BYTES);
  const sample = bytes.subarray(sampleStart, sampleStart + SAMPLE_BYTES);
  let best: LegacyEncoding | null = null;
  let bestScore = MIN_CONFIDENCE;
  for (const encoding of LEGACY_ENCODINGS) {
    const text = decodeSample(encoding, sample);
    if (text === null) continue;
    const score = scoreText(encoding, text);
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  if (best === null) {
    throw new ImportError(
      'encoding',
      `"${name}" is not in a text encoding Factdesk can recognise (UTF-8, UTF-16, Windows-1251, KOI8-R, GB18030). Save it as UTF-8 and import it again.`,
      name,
    );
  }
  // A stray invalid sequence past the sample becomes U+FFFD rather than costing the whole file.
  const text = best === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(best).decode(bytes);
  return { text, encoding: best };
}

/** The sample's text in the encoding; null where GB18030 meets an invalid sequence. */
function decodeSample(encoding: LegacyEncoding, sample: Uint8Array): string | null {
  if (encoding === 'windows-1252') return decodeWindows1252(sample);
  try {
    // Streaming leaves a character cut off at the sample's end undecoded instead of failing on it.
    return new TextDecoder(encoding, { fatal: encoding === 'gb18030' }).decode(sample, { stream: true });
  } catch {
    return null;
  }
}

/** How much decoded text looks like language in that encoding's script, from 0 (garbage) to about 1. */
function scoreText(encoding: LegacyEncoding, text: string): number {
  const penalty = 2 * countJunk(text) / Math.max(1, countNonAscii(text));
  if (encoding === 'gb18030') return scoreChinese(text) - penalty;
  if (encoding === 'windows-1252') return scoreLatin(text) - penalty;
  return scoreCyrillic(text) - penalty;
}

/**
 * Share of letter pairs that are common, and of words cased as words are (lower, Capitalised or CAPITALS):
 * the wrong Cyrillic table scrambles letters and swaps case, giving "пРИВЕТ" for "Привет".
 */
function scoreCyrillic(text: string): number {
  let pairs = 0;
  let commonPairs = 0;
  let words = 0;
  let wellCasedWords = 0;
  for (const word of text.match(/[\u0400-\u04ff]+/gu) ?? []) {
    words += 1;
    if (isWellCased(word)) wellCasedWords += 1;
    const lower = word.toLowerCase();
    for (let index = 1; index < lower.length; index += 1) {
      pairs += 1;
      if (CYRILLIC_BIGRAMS.has(lower.slice(index - 1, index + 1))) commonPairs += 1;
    }
  }
  if (words === 0 || pairs === 0) return 0;
  const pairScore = Math.min(1, (commonPairs / pairs) * 2);
  return 0.75 * pairScore + 0.25 * (wellCasedWords / words) - countMixedScriptWords(text) / countWords(text);
}

function isWellCased(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}

function scoreChinese(text: string): number {
  let han = 0;
  let common = 0;
  for (const char of text) {
    if (!/\p{Script=Han}/u.test(char)) continue;
    han += 1;
    if (COMMON_HAN.has(char)) common += 1;
  }
  if (han === 0) return 0;
  // Chinese prose draws about half its characters from the list; double it to score like the others.
  return Math.min(1, (common / han) * 2);
}

/** Latin text in Windows-1252: accented letters sit inside words of ASCII letters, not in runs of their own. */
function scoreLatin(text: string): number {
  let accented = 0;
  let inLatinWords = 0;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const nonAscii = [...word].filter((char) => char > '\u007f').length;
    accented += nonAscii;
    if (/[a-z]/iu.test(word) && nonAscii * 2 < word.length) inLatinWords += nonAscii;
  }
  // Only punctuation (curly quotes, dashes) beyond ASCII: as plausible as any reading, ranked below Cyrillic.
  if (accented === 0) return MIN_CONFIDENCE + 0.05;
  return inLatinWords / accented;
}

/** Characters no article is written with: C1 controls, box drawing, private use, replacement characters. */
function countJunk(text: string): number {
  let junk = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const isC1 = code >= 0x80 && code <= 0x9f;
    const isBoxDrawing = code >= 0x2500 && code <= 0x25ff;
    const isPrivateUse = code >= 0xe000 && code <= 0xf8ff;
    // Letters of Serbian and Macedonian in Windows-1251's upper half: what Russian text read as another
    // Cyrillic table turns into, never in Russian or Kazakh prose itself.
    const isRareCyrillic = code >= 0x0400 && code <= 0x040f && code !== 0x0401 && code !== 0x0406;
    const isRareCyrillicLower = code >= 0x0450 && code <= 0x045f && code !== 0x0451 && code !== 0x0456;
    if (isC1 || isBoxDrawing || isPrivateUse || isRareCyrillic || isRareCyrillicLower || code === 0xfffd || code === 0x2320 || code === 0x2321) {
      junk += 1;
    }
  }
  return junk;
}

function countNonAscii(text: string): number {
  let count = 0;
  for (const char of text) if (char > '\u007f') count += 1;
  return count;
}

function countWords(text: string): number {
  return Math.max(1, (text.match(/\p{L}+/gu) ?? []).length);
}

/** Words mixing Latin and Cyrillic letters: a Latin-1 text read as Cyrillic ("cafй"). */
function countMixedScriptWords(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).filter((word) => /[a-z]/iu.test(word) && /\p{Script=Cyrillic}/u.test(word)).length;
}

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH_CONTROLS[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  let controlBytes = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if (isControlCode(byte)) controlBytes += 1;
  }
  return controlBytes / bytes.length > MAX_CONTROL_SHARE;
}

function assertTextIsNotBinary(text: string, name: string): void {
  if (text.length === 0) return;
  let controls = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0 || isControlCode(code)) controls += 1;
  }
  if (controls / text.length > MAX_CONTROL_SHARE) throw createBinaryError(name);
}

function isControlCode(code: number): boolean {
  const isWhitespace = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
  return (code < 0x20 && !isWhitespace) || code === 0x7f;
}

function createBinaryError(name: string): ImportError {
  return new ImportError(
    'binary',
    `"${name}" looks like a binary file, not text. Import plain text, Markdown, PDF or Word (.docx) files.`,
    name,
  );
}
