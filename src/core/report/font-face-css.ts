// Reads the @font-face rules of a Fontsource CSS file: family, weight, style, woff2 file and unicode-range.
import type { CodePointRange } from './unicode-range';
import { parseUnicodeRange } from './unicode-range';

export interface FontFaceRule {
  family: string;
  weight: number;
  style: string;
  /** The woff2 file, relative to the CSS file (as written in `src`). */
  woff2Url: string;
  /** Sorted; every code point when the rule has no unicode-range. */
  ranges: CodePointRange[];
}

const ALL_CODE_POINTS: CodePointRange[] = [{ start: 0, end: 0x10ffff }];

export function parseFontFaceRules(css: string): FontFaceRule[] {
  const rules: FontFaceRule[] = [];
  for (const match of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const declarations = readDeclarations(match[1] ?? '');
    const family = unquote(declarations.get('font-family') ?? '');
    const woff2Url = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(declarations.get('src') ?? '')?.[1];
    if (family === '' || woff2Url === undefined) continue;
    const range = declarations.get('unicode-range');
    rules.push({
      family,
      weight: Number.parseInt(declarations.get('font-weight') ?? '400', 10),
      style: declarations.get('font-style') ?? 'normal',
      woff2Url,
      ranges: range === undefined ? ALL_CODE_POINTS : parseUnicodeRange(range),
    });
  }
  return rules;
}

function readDeclarations(block: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const declaration of block.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    declarations.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim());
  }
  return declarations;
}

function unquote(text: string): string {
  return text.replace(/^['"]|['"]$/g, '');
}
