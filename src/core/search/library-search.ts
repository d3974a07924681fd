// Full-text search over the library: one in-memory MiniSearch index of every claim (quote, wording, note,
// sources' titles) and every article (title, source and author, and its text up to BODY_INDEX_CHARS).
// Built at the first search by reading the articles through the store; before each search it catches up
// with the library: articles added, removed or replaced since (seen in the index's summaries), and those
// the app said it changed (markChanged: a claim edited inside an article leaves no trace in its summary).
import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import type { SearchField, SearchHit, SearchResult } from '../../shared/api';
import type { ArticleDocument, ArticleSummary, ClaimStatus, LanguageCode } from '../../shared/model';
import { FactdeskError } from '../errors';
import { buildSnippet } from './snippet';
import { tokenize } from './tokenize';

/** What the search reads the library through (the LibraryStore, or a stand-in in tests). */
export interface SearchSource {
  listArticles(): ArticleSummary[];
  readArticle(articleId: string): Promise<ArticleDocument>;
}

export interface SearchQuery {
  query: string;
  statuses?: readonly ClaimStatus[];
  languages?: readonly LanguageCode[];
  sources?: readonly string[];
  /** Publication dates, YYYY-MM-DD, both inclusive. */
  from?: string;
  to?: string;
  limit?: number;
}

/**
 * An article's text is indexed up to here: a news story is 3–10 KB, and a book-length import would otherwise
 * hold megabytes of postings for words a search for a claim rarely needs.
 */
export const BODY_INDEX_CHARS = 20_000;
const DEFAULT_LIMIT = 50;

/** Where a hit's words count most, in the order a result names them. */
const FIELDS: readonly SearchField[] = ['quote', 'wording', 'note', 'sources', 'title', 'byline', 'body'];
const BOOST: Partial<Record<SearchField, number>> = { title: 3, quote: 2, wording: 2, byline: 1.5 };
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

type Texts = Partial<Record<SearchField, string>>;

interface IndexedDoc {
  id: string;
  texts: Texts;
}

/** What a hit shows and what the filters test, kept beside the index (MiniSearch stores no fields here). */
interface Entry {
  articleId: string;
  claimId: string | null;
  status: ClaimStatus | null;
  texts: Texts;
}

interface IndexedArticle {
  title: string;
  language: LanguageCode;
  source: string | null;
  publishedAt: string | null;
  /** Changes when an import replaces the article (same id, new text). */
  version: string;
  docIds: string[];
}

