import { describe, expect, it } from 'vitest';
import type { ArticleDocument, ArticleSummary, ClaimStatus, LanguageCode } from '../../shared/model';
import { createClaim, setNote, setStatus } from '../claims/claim-edits';
import { newArticleId } from '../ids';
import { summarizeArticle } from '../library/article-summary';
import { hashArticleBody } from '../library/hash-article-body';
import { LibrarySearch, type SearchSource } from './library-search';

const NOW = new Date('2025-09-04T10:00:00Z');

interface ArticleSpec {
  title: string;
  sentences: string[];
  language?: LanguageCode;
  source?: string;
  publishedAt?: string;
  tags?: string[];
  /** Which sentences are claims, with their status. */
  claims?: { sentence: number; status?: ClaimStatus; note?: string }[];
}

function buildDocument(spec: ArticleSpec, index = 0): ArticleDocument {
  const id = newArticleId();
  const body = [spec.title, ...spec.sentences].join('\n\n');
  const chosen: { sentence: number; status?: ClaimStatus; note?: string }[] = spec.claims ?? spec.sentences.map((_, sentence) => ({ sentence }));
  const claims = chosen.map(({ sentence, status, note }) => {
    const quote = spec.sentences[sentence] as string;
    const start = body.indexOf(quote);
    const claim = createClaim(id, body, { start, end: start + quote.length, score: 0.9, kind: 'statistic', reasons: [], checkables: [], speaker: null }, 'detected', NOW);
    if (status) setStatus(claim, status, NOW);
    if (note) setNote(claim, note, NOW);
    return claim;
  });
  return {
    article: {
      id,
      title: spec.title,
      source: spec.source ?? 'Example News',
      url: null,
      author: null,
      publishedAt: spec.publishedAt ?? '2025-09-03',
      language: spec.language ?? 'en',
      importedAt: new Date(NOW.getTime() + index * 60_000).toISOString(),
      origin: 'test.txt',
      rawText: body,
      body,
      excluded: [],
      scoreHistogram: new Array<number>(20).fill(0),
      contentHash: hashArticleBody(body),
      tags: spec.tags ?? [],
    },
    claims,
    unplacedClaims: [],
  };
}

/** A library in memory, counting reads, as the store would answer. */
class MemoryLibrary implements SearchSource {
  readonly docs = new Map<string, ArticleDocument>();
  reads = 0;
  lists = 0;
  revision = 0;
  /** Each read waits for this first, so a test can act while the index is being built. */
  beforeRead: () => Promise<void> = async () => undefined;

  add(doc: ArticleDocument): ArticleDocument {
    this.docs.set(doc.article.id, structuredClone(doc));
    this.revision += 1;
    return doc;
  }

  remove(articleId: string): void {
    this.docs.delete(articleId);
    this.revision += 1;
  }

  listArticles(): ArticleSummary[] {
    this.lists += 1;
    return [...this.docs.values()].map(summarizeArticle).sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  }

  async readArticle(articleId: string): Promise<ArticleDocument> {
    await this.beforeRead();
    this.reads += 1;
    const doc = this.docs.get(articleId);
    if (!doc) throw new Error('not found');
    return structuredClone(doc);
  }
}

function setUp(specs: ArticleSpec[]): { library: MemoryLibrary; search: LibrarySearch; docs: ArticleDocument[] } {
  const library = new MemoryLibrary();
  const docs = specs.map((spec, index) => library.add(buildDocument(spec, index)));
  return { library, search: new LibrarySearch(library), docs };
}

const GRAIN: ArticleSpec = {
  title: 'Grain harvest sets a record',
  sentences: [
    'Kazakhstan harvested 26.5 million tonnes of grain in 2024, the ministry said.',
    'Wheat exports to China doubled over the season.',
    'Farmers expect rain next week.',
  ],
  claims: [{ sentence: 0, status: 'verified' }, { sentence: 1, status: 'disputed', note: 'Customs figures disagree' }],
  source: 'Steppe Herald',
  publishedAt: '2025-08-01',
  tags: ['Harvest', 'exports'],
};
const BUDGET: ArticleSpec = {
  title: 'Budget deficit narrows',
  sentences: ['The budget deficit fell to 2.1 percent of GDP, officials said.', 'Pension spending rose again.'],
  source: 'Capital Times',
  publishedAt: '2025-03-15',
};

