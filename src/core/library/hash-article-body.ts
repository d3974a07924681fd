// What makes two imports "the same body": the same words in the same order, whatever the line breaks,
// spacing or Unicode normalisation form. A hash, so the library index can hold it for every article.
import { createHash } from 'node:crypto';

export function hashArticleBody(body: string): string {
  const words = body.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(words).digest('hex');
}
