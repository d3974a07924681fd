import { describe, expect, it } from 'vitest';
import type { ArticleDocument, ArticleSummary, ClaimStatus } from '../../shared/model';
import { summarizeArticle } from '../library/article-summary';
import { makeDocument } from '../test-fixtures';
import { gatherExportSet, type ExportSource } from './gather-export-set';

const FACTS = { author: 'Dana', generatedAt: new Date('2026-01-05T09:00:00Z'), appVersion: '1.2.3' };

function article(title: string, { publishedAt, source, tags = [], statuses = [] }: { publishedAt: string | null; source: string; tags?: string[]; statuses?: ClaimStatus[] }): ArticleDocument {
  const doc = makeDocument();
  Object.assign(doc.article, { title, publishedAt, source, tags });
  statuses.forEach((status, index) => {
    const claim = doc.claims[index];
    if (claim) claim.status = status;
  });
  return doc;
}

function sourceOf(docs: ArticleDocument[]): ExportSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    listArticles: (): ArticleSummary[] => docs.map(summarizeArticle),
    readArticle: async (articleId) => {
      reads.push(articleId);
      return structuredClone(docs.find((doc) => doc.article.id === articleId) as ArticleDocument);
    },
  };
}

const MARCH = article('Budget grows', { publishedAt: '2025-03-10', source: 'Capital Times', tags: ['Budget'], statuses: ['verified', 'false'] });
const JANUARY = article('Grain exports', { publishedAt: '2025-01-20', source: 'Steppe Herald', tags: ['trade'], statuses: ['disputed'] });
const UNDATED = article('Undated note', { publishedAt: null, source: 'Steppe Herald' });
const LIBRARY = [MARCH, JANUARY, UNDATED];

describe('gatherExportSet', () => {
  it('takes the whole library in publication order, titled so, with the facts for the cover', async () => {
    const set = await gatherExportSet(sourceOf(LIBRARY), { filter: {} }, FACTS);
    expect(set.title).toBe('The library');
    expect(set.docs.map((doc) => doc.article.title)).toEqual(['Grain exports', 'Budget grows', 'Undated note']);
    expect(set).toMatchObject({ author: 'Dana', appVersion: '1.2.3', filter: {} });
    expect(set.docs[1]!.claims).toHaveLength(MARCH.claims.length);
  });

  it('narrows articles by dates, source and tag, and claims by status, leaving out articles with none left', async () => {
    const titles = async (filter: Parameters<typeof gatherExportSet>[1]['filter']) =>
      (await gatherExportSet(sourceOf(LIBRARY), { filter }, FACTS)).docs.map((doc) => [doc.article.title, doc.claims.map((claim) => claim.status)]);
    expect(await titles({ from: '2025-02-01', to: '2025-12-31' })).toEqual([['Budget grows', MARCH.claims.map((claim) => claim.status)]]);
    expect(await titles({ sources: ['Steppe Herald'], tags: ['TRADE'] })).toEqual([['Grain exports', JANUARY.claims.map((claim) => claim.status)]]);
    expect(await titles({ statuses: ['false', 'disputed'] })).toEqual([
      ['Grain exports', ['disputed']],
      ['Budget grows', ['false']],
    ]);
    await expect(gatherExportSet(sourceOf(LIBRARY), { filter: { tags: ['health'] } }, FACTS)).rejects.toMatchObject({ code: 'bad-input' });
  });

  it('takes the articles asked for in their order, keeps them whatever their claims, and reads nothing else', async () => {
    const source = sourceOf(LIBRARY);
    const one = await gatherExportSet(source, { articleIds: [UNDATED.article.id], filter: { statuses: ['verified'] } }, FACTS);
    expect(one.title).toBe('Undated note');
    expect(one.docs[0]!.claims).toEqual([]);
    expect(source.reads).toEqual([UNDATED.article.id]);
    const two = await gatherExportSet(source, { articleIds: [MARCH.article.id, JANUARY.article.id], filter: {} }, FACTS);
    expect(two.title).toBe('2 articles');
    expect(two.docs.map((doc) => doc.article.id)).toEqual([MARCH.article.id, JANUARY.article.id]);
    await expect(gatherExportSet(source, { articleIds: ['a000000000000'], filter: {} }, FACTS)).rejects.toMatchObject({ code: 'not-found' });
  });
});
