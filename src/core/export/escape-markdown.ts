// Every piece of user text goes into Markdown through here, so it comes out literally: CommonMark lets any
// ASCII punctuation be escaped with a backslash, and an escaped `<` or `&` can never start HTML or an entity,
// so `<script>` shows as text. Line breaks become spaces: the text sits in table cells, headings and list items,
// which are one line each (a `<br>` would be HTML).
import { toSafeHref } from '../report/safe-href';

// The characters with a meaning somewhere in CommonMark or GFM (emphasis, code, links, HTML, entities,
// headings, lists, block quotes, tables, strikethrough), and `:`, so that an address in a note is not made a
// link by a renderer's autolinking (GFM's `http://`, markdown-it's linkify): only toSafeHref makes links.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>()#+\-.!|&~:]/gu;

export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|[\r\n]/gu, ' ').replace(MARKDOWN_SPECIAL, '\\$&');
}

/**
 * A link when `url` is a web address, else the text with the address after it, as text: a `javascript:` or
 * `file:` address is never made clickable. An empty text reads as the address.
 */
export function renderMarkdownLink(text: string, url: string | null): string {
  const label = text.trim() === '' ? (url ?? '') : text;
  const href = url === null ? null : toSafeHref(url);
  if (href === null) return escapeMarkdown(url === null || url === label ? label : `${label} (${url})`);
  return `[${escapeMarkdown(label)}](${escapeLinkDestination(href)})`;
}

// In a link destination, backslash escapes and entities are read too, parentheses must balance, and a `|`
// would end a table cell: those are escaped. A parsed URL has no spaces, quotes or angle brackets left.
function escapeLinkDestination(href: string): string {
  return href.replace(/[\\()<>&|]/gu, '\\$&');
}