export class LibrarySearch {
  readonly #library: SearchSource;
  readonly #index = new MiniSearch<IndexedDoc>({
    fields: [...FIELDS],
    storeFields: [],
    extractField: (doc, field) => (field === 'id' ? doc.id : (doc.texts[field as SearchField] ?? '')),
    tokenize,
    // The tokenizer folds case and accents itself.
    processTerm: (term) => term,
  });
  readonly #entries = new Map<string, Entry>();
  readonly #articles = new Map<string, IndexedArticle>();
  /** Articles changed since they were indexed; null until the index is first built. */
  #stale: Set<string> | null = null;
  #sync: Promise<void> = Promise.resolve();

  constructor(library: SearchSource) {
    this.#library = library;
  }

  /** An article was changed, added or deleted: the next search reads it again. */
  markChanged(articleId: string): void {
    this.#stale?.add(articleId);
  }

  /** Many articles changed at once (detection re-run on all): every one is read again at the next search. */
  markAllChanged(): void {
    if (this.#stale) for (const articleId of this.#articles.keys()) this.#stale.add(articleId);
  }

  /** Builds the index now (else the first search does), or catches up with the library. */
  prepare(): Promise<void> {
    // One catch-up at a time: two searches at once do not index an article twice.
    this.#sync = this.#sync.then(() => this.#catchUp());
    return this.#sync;
  }

  get indexedCount(): { articles: number; documents: number } {
    return { articles: this.#articles.size, documents: this.#entries.size };
  }

  async search(request: SearchQuery): Promise<SearchResult> {
    const sources = request.sources ?? [];
    if (sources.length > 0) {
      // Sources come from the UI's list of them: one no article has is a mistake, not an empty result.
      const known = new Set(this.#library.listArticles().map((summary) => summary.source));
      if (sources.some((source) => !known.has(source))) throw new FactdeskError('bad-input', 'A source to search in is not in the library.');
    }
    await this.prepare();
    const limit = request.limit ?? DEFAULT_LIMIT;
    const isKept = this.#buildFilter(request);
    const terms = tokenize(request.query);
    if (terms.length === 0) return this.#listFiltered(request, isKept, limit);

    const results = this.#index.search(request.query, {
      combineWith: 'AND',
      boost: BOOST,
      // The last word may be still being typed; long words forgive a typo. Chinese pairs are taken exactly.
      prefix: (term, index, all) => index === all.length - 1 && !CJK.test(term),
      fuzzy: (term) => (term.length >= 5 && !CJK.test(term) ? 0.2 : false),
      maxFuzzy: 2,
      filter: (result) => isKept(String(result.id)),
    });
    // An article's own hit is left out when one of its claims matched: the claim is where to go.
    const withClaims = new Set<string>();
    for (const result of results) {
      const entry = this.#entries.get(String(result.id));
      if (entry?.claimId) withClaims.add(entry.articleId);
    }
    const kept = results.filter((result) => {
      const entry = this.#entries.get(String(result.id));
      return entry !== undefined && (entry.claimId !== null || !withClaims.has(entry.articleId));
    });
    return { hits: kept.slice(0, limit).map((result) => this.#toHit(result)), total: kept.length };
  }

  #buildFilter({ statuses = [], languages = [], sources = [], from, to }: SearchQuery): (docId: string) => boolean {
    const statusSet = new Set<string>(statuses);
    const languageSet = new Set<string>(languages);
    const sourceSet = new Set<string>(sources);
    const isArticleFiltered = languageSet.size > 0 || sourceSet.size > 0 || from !== undefined || to !== undefined;
    return (docId) => {
      const entry = this.#entries.get(docId);
      if (!entry) return false;
      // A status belongs to claims: an article's own words never pass a status filter.
      if (statusSet.size > 0 && (entry.status === null || !statusSet.has(entry.status))) return false;
      if (!isArticleFiltered) return true;
      const article = this.#articles.get(entry.articleId);
      if (!article) return false;
      if (languageSet.size > 0 && !languageSet.has(article.language)) return false;
      if (sourceSet.size > 0 && (article.source === null || !sourceSet.has(article.source))) return false;
      if (from !== undefined || to !== undefined) {
        const day = article.publishedAt?.slice(0, 10);
        if (!day || (from !== undefined && day < from) || (to !== undefined && day > to)) return false;
      }
      return true;
    };
  }

  /** No words to look for: the claims the filters select, newest article first, in their article's order. */
  #listFiltered(request: SearchQuery, isKept: (docId: string) => boolean, limit: number): SearchResult {
    const hasFilter =
      (request.statuses?.length ?? 0) + (request.languages?.length ?? 0) + (request.sources?.length ?? 0) > 0 ||
      request.from !== undefined ||
      request.to !== undefined;
    if (!hasFilter) return { hits: [], total: 0 };
    const hits: SearchHit[] = [];
    let total = 0;
    for (const summary of this.#library.listArticles()) {
      for (const docId of this.#articles.get(summary.id)?.docIds ?? []) {
        const entry = this.#entries.get(docId);
        if (!entry?.claimId || !isKept(docId)) continue;
        total += 1;
        if (hits.length < limit) hits.push(this.#hitOf(entry, 'quote', new Set(), 0));
      }
    }
    return { hits, total };
  }

  #toHit(result: MiniResult): SearchHit {
    const entry = this.#entries.get(String(result.id)) as Entry;
    // The field most of the query's words were found in.
    const counts = new Map<SearchField, number>();
    for (const fields of Object.values(result.match)) {
      for (const field of fields as SearchField[]) counts.set(field, (counts.get(field) ?? 0) + 1);
    }
    let best: SearchField = entry.claimId ? 'quote' : 'title';
    let bestCount = 0;
    for (const field of FIELDS) {
      const count = counts.get(field) ?? 0;
      if (count > bestCount) [best, bestCount] = [field, count];
    }
    return this.#hitOf(entry, best, new Set(result.terms), result.score);
  }

  #hitOf(entry: Entry, field: SearchField, terms: ReadonlySet<string>, score: number): SearchHit {
    return {
      articleId: entry.articleId,
      articleTitle: this.#articles.get(entry.articleId)?.title ?? '',
      claimId: entry.claimId,
      status: entry.status,
      field,
      snippet: buildSnippet(entry.texts[field] ?? '', terms),
      score: Math.round(score * 1000) / 1000,
    };
  }

  async #catchUp(): Promise<void> {
    const stale = (this.#stale ??= new Set());
    const summaries = this.#library.listArticles();
    const listed = new Set<string>();
    for (const summary of summaries) {
      listed.add(summary.id);
      const indexed = this.#articles.get(summary.id);
      if (indexed && indexed.version === versionOf(summary) && !stale.has(summary.id)) continue;
      // Taken off the list before the read: a change made while it is read marks it again.
      stale.delete(summary.id);
      await this.#indexArticle(summary);
    }
    for (const articleId of [...this.#articles.keys()]) {
      if (!listed.has(articleId)) this.#removeArticle(articleId);
    }
    for (const articleId of stale) if (!listed.has(articleId)) stale.delete(articleId);
  }

  async #indexArticle(summary: ArticleSummary): Promise<void> {
    let doc: ArticleDocument;
    try {
      doc = await this.#library.readArticle(summary.id);
    } catch {
      // Deleted meanwhile, or a damaged file: left out until it changes again (the library view shows why).
      this.#removeArticle(summary.id);
      return;
    }
    this.#removeArticle(summary.id);
    const { article, claims } = doc;
    const docs: IndexedDoc[] = [
      {
        id: article.id,
        texts: {
          title: article.title,
          byline: [article.source, article.author].filter((part) => part).join(' · '),
          body: article.body.slice(0, BODY_INDEX_CHARS),
        },
      },
    ];
    this.#entries.set(article.id, { articleId: article.id, claimId: null, status: null, texts: docs[0]?.texts ?? {} });
    for (const claim of claims) {
      const texts: Texts = { quote: claim.quote };
      if (claim.text !== claim.quote) texts.wording = claim.text;
      if (claim.note) texts.note = claim.note;
      if (claim.sources.length > 0) texts.sources = claim.sources.map((source) => source.title).join(' · ');
      const docId = `${article.id}/${claim.id}`;
      docs.push({ id: docId, texts });
      this.#entries.set(docId, { articleId: article.id, claimId: claim.id, status: claim.status, texts });
    }
    this.#index.addAll(docs);
    this.#articles.set(article.id, {
      title: article.title,
      language: article.language,
      source: article.source,
      publishedAt: article.publishedAt,
      version: versionOf(summary),
      docIds: docs.map((indexed) => indexed.id),
    });
  }

  #removeArticle(articleId: string): void {
    const indexed = this.#articles.get(articleId);
    if (!indexed) return;
    for (const docId of indexed.docIds) {
      this.#index.discard(docId);
      this.#entries.delete(docId);
    }
    this.#articles.delete(articleId);
  }
}

/** What tells a replaced article from the one indexed: its text and its import. */
function versionOf(summary: ArticleSummary): string {
  return `${summary.contentHash}|${summary.importedAt}`;
}
