// The text the importer takes for the article: the body with its excluded ranges (share lines,
// bylines, captions, the title…) left out. What the extraction benchmark scores.
import type { ParsedArticle } from '../../../shared/analysis';

export function articleTextOf(parsed: ParsedArticle): string {
  const ranges = parsed.excluded.filter((range) => !range.isIncluded).sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let position = 0;
  for (const range of ranges) {
    if (range.start > position) parts.push(parsed.body.slice(position, range.start));
    position = Math.max(position, range.end);
  }
  parts.push(parsed.body.slice(position));
  return parts.join('').replace(/\n{3,}/gu, '\n\n').trim();
}
