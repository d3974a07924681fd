// Character classes the sentence splitter looks at. Single characters in, booleans out.

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}', '」', '』', '》', '〉', '】', '）', '›', '］', '〕']);
const OPENERS = new Set(['`', '"', "'", '“', '‘', '«', '(', '[', '{', '「', '『', '《', '〈', '【', '（', '‹', '„', '［', '〔']);
const DASHES = new Set(['-', '–', '—', '‒', '―', '−']);
const BULLETS = new Set(['•', '⁃', '▪', '●', '◦', '‣', '∙', '■', '►', '▸']);
/** Full stops of Chinese and Japanese text: they end a sentence without a following space. */
const CJK_STOPS = new Set(['。', '！', '？', '．', '｡']);
const LATIN_STOPS = new Set(['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉']);
const CURRENCY = new Set(['$', '€', '£', '¥', '₸', '₽', '₹', '₩']);

const UPPER = /^[\p{Lu}\p{Lt}]$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER = /^[\p{L}\p{M}]$/u;
const DIGIT = /^\p{Nd}$/u;
const SPACE = /^\s$/u;

export const isCloser = (ch: string): boolean => CLOSERS.has(ch);
export const isOpener = (ch: string): boolean => OPENERS.has(ch);
export const isDash = (ch: string): boolean => DASHES.has(ch);
export const isBullet = (ch: string): boolean => BULLETS.has(ch);
export const isCjkStop = (ch: string): boolean => CJK_STOPS.has(ch);
export const isLatinStop = (ch: string): boolean => LATIN_STOPS.has(ch);
export const isCurrency = (ch: string): boolean => CURRENCY.has(ch);
export const isUpper = (ch: string): boolean => UPPER.test(ch);
export const isLower = (ch: string): boolean => LOWER.test(ch);
export const isLetter = (ch: string): boolean => LETTER.test(ch);
export const isDigit = (ch: string): boolean => DIGIT.test(ch);
export const isSpace = (ch: string): boolean => ch !== '' && SPACE.test(ch);
/** A letter with no case (Chinese, Japanese…): treated like a capital when it follows a full stop. */
export const isCaselessLetter = (ch: string): boolean => isLetter(ch) && !isUpper(ch) && !isLower(ch);

/** The first letter or digit at or after index, past opening quotes and brackets. */
export function findFirstWordChar(text: string, index: number): string {
  let j = index;
  while (j < text.length && OPENERS.has(text.charAt(j))) j += 1;
  return text.charAt(j);
}
