// Tags: the fact-checker's own labels on articles ("elections", "budget 2025"), to find and filter them by.
// Core and the page both keep them in this one form.

export const MAX_TAGS = 20;
export const MAX_TAG_CHARS = 40;

/** A tag as kept: composed characters, spaces (and tabs, line breaks) trimmed and runs of them made one. */
export function normalizeTag(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** What tells tags apart: "Elections" and "elections" are one tag. */
export function tagKey(tag: string): string {
  return normalizeTag(tag).toLocaleLowerCase();
}

/** Tags as kept: each normalised, empty ones dropped, and one of each (the first spelling, ignoring case), in order. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const tag of tags.map(normalizeTag)) {
    const key = tagKey(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    kept.push(tag);
  }
  return kept;
}

/** Every tag the articles have, one of each whatever its case (the first spelling met), in alphabetical order. */
export function collectTags(tagLists: Iterable<readonly string[]>): string[] {
  return normalizeTags([...tagLists].flat()).sort((a, b) => a.localeCompare(b));
}

/** Why a tag cannot be kept, or null when it can. */
export function checkTag(tag: string): string | null {
  if ([...tag].length > MAX_TAG_CHARS) return `A tag can have at most ${MAX_TAG_CHARS} characters.`;
  if (/\p{Cc}|\p{Cf}/u.test(tag)) return 'A tag cannot hold control characters.';
  return null;
}
