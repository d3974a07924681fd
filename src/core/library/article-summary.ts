import type { ArticleDocument, ArticleSummary } from '../../shared/model';
import { emptyStatusCounts, progressOf } from '../../shared/model';

/** The index entry of an article: its metadata and claim counts. Dismissed claims are not claims. */
export function summarizeArticle({ article, claims }: ArticleDocument): ArticleSummary {
  const statusCounts = emptyStatusCounts();
  for (const claim of claims) statusCounts[claim.status] += 1;
  const { claimCount, decidedCount } = progressOf(statusCounts);
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    author: article.author,
    publishedAt: article.publishedAt,
    language: article.language,
    importedAt: article.importedAt,
    claimCount,
    decidedCount,
    statusCounts,
  };
}
