// Markdown to readable text, so claims read cleanly: markers go, words stay. The first level-one
// heading is kept as the title. Not a full CommonMark parser: line by line, the common syntax.
import { readFrontMatter } from './read-front-matter';

export interface MarkdownText {
  /** The readable text: what becomes the article body. */
  text: string;
  /** The first `# heading` (or `===` underlined heading), else front matter `title`. */
  title: string | null;
  /** Front matter fields, keys in lower case. */
  fields: ReadonlyMap<string, string>;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const ATX_HEADING = /^ {0,3}(?<level>#{1,6})(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$/u;
const SETEXT_LEVEL_ONE = /^ {0,3}=+[ \t]*$/u;
const SETEXT_LEVEL_TWO = /^ {0,3}-+[ \t]*$/u;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/u;
const TABLE_DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/u;
const BLOCKQUOTE_MARKERS = /^ {0,3}(?:>[ \t]?)+/u;
const LIST_MARKER = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/u;
/** Backslash escapes are swapped for private-use characters while markers are stripped, then restored. */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|>~<])/gu;
const ESCAPE_BASE = 0xe000;
const PLACEHOLDER = /[\ue000-\ue07f]/gu;

export function stripMarkdown(markdown: string): MarkdownText {
  const { fields, rest } = readFrontMatter(markdown);
  const output: string[] = [];
  let title: string | null = null;
  let fence: string | null = null;

  for (const rawLine of hideEscapes(rest).split('\n')) {
    const fenceMatch = FENCE.exec(rawLine)?.[1];
    if (fence !== null) {
      if (fenceMatch !== undefined && fenceMatch[0] === fence[0] && fenceMatch.length >= fence.length) fence = null;
      else output.push(rawLine);
      continue;
    }
    if (fenceMatch !== undefined) {
      fence = fenceMatch;
      continue;
    }
    const previous = output.at(-1) ?? '';
    if ((SETEXT_LEVEL_ONE.test(rawLine) || SETEXT_LEVEL_TWO.test(rawLine)) && previous.trim() !== '') {
      if (title === null && SETEXT_LEVEL_ONE.test(rawLine)) title = previous.trim();
      continue;
    }
    if (THEMATIC_BREAK.test(rawLine) || LINK_DEFINITION.test(rawLine) || TABLE_DELIMITER_ROW.test(rawLine)) continue;
    const heading = ATX_HEADING.exec(rawLine)?.groups;
    if (heading !== undefined) {
      const text = stripInline(heading['text'] ?? '');
      if (title === null && heading['level'] === '#' && text !== '') title = text;
      output.push(text);
      continue;
    }
    const line = stripInline(stripBlockMarkers(rawLine));
    // A line that held only an image or an HTML tag disappears rather than leaving a blank.
    if (line.trim() === '' && rawLine.trim() !== '') continue;
    output.push(line);
  }

  const text = restoreEscapes(output.join('\n'));
  const declaredTitle = title === null ? (fields.get('title') ?? null) : restoreEscapes(title);
  return { text, title: declaredTitle, fields };
}

function stripBlockMarkers(line: string): string {
  const unquoted = line.replace(BLOCKQUOTE_MARKERS, '');
  const unlisted = unquoted.replace(LIST_MARKER, '$1');
  return /^\s*\|.*\|\s*$/u.test(unlisted) ? stripTableRow(unlisted) : unlisted;
}

function stripTableRow(line: string): string {
  return line
    .trim()
    .replace(/^\|\s*|\s*\|$/gu, '')
    .split(/\s*\|\s*/u)
    .join(' | ');
}

function stripInline(text: string): string {
  return text
    .replace(/<!--.*?-->/gu, '')
    .replace(/!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/gu, '')
    .replace(/\[([^\]]+)\]\((?:[^()\s]+|\([^)]*\))*(?:\s+"[^"]*")?\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/giu, '$1')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/gu, '')
    .replace(/(`+)(.+?)\1/gu, (_match, _ticks: string, code: string) => code.trim())
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/gu, '$1');
}

function hideEscapes(text: string): string {
  return text.replace(ESCAPED, (_match, char: string) => String.fromCharCode(ESCAPE_BASE + char.charCodeAt(0)));
}

function restoreEscapes(text: string): string {
  return text.replace(PLACEHOLDER, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPE_BASE));
}
