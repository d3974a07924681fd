// A DOM subtree as plain text: one paragraph a line, a blank line between blocks, <br> a line break,
// whitespace collapsed within a line, and nothing from elements that never show text (scripts, styles…).

/** Elements whose content is never article text. */
export const SILENT_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'AUDIO', 'VIDEO',
  'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'HEAD', 'TITLE', 'META', 'LINK', 'MATH', 'PICTURE', 'MAP',
]);

/** Elements that start and end a paragraph of their own. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TFOOT', 'THEAD', 'TR', 'UL',
]);

/**
 * Inline elements that set words apart in CJK text, where no space separates them: a link or an
 * emphasised phrase inside Japanese or Chinese text reads as a word of its own.
 */
const WORD_MARK_TAGS: ReadonlySet<string> = new Set(['A', 'B', 'CITE', 'EM', 'I', 'MARK', 'Q', 'STRONG', 'U']);

/** Han, kana and Hangul: scripts written without spaces between words, or with them only between phrases. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Table cells sit side by side on their row's line. */
const CELL_TAGS: ReadonlySet<string> = new Set(['TD', 'TH']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

/** Paragraphs made of lines; a line is built from collapsed inline text. */
class TextBuilder {
  private readonly paragraphs: string[][] = [];
  private lines: string[] = [];
  private line = '';
  /** How many <pre> elements the text is inside. */
  preDepth = 0;
  private isAtWordMark = false;

  private get isPre(): boolean {
    return this.preDepth > 0;
  }

  /** The edge of a link or emphasis: a space if CJK text runs straight across it. */
  markWordEdge(): void {
    this.isAtWordMark = true;
  }

  addText(text: string): void {
    if (text === '') return;
    if (this.isAtWordMark) {
      this.isAtWordMark = false;
      const before = this.line.at(-1) ?? '';
      const after = text[0] ?? '';
      const isWordJoin = WORD_CHAR.test(before) && WORD_CHAR.test(after);
      if (isWordJoin && (CJK_CHAR.test(before) || CJK_CHAR.test(after))) this.line += ' ';
    }
    if (this.isPre) {
      const [first = '', ...rest] = text.replace(/\r\n?/gu, '\n').split('\n');
      this.line += first.replace(/[^\S\n]+/gu, ' ');
      for (const part of rest) {
        this.breakLine();
        this.line = part.replace(/[^\S\n]+/gu, ' ');
      }
      return;
    }
    this.line += text.replace(/\s+/gu, ' ');
  }

  breakLine(): void {
    this.isAtWordMark = false;
    const line = this.line.replace(/\s+/gu, ' ').trim();
    this.line = '';
    if (line !== '') this.lines.push(line);
    // A blank line inside <pre> parts paragraphs, as it shows.
    else if (this.isPre) this.endParagraph();
  }

  breakBlock(): void {
    this.breakLine();
    this.endParagraph();
  }

  private endParagraph(): void {
    if (this.lines.length > 0) this.paragraphs.push(this.lines);
    this.lines = [];
  }

  toString(): string {
    this.breakBlock();
    return this.paragraphs.map((lines) => lines.join('\n')).join('\n\n');
  }
}

/** What to do on leaving an element, once its children are written. */
type Exit = 'block' | 'pre' | 'cell' | 'word-mark' | 'inline';

export function renderBlockText(root: Node): string {
  const builder = new TextBuilder();
  // An explicit stack rather than recursion: broken pages nest unclosed tags thousands deep.
  const stack: (Node | Exit)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (typeof item === 'string') {
      leaveElement(item, builder);
      continue;
    }
    const exit = enterNode(item, builder);
    if (exit === null) continue;
    stack.push(exit);
    for (let child = item.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  return builder.toString();
}

/** Writes what a node starts with; returns what its end writes, or null when its children are not written. */
function enterNode(node: Node, builder: TextBuilder): Exit | null {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
    builder.addText(node.nodeValue ?? '');
    return null;
  }
  if (node.nodeType === DOCUMENT_NODE || node.nodeType === DOCUMENT_FRAGMENT_NODE) return 'block';
  if (node.nodeType !== ELEMENT_NODE) return null;
  const tag = (node as Element).tagName.toUpperCase();
  if (SILENT_TAGS.has(tag)) return null;
  if (tag === 'BR') {
    builder.breakLine();
    return null;
  }
  if (CELL_TAGS.has(tag)) {
    builder.addText(' ');
    return 'cell';
  }
  if (BLOCK_TAGS.has(tag)) {
    builder.breakBlock();
    if (tag !== 'PRE') return 'block';
    builder.preDepth += 1;
    return 'pre';
  }
  if (!WORD_MARK_TAGS.has(tag)) return 'inline';
  builder.markWordEdge();
  return 'word-mark';
}

function leaveElement(exit: Exit, builder: TextBuilder): void {
  if (exit === 'block') builder.breakBlock();
  else if (exit === 'pre') {
    builder.breakBlock();
    builder.preDepth -= 1;
  } else if (exit === 'cell') builder.addText(' ');
  else if (exit === 'word-mark') builder.markWordEdge();
}
