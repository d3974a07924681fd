// Turns a parsed article into a library document: an id, its metadata, and the claims detected in it.
import type { ParsedArticle } from '../shared/analysis';
import type { ArticleDocument } from '../shared/model';
import { createClaim } from './claims/claim-edits';
import { detectClaims } from './detect';
import { newArticleId } from './ids';
import { hashArticleBody } from './library/hash-article-body';

/** `threshold` is the user's claim sensitivity (see preferences). */
export function buildArticleDocument(parsed: ParsedArticle, origin: string, threshold: number, now: Date): ArticleDocument {
  const id = newArticleId();
  const article = {
    id,
    title: parsed.title,
    source: parsed.source,
    url: parsed.url,
    author: parsed.author,
    publishedAt: parsed.publishedAt,
    language: parsed.language,
    importedAt: now.toISOString(),
    origin,
    rawText: parsed.rawText,
    body: parsed.body,
    excluded: parsed.excluded,
    contentHash: hashArticleBody(parsed.body),
    tags: [],
  };
  const detection = detectClaims(parsed.body, parsed.language, parsed.excluded, threshold);
  const claims = detection.claims.map((found) =>
    createClaim(id, parsed.body, found, 'detected', now),
  );
  return { article: { ...article, scoreHistogram: detection.scoreHistogram }, claims, unplacedClaims: [] };
}
