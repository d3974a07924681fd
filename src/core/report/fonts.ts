// The report's fonts: Noto Sans (Latin, Cyrillic incl. Kazakh) then Noto Sans SC (Chinese), from the
// Fontsource packages the app ships. A report inlines only the subset files its text needs, so it prints
// the same everywhere without touching system fonts and stays small.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontFaceRule } from './font-face-css';
import { parseFontFaceRules } from './font-face-css';
import { isCodePointInRanges } from './unicode-range';

/** Fallback order matters: a character is taken from the first family whose ranges cover it. */
const BUNDLED_FAMILIES = [
  { family: 'Noto Sans', packageName: '@fontsource/noto-sans' },
  { family: 'Noto Sans SC', packageName: '@fontsource/noto-sans-sc' },
] as const;

/** The CSS font-family for everything in a report, header and footer included. No generic fallback. */
export const REPORT_FONT_FAMILY = BUNDLED_FAMILIES.map(({ family }) => `'${family}'`).join(', ');

export const REPORT_FONT_WEIGHTS = [400, 700] as const;

export interface BundledFontFace extends FontFaceRule {
  filePath: string;
}

export interface FontSelection {
  faces: BundledFontFace[];
  /** Characters no bundled font covers (they would fall back to a system font). */
  uncoveredCodePoints: number[];
}

// import.meta.url rather than __dirname: this also resolves when bundled into Electron main.
const requireFromHere = createRequire(import.meta.url);
const facesByCssFile = new Map<string, BundledFontFace[]>();
const base64ByFile = new Map<string, string>();

/** Picks, per weight, the subset files whose unicode-range covers a character of `text`. */
export function selectFontFaces(text: string, weights: readonly number[] = REPORT_FONT_WEIGHTS): FontSelection {
  const codePoints = collectCodePoints(text);
  const selected = new Set<BundledFontFace>();
  const uncovered = new Set<number>();
  for (const weight of weights) {
    const familyFaces = BUNDLED_FAMILIES.map(({ packageName }) => loadFontFaces(packageName, weight));
    for (const codePoint of codePoints) {
      const covering = findCoveringFaces(codePoint, familyFaces);
      if (covering.length === 0) uncovered.add(codePoint);
      for (const face of covering) selected.add(face);
    }
  }
  return { faces: [...selected], uncoveredCodePoints: [...uncovered].sort((a, b) => a - b) };
}

/** @font-face CSS with the needed subset files inlined as data: URLs. */
export function buildFontFaceCss(text: string, weights: readonly number[] = REPORT_FONT_WEIGHTS): string {
  return selectFontFaces(text, weights).faces.map(formatFontFace).join('\n');
}

function findCoveringFaces(codePoint: number, familyFaces: readonly BundledFontFace[][]): BundledFontFace[] {
  for (const faces of familyFaces) {
    // A family may list overlapping ranges (e.g. combining marks); take every face that claims the character.
    const covering = faces.filter((face) => isCodePointInRanges(codePoint, face.ranges));
    if (covering.length > 0) return covering;
  }
  return [];
}

function loadFontFaces(packageName: string, weight: number): BundledFontFace[] {
  const key = `${packageName}/${weight}.css`;
  let faces = facesByCssFile.get(key);
  if (faces === undefined) {
    const packageDir = dirname(requireFromHere.resolve(`${packageName}/package.json`));
    faces = parseFontFaceRules(readFileSync(join(packageDir, `${weight}.css`), 'utf8'))
      .filter((rule) => rule.style === 'normal')
      .map((rule) => ({ ...rule, filePath: join(packageDir, rule.woff2Url) }));
    facesByCssFile.set(key, faces);
  }
  return faces;
}

function formatFontFace(face: BundledFontFace): string {
  const range = face.ranges
    .map(({ start, end }) => (start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`))
    .join(',');
  return [
    '@font-face{',
    `font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:block;`,
    `src:url(data:font/woff2;base64,${readBase64(face.filePath)}) format('woff2');`,
    `unicode-range:${range};}`,
  ].join('');
}

function readBase64(filePath: string): string {
  let data = base64ByFile.get(filePath);
  if (data === undefined) {
    data = readFileSync(filePath).toString('base64');
    base64ByFile.set(filePath, data);
  }
  return data;
}

function collectCodePoints(text: string): Set<number> {
  const codePoints = new Set<number>();
  for (const char of text) {
    const codePoint = char.codePointAt(0);
    if (codePoint !== undefined) codePoints.add(codePoint);
  }
  return codePoints;
}

function hex(codePoint: number): string {
  return codePoint.toString(16).toUpperCase();
}