describe('LibrarySearch', () => {
  it('finds a claim by the words of its quote, with the match marked in the snippet', async () => {
    const { search, docs } = setUp([GRAIN, BUDGET]);
    const { hits, total } = await search.search({ query: 'wheat exports' });
    expect(total).toBe(1);
    const hit = hits[0]!;
    const claim = docs[0]!.claims[1]!;
    expect(hit).toMatchObject({ articleId: docs[0]!.article.id, articleTitle: GRAIN.title, claimId: claim.id, status: 'disputed', field: 'quote' });
    expect(hit.snippet.matches.map(({ start, end }) => hit.snippet.text.slice(start, end))).toEqual(['Wheat', 'exports']);
  });

  it('finds claims by their note, an article by its title, and a word still being typed', async () => {
    const { search, docs } = setUp([GRAIN, BUDGET]);
    const byNote = await search.search({ query: 'customs' });
    expect(byNote.hits.map((hit) => [hit.claimId, hit.field])).toEqual([[docs[0]!.claims[1]!.id, 'note']]);
    const byPrefix = await search.search({ query: 'defic' });
    expect(byPrefix.hits.map((hit) => hit.articleId)).toContain(docs[1]!.article.id);
    // "Pension" is in the body of the budget story, in no claim of this article but in one: the claim is named.
    const pension = await search.search({ query: 'pension' });
    expect(pension.hits[0]?.claimId).toBe(docs[1]!.claims[1]!.id);
    // "Farmers" is in the grain story's text only: the article is the hit.
    const farmers = await search.search({ query: 'farmers rain' });
    expect(farmers.hits).toHaveLength(1);
    expect(farmers.hits[0]).toMatchObject({ articleId: docs[0]!.article.id, claimId: null, field: 'body' });
  });

  it('requires every word, folds case and accents, and ranks the claim with the words above the one without', async () => {
    const { search, docs } = setUp([
      { title: 'Café prices', sentences: ['Coffee at the CAFÉ costs 5 percent more.', 'Prices at cafes in Almaty rose.'] },
      GRAIN,
    ]);
    expect((await search.search({ query: 'cafe costs' })).hits.map((hit) => hit.claimId)).toEqual([docs[0]!.claims[0]!.id]);
    expect((await search.search({ query: 'grain coffee' })).total).toBe(0);
    const ranked = await search.search({ query: 'grain' });
    // The claim whose quote has "grain" first; the article (title has it too) is folded into its claim.
    expect(ranked.hits[0]?.claimId).toBe(docs[1]!.claims[0]!.id);
  });

  it('filters by status, language, source and publication dates', async () => {
    const { search, docs } = setUp([
      GRAIN,
      BUDGET,
      {
        title: 'Рост цен на зерно',
        sentences: ['Экспорт зерна вырос на 12 процентов, сообщило министерство.'],
        language: 'ru',
        source: 'Steppe Herald',
        publishedAt: '2024-12-30',
        claims: [{ sentence: 0, status: 'false' }],
      },
    ]);
    const said = 'said';
    expect((await search.search({ query: said })).total).toBe(2);
    expect((await search.search({ query: said, statuses: ['verified'] })).hits.map((hit) => hit.claimId)).toEqual([docs[0]!.claims[0]!.id]);
    expect((await search.search({ query: said, sources: ['Capital Times'] })).hits.map((hit) => hit.articleId)).toEqual([docs[1]!.article.id]);
    expect((await search.search({ query: said, from: '2025-06-01' })).hits.map((hit) => hit.articleId)).toEqual([docs[0]!.article.id]);
    expect((await search.search({ query: said, to: '2025-03-15' })).hits.map((hit) => hit.articleId)).toEqual([docs[1]!.article.id]);
    expect((await search.search({ query: said, tags: ['harvest'] })).hits.map((hit) => hit.articleId)).toEqual([docs[0]!.article.id]);
    expect((await search.search({ query: said, tags: ['no such tag'] })).total).toBe(0);
    expect((await search.search({ query: 'экспорт', languages: ['ru'] })).total).toBe(1);
    expect((await search.search({ query: 'экспорт', languages: ['en'] })).total).toBe(0);
    // No words: the claims the filters choose.
    expect((await search.search({ query: '', tags: ['EXPORTS'] })).total).toBe(2);
    const listed = await search.search({ query: '', statuses: ['false', 'disputed'] });
    expect(listed.hits.map((hit) => hit.claimId).sort()).toEqual([docs[0]!.claims[1]!.id, docs[2]!.claims[0]!.id].sort());
    expect((await search.search({ query: '  ' })).total).toBe(0);
    await expect(search.search({ query: said, sources: ['Nowhere Gazette'] })).rejects.toMatchObject({ code: 'bad-input' });
  });

  it('finds Russian and Kazakh words, and Chinese by any two characters in a run', async () => {
    const { search, docs } = setUp([
      { title: 'Ёлки', sentences: ['Продажи ёлок выросли на 15 процентов.'], language: 'ru' },
      { title: 'Астық', sentences: ['Биыл астық экспорты 20 пайызға өсті.'], language: 'kk' },
      { title: '贸易增长', sentences: ['中哈贸易额增长百分之六点八。'], language: 'zh' },
    ]);
    expect((await search.search({ query: 'елок' })).hits[0]?.claimId).toBe(docs[0]!.claims[0]!.id);
    expect((await search.search({ query: 'ПРОДАЖИ' })).total).toBe(1);
    expect((await search.search({ query: 'астық экспорты' })).hits[0]?.claimId).toBe(docs[1]!.claims[0]!.id);
    const chinese = await search.search({ query: '贸易额' });
    expect(chinese.hits[0]?.claimId).toBe(docs[2]!.claims[0]!.id);
    const { text, matches } = chinese.hits[0]!.snippet;
    expect(matches.map(({ start, end }) => text.slice(start, end))).toEqual(['贸易额']);
    // Characters that are not next to each other in the text do not match.
    expect((await search.search({ query: '贸额' })).total).toBe(0);
  });

  it('sees changes: an edited claim once marked, an added and a deleted article by itself', async () => {
    const { library, search, docs } = setUp([GRAIN]);
    expect((await search.search({ query: 'rain' })).total).toBe(1);
    const readsAfterBuild = library.reads;
    const listsAfterBuild = library.lists;
    await search.search({ query: 'wheat' });
    expect(library.reads, 'nothing changed: nothing read again').toBe(readsAfterBuild);
    expect(library.lists, 'the revision is the same: the summaries are not walked').toBe(listsAfterBuild);

    const grain = library.docs.get(docs[0]!.article.id)!;
    setNote(grain.claims[0]!, 'Confirmed with the statistics bureau', NOW);
    setStatus(grain.claims[0]!, 'misleading', NOW);
    search.markChanged(grain.article.id);
    const byNote = await search.search({ query: 'bureau', statuses: ['misleading'] });
    expect(byNote.hits.map((hit) => hit.claimId)).toEqual([grain.claims[0]!.id]);
    expect((await search.search({ query: 'harvested', statuses: ['verified'] })).total).toBe(0);

    const budget = library.add(buildDocument(BUDGET, 5));
    expect((await search.search({ query: 'deficit' })).hits[0]?.articleId).toBe(budget.article.id);
    library.remove(budget.article.id);
    expect((await search.search({ query: 'deficit' })).total).toBe(0);
    expect(search.indexedCount.articles).toBe(1);
  });

  it('stops a build under way when the app closes, and then refuses to search', async () => {
    const { library, search } = setUp(Array.from({ length: 20 }, (_, index) => ({ ...BUDGET, title: `Budget ${index}` })));
    let release: () => void = () => undefined;
    const paused = new Promise<void>((resolve) => (release = resolve));
    library.beforeRead = () => (library.reads === 3 ? paused : Promise.resolve());
    const building = search.prepare();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const stopping = search.stop();
    release();
    await stopping;
    await building;
    expect(search.indexedCount.articles).toBe(4);
    await expect(search.search({ query: 'budget' })).rejects.toMatchObject({ code: 'io' });
  });
});
