// List markers: "1.", "1)", "1.)", "a.", "(b)", "iv)" and bullets, which start a sentence of their own.
import type { TextSpan } from '../../shared/analysis';
import { isBullet, isSpace } from './char-classes';

const MARKER = /^(\()?(\d{1,3}|[ivx]{1,5}|[IVX]{1,5}|\p{L})(\.\)|[.)])(?=\s)/u;
const LEADING_BULLET = /^[•⁃▪●◦‣∙■►▸]\s*/u;

interface Marker {
  hasOpenParen: boolean;
  label: string;
  close: string;
}

/** Whether a list marker followed by a space starts at index. */
export function isListMarkerAt(text: string, index: number): boolean {
  return MARKER.test(text.slice(index, index + 9));
}

function readMarker(text: string): Marker | null {
  const match = MARKER.exec(text);
  if (!match) return null;
  return { hasOpenParen: match[1] !== undefined, label: match[2] ?? '', close: match[3] ?? '' };
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** The labels that may follow a label in the same list ("iv" may be roman or a letter list's "i"…). */
function findNextLabels(label: string): string[] {
  if (/^\d+$/.test(label)) return [String(Number(label) + 1)];
  const next: string[] = [];
  const romanIndex = ROMAN.indexOf(label.toLowerCase());
  if (romanIndex >= 0 && romanIndex + 1 < ROMAN.length) {
    const roman = ROMAN[romanIndex + 1] ?? '';
    next.push(label === label.toUpperCase() ? roman.toUpperCase() : roman);
  }
  if (label.length === 1) next.push(String.fromCodePoint((label.codePointAt(0) ?? 0) + 1));
  return next;
}

/**
 * Splits a sentence that starts with a list marker before each following marker of the same list
 * ("1. The first item 2. The second item"), and before every bullet.
 */
export function splitListItems(text: string, span: TextSpan): TextSpan[] {
  const pieces: TextSpan[] = [];
  let start = span.start;
  for (let i = span.start + 1; i < span.end; i += 1) {
    if (isBullet(text.charAt(i)) && isSpace(text.charAt(i - 1))) {
      pieces.push({ start, end: i });
      start = i;
    }
  }
  pieces.push({ start, end: span.end });
  return pieces.flatMap((piece) => splitNumberedItems(text, piece));
}

function splitNumberedItems(text: string, span: TextSpan): TextSpan[] {
  const sentence = text.slice(span.start, span.end);
  const lead = LEADING_BULLET.exec(sentence)?.[0].length ?? 0;
  let marker = readMarker(sentence.slice(lead));
  if (!marker) return [span];
  const pieces: TextSpan[] = [];
  let start = span.start;
  let searchFrom = lead + 1;
  while (marker) {
    const found = findNextMarker(sentence, searchFrom, marker);
    if (!found) break;
    pieces.push({ start, end: span.start + found.index });
    start = span.start + found.index;
    searchFrom = found.index + 1;
    marker = found.marker;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

function findNextMarker(sentence: string, from: number, marker: Marker): { index: number; marker: Marker } | null {
  for (const label of findNextLabels(marker.label)) {
    const token = `${marker.hasOpenParen ? '(' : ''}${label}${marker.close}`;
    let index = sentence.indexOf(token, from);
    while (index >= 0) {
      const isAfterSpace = index > 0 && isSpace(sentence.charAt(index - 1));
      const found = readMarker(sentence.slice(index));
      if (isAfterSpace && found && found.label === label) return { index, marker: found };
      index = sentence.indexOf(token, index + 1);
    }
  }
  return null;
}
