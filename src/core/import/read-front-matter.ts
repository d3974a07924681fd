// YAML-style front matter at the top of a Markdown file ("---\ntitle: …\n---"): the flat
// `key: value` pairs only, which is all article metadata needs.

const OPENING = /^---[ \t]*\n/u;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/mu;
const MAX_FRONT_MATTER_CHARS = 10_000;

export interface FrontMatter {
  /** Keys in lower case; values without surrounding quotes. */
  fields: ReadonlyMap<string, string>;
  /** The text after the front matter. */
  rest: string;
}

export function readFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { fields: new Map(), rest: text };
  const opening = OPENING.exec(text);
  if (opening === null) return none;
  const afterOpening = text.slice(opening[0].length);
  const closing = CLOSING.exec(afterOpening);
  if (closing === null || closing.index > MAX_FRONT_MATTER_CHARS) return none;
  const fields = new Map<string, string>();
  for (const line of afterOpening.slice(0, closing.index).split('\n')) {
    const field = /^(?<key>[A-Za-z_][\w-]*)\s*:\s*(?<value>.*)$/u.exec(line.trim())?.groups;
    const value = unquote(field?.['value']?.trim() ?? '');
    if (field?.['key'] !== undefined && value !== '') fields.set(field['key'].toLowerCase(), value);
  }
  const rest = afterOpening.slice(closing.index + closing[0].length).replace(/^\n/u, '');
  return { fields, rest };
}

function unquote(value: string): string {
  const quoted = /^(["'])(?<inner>.*)\1$/u.exec(value);
  return quoted?.groups?.['inner'] ?? value;
}
