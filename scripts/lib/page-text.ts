// The text a reader gets by selecting a whole web page in a browser and copying it: what a fact-checker
// pastes into Factdesk. A simulation of the browser's plain-text serialisation (close to `innerText`):
// no style sheets are applied, so only what the markup itself hides is left out.
import { parseHTML } from 'linkedom';

/** Never rendered, or rendered as something other than text. */
const SKIPPED_ELEMENTS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'canvas', 'svg', 'math',
  'select', 'datalist', 'option', 'optgroup', 'audio', 'video', 'picture', 'img', 'map', 'input', 'link',
  'meta', 'title', 'base',
]);

/** Elements that begin and end a line (the CSS `display: block`, `list-item` and table kinds). */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'listing', 'main', 'menu', 'nav', 'ol', 'plaintext', 'pre', 'section', 'summary', 'table', 'caption',
  'thead', 'tbody', 'tfoot', 'tr', 'ul', 'xmp', 'frameset', 'search',
]);

/** Blocks with a margin above and below: the browser copies a blank line around them. */
const PARAGRAPH_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Whitespace is kept as written inside these. */
const PREFORMATTED_ELEMENTS = new Set(['pre', 'textarea', 'listing', 'xmp', 'plaintext']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/iu;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Text and line breaks in document order; a number asks for that many newlines between neighbours. */
type Piece = string | number;

/** The plain text of an HTML document as a browser copies it: one block a line, paragraphs apart. */
export function readPageText(html: string): string {
  // linkedom keeps only the first element of markup that has no <html> element: give it one.
  const { document } = parseHTML(/<html[\s>]/iu.test(html) ? html : `<html>${html}</html>`);
  // The whole document, its head left out as a browser leaves it.
  const root = document.documentElement;
  const pieces: Piece[] = [];
  if (root !== null) collectPieces(root, false, pieces);
  return joinPieces(pieces);
}

function collectPieces(node: Node, isPreformatted: boolean, pieces: Piece[]): void {
  if (node.nodeType === TEXT_NODE) {
    const text = node.nodeValue ?? '';
    pieces.push(isPreformatted ? text.replace(/\r\n?/gu, '\n') : text.replace(/[ \t\n\r\f]+/gu, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  const tag = element.localName.toLowerCase();
  if (SKIPPED_ELEMENTS.has(tag) || isHidden(element)) return;
  if (tag === 'br') {
    pieces.push('\n');
    return;
  }
  const breaks = PARAGRAPH_ELEMENTS.has(tag) ? 2 : BLOCK_ELEMENTS.has(tag) ? 1 : 0;
  const isPre = isPreformatted || PREFORMATTED_ELEMENTS.has(tag);
  if (breaks > 0) pieces.push(breaks);
  // A closed <details> shows its summary only.
  const isClosedDetails = tag === 'details' && !element.hasAttribute('open');
  let isFirstCell = true;
  for (const child of Array.from(element.childNodes)) {
    if (isClosedDetails && (child as Element).localName?.toLowerCase() !== 'summary') continue;
    const childTag = child.nodeType === ELEMENT_NODE ? (child as Element).localName.toLowerCase() : '';
    // Table cells sit on one line, a tab apart, as browsers copy them.
    if (childTag === 'td' || childTag === 'th') {
      if (!isFirstCell) pieces.push('\t');
      isFirstCell = false;
    }
    collectPieces(child, isPre, pieces);
  }
  if (breaks > 0) pieces.push(breaks);
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.localName.toLowerCase() === 'dialog' && !element.hasAttribute('open')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * Joins the pieces: line breaks asked for by neighbouring blocks merge into the largest of them, spaces at
 * the edges of a line go, and the text starts and ends with no blank line.
 */
function joinPieces(pieces: readonly Piece[]): string {
  const out: string[] = [];
  let isLineStart = true;
  let pendingBreaks = 0;
  for (const piece of pieces) {
    if (typeof piece === 'number') {
      pendingBreaks = Math.max(pendingBreaks, piece);
      continue;
    }
    if (piece === '' || (piece === ' ' && (isLineStart || pendingBreaks > 0))) continue;
    if (pendingBreaks > 0 && out.length > 0) {
      out.push('\n'.repeat(pendingBreaks));
      isLineStart = true;
    }
    pendingBreaks = 0;
    // Whitespace collapses across inline elements too: one space between "a <b>b</b>" and " c".
    const text: string = isLineStart || out.at(-1)?.endsWith(' ') === true ? piece.replace(/^ +/u, '') : piece;
    if (text === '') continue;
    out.push(text);
    isLineStart = text.endsWith('\n');
  }
  return out
    .join('')
    .replace(/\u00a0/gu, ' ')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/gu, ''))
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
