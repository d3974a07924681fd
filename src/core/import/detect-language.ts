// Language from the letters of a text: which script dominates, and for Cyrillic whether the
// letters only Kazakh uses are common enough to be Kazakh rather than Russian with a Kazakh name.
import type { LanguageCode } from '../../shared/model';

/** Fewer letters than this say nothing reliable. */
const MIN_LETTERS = 10;
/** The leading script must hold this share of the (weighted) letters, else the text is mixed. */
const MIN_DOMINANT_SHARE = 0.6;
/** A Han character stands for about a word, so it outweighs one alphabetic letter. */
const HAN_WEIGHT = 2;
/** Kazakh-only letters per Cyrillic letter from which the text is Kazakh (Kazakh prose has about 10%). */
const MIN_KAZAKH_SHARE = 0.03;

const KAZAKH_LETTERS = new Set('әғқңөұүһіӘҒҚҢӨҰҮҺІ');

interface ScriptCounts {
  latin: number;
  cyrillic: number;
  kazakh: number;
  han: number;
}

export function detectLanguage(text: string): LanguageCode {
  const counts = countScripts(text);
  const han = counts.han * HAN_WEIGHT;
  const total = counts.latin + counts.cyrillic + han;
  if (counts.latin + counts.cyrillic + counts.han < MIN_LETTERS) return 'und';
  const leading = Math.max(counts.latin, counts.cyrillic, han);
  if (leading / total < MIN_DOMINANT_SHARE) return 'und';
  if (leading === han) return 'zh';
  if (leading === counts.cyrillic) return counts.kazakh / counts.cyrillic >= MIN_KAZAKH_SHARE ? 'kk' : 'ru';
  return 'en';
}

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, cyrillic: 0, kazakh: 0, han: 0 };
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (isLatin(code)) counts.latin += 1;
    else if (isCyrillic(code)) {
      counts.cyrillic += 1;
      if (KAZAKH_LETTERS.has(char)) counts.kazakh += 1;
    } else if (isHan(code)) counts.han += 1;
  }
  return counts;
}

function isLatin(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x52f;
}

function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x2ffff)
  );
}
