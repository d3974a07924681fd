// The HTML mammoth makes of a Word file, back to paragraphs of plain text: every paragraph, heading,
// list item and table cell a paragraph of its own, a line break a new line. Footnotes and endnotes
// (the numbered list mammoth appends, and their reference marks in the text) are left out: they are
// not the article's running text. mammoth's HTML is well-formed and escapes only & < > ", so a
// tokenizer is enough.

const TOKEN = /<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/giu;
const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd',
  'blockquote', 'div', 'pre',
]);
/** A note's reference mark in the text, or the note itself in the list at the end. */
const NOTE_REFERENCE = /\bhref="#[^"]*(?:footnote|endnote)-/u;
const NOTE_BODY = /\bid="[^"]*(?:footnote|endnote)-/u;
const HTML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function readHtmlParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line = '';
  /** Open tags of the note being skipped, counted so its nested lists and paragraphs close inside it. */
  let skipping: { tag: string; depth: number } | null = null;

  const endLine = (): void => {
    const text = line.replace(/\s+/gu, ' ').trim();
    if (text !== '') lines.push(text);
    line = '';
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines = [];
  };

  for (const match of html.matchAll(TOKEN)) {
    const [, slash = '', rawTag = '', attributes = '', text] = match;
    const tag = rawTag.toLowerCase();
    const isClosing = slash === '/';
    if (skipping !== null) {
      if (tag === skipping.tag) skipping.depth += isClosing ? -1 : attributes.trimEnd().endsWith('/') ? 0 : 1;
      if (skipping.depth === 0) skipping = null;
      continue;
    }
    if (text !== undefined) {
      line += decodeEntities(text);
    } else if (!isClosing && ((tag === 'a' && NOTE_REFERENCE.test(attributes)) || (tag === 'li' && NOTE_BODY.test(attributes)))) {
      skipping = { tag, depth: 1 };
    } else if (tag === 'br') {
      endLine();
    } else if (BLOCK_TAGS.has(tag)) {
      endParagraph();
    }
  }
  endParagraph();
  return paragraphs;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (entity, name: string) => {
    if (!name.startsWith('#')) return HTML_ENTITIES[name] ?? entity;
    const isHex = name.charAt(1).toLowerCase() === 'x';
    const code = Number.parseInt(name.slice(isHex ? 2 : 1), isHex ? 16 : 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
