// Chooses what an export covers and reads it: the articles asked for (or the whole library), narrowed by the
// filter (publication dates, sources and tags choose articles; statuses choose claims), in report order.
import type { ArticleDocument, ArticleSummary } from '../../shared/model';
import { tagKey } from '../../shared/tags';
import { FactdeskError } from '../errors';
import type { ExportFilter, ExportSet } from './export-set';

/** What an export reads the library through (the LibraryStore). */
export interface ExportSource {
  listArticles(): ArticleSummary[];
  readArticle(articleId: string, options: { isCached: false }): Promise<ArticleDocument>;
}

export interface ExportRequest {
  /** These articles, in this order; absent: every article in the library. */
  articleIds?: readonly string[];
  filter: ExportFilter;
}

export interface ExportFacts {
  author: string;
  generatedAt: Date;
  appVersion: string;
}

export async function gatherExportSet(source: ExportSource, { articleIds, filter }: ExportRequest, facts: ExportFacts): Promise<ExportSet> {
  const summaries = source.listArticles();
  let chosen: ArticleSummary[];
  if (articleIds) {
    const byId = new Map(summaries.map((summary) => [summary.id, summary]));
    chosen = articleIds.map((articleId) => {
      const summary = byId.get(articleId);
      if (!summary) throw new FactdeskError('not-found', 'An article to export is no longer in the library.');
      return summary;
    });
  } else {
    // The library in the order a report reads: by publication date (else import), then title.
    chosen = [...summaries].sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || a.title.localeCompare(b.title));
  }
  chosen = chosen.filter(isArticleChosen(filter));
  const statuses = new Set<string>(filter.statuses ?? []);
  const docs: ArticleDocument[] = [];
  for (const summary of chosen) {
    const doc = await source.readArticle(summary.id, { isCached: false });
    if (statuses.size > 0) doc.claims = doc.claims.filter((claim) => statuses.has(claim.status));
    // A library report filtered by status leaves out articles with no such claim; articles asked for by name stay.
    if (!articleIds && statuses.size > 0 && doc.claims.length === 0) continue;
    docs.push(doc);
  }
  if (docs.length === 0) throw new FactdeskError('bad-input', 'Nothing to export: no article matches the filters.');
  const title = docs.length === 1 && articleIds ? (docs[0] as ArticleDocument).article.title : articleIds ? `${docs.length} articles` : 'The library';
  return { title, filter, docs, ...facts };
}

function dayOf(summary: ArticleSummary): string {
  return (summary.publishedAt ?? summary.importedAt).slice(0, 10);
}

/** The article-level part of the filter: publication dates (inclusive), sources, tags (any, whatever their case). */
function isArticleChosen({ from, to, sources = [], tags = [] }: ExportFilter): (summary: ArticleSummary) => boolean {
  const sourceSet = new Set(sources);
  const tagSet = new Set(tags.map(tagKey));
  return (summary) => {
    if (from !== undefined || to !== undefined) {
      const day = summary.publishedAt?.slice(0, 10);
      if (!day || (from !== undefined && day < from) || (to !== undefined && day > to)) return false;
    }
    if (sourceSet.size > 0 && (summary.source === null || !sourceSet.has(summary.source))) return false;
    if (tagSet.size > 0 && !summary.tags.some((tag) => tagSet.has(tagKey(tag)))) return false;
    return true;
  };
}
