import type { ArticleDocument, ArticleSummary } from '../../shared/model';
import { countStatuses, progressOf } from '../../shared/model';

/** The index entry of an article: its metadata and claim counts. Dismissed claims are not claims. */
export function summarizeArticle({ article, claims }: ArticleDocument): ArticleSummary {
  const statusCounts = countStatuses(claims);
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
    scoreHistogram: article.scoreHistogram,
    url: article.url,
    contentHash: article.contentHash,
    tags: [...article.tags],
  };
}
