// Full-text search over the library: one index (postings-index.ts) of every claim (quote, wording, note,
// sources' titles) and every article (title, source and author, and its text up to BODY_INDEX_CHARS).
// Built at the first search by reading the articles through the store; before each search it catches up
// with the library: articles added, removed or replaced since (seen in the index's summaries), and those
// the app said it changed (markChanged: a claim edited inside an article leaves no trace in its summary).
import type { SearchField, SearchHit, SearchResult } from '../../shared/api';
import type { ArticleDocument, ArticleSummary, ClaimStatus } from '../../shared/model';
import { FactdeskError } from '../errors';
import { packText, unpackText, type PackedText } from './packed-text';
import { PostingsIndex, type QueryWord } from './postings-index';
import { SearchFacets, type FacetQuery } from './search-facets';
import { buildSnippet } from './snippet';
import { tokenize } from './tokenize';

/** What the search reads the library through (the LibraryStore, or a stand-in in tests). */
export interface SearchSource {
  /** Changes whenever the list of summaries does. */
  readonly revision: number;
  listArticles(): ArticleSummary[];
  readArticle(articleId: string, options: { isCached: false }): Promise<ArticleDocument>;
}

export interface SearchQuery extends FacetQuery {
  query: string;
  limit?: number;
}

/**
 * An article's text is indexed up to here: a news story is 3–10 KB, and a book-length import would otherwise
 * hold megabytes of postings for words a search for a claim rarely needs.
 */
export const BODY_INDEX_CHARS = 20_000;
const DEFAULT_LIMIT = 50;
/** How many postings one step of tidying the index looks at: about a millisecond, so no step stalls the app. */
const TIDY_STEP = 100_000;

/** Where a hit's words count most, in the order a result names them. */
const FIELDS: readonly SearchField[] = ['quote', 'wording', 'note', 'sources', 'title', 'byline', 'body'];
const BOOST: Partial<Record<SearchField, number>> = { title: 3, quote: 2, wording: 2, byline: 1.5 };
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A long word forgives a typo in five letters, two at most (as MiniSearch's `fuzzy: 0.2, maxFuzzy: 2`). */
const FUZZY_SHARE = 0.2;
const MAX_EDIT_DISTANCE = 2;
const MIN_FUZZY_LENGTH = 5;

type Texts = Partial<Record<SearchField, string>>;

/**
 * What a hit shows, kept beside the index (which keeps no text); the filters read SearchFacets instead. A
 * claim's quote is where it sits in its article's text, unless that text no longer has it there.
 */
interface Entry {
  articleId: string;
  claimId: string | null;
  status: ClaimStatus | null;
  texts: Omit<Texts, 'title' | 'byline' | 'body'>;
  quoteAt: { start: number; end: number } | null;
}

interface IndexedArticle {
  /** The article's number in SearchFacets, the same for as long as the search runs. */
  number: number;
  title: string;
  byline: string;
  /** Its text up to BODY_INDEX_CHARS. */
  body: PackedText;
  /** Changes when an import replaces the article (same id, new text). */
  version: string;
  /** The index's slots of the article's own text and of its claims, in the article's order. */
  slots: number[];
}

export class LibrarySearch {
  readonly #library: SearchSource;
  readonly #index = new PostingsIndex(FIELDS.map((field) => BOOST[field] ?? 1));
  readonly #facets = new SearchFacets();
  /** By slot; a removed document's place is emptied. */
  readonly #entries: (Entry | undefined)[] = [];
  readonly #articles = new Map<string, IndexedArticle>();
  readonly #articleNumbers = new Map<string, number>();
  /** Articles changed since they were indexed; null until the index is first built. */
  #stale: Set<string> | null = null;
  /** The library's revision the index last caught up with. */
  #revision = -1;
  #sync: Promise<void> = Promise.resolve();
  #isStopped = false;

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

  /** Stops a build under way after the article it is reading (the app is closing), and refuses new searches. */
  async stop(): Promise<void> {
    this.#isStopped = true;
    await this.#sync.catch(() => undefined);
  }

  get indexedCount(): { articles: number; documents: number } {
    return { articles: this.#articles.size, documents: this.#index.liveCount };
  }

  async search(request: SearchQuery): Promise<SearchResult> {
    const sources = request.sources ?? [];
    if (sources.length > 0) {
      // Sources come from the UI's list of them: one no article has is a mistake, not an empty result.
      const known = new Set(this.#library.listArticles().map((summary) => summary.source));
      if (sources.some((source) => !known.has(source))) throw new FactdeskError('bad-input', 'A source to search in is not in the library.');
    }
    if (this.#isStopped) throw new FactdeskError('io', 'The library is closing.');
    await this.prepare();
    const limit = request.limit ?? DEFAULT_LIMIT;
    const isKept = SearchFacets.hasFilter(request) ? this.#facets.buildFilter(request) : () => true;
    const terms = tokenize(request.query);
    if (terms.length === 0) return SearchFacets.hasFilter(request) ? this.#listFiltered(isKept, limit) : { hits: [], total: 0 };

    // The last word may be still being typed; long words forgive a typo. Chinese pairs are taken exactly.
    const words = terms.map((term, index) =>
      this.#index.expand(term, {
        isPrefix: index === terms.length - 1 && !CJK.test(term),
        maxEditDistance: term.length >= MIN_FUZZY_LENGTH && !CJK.test(term) ? Math.min(MAX_EDIT_DISTANCE, Math.round(term.length * FUZZY_SHARE)) : 0,
      }),
    );
    const results = this.#index.search(words, isKept);
    // An article's own hit is left out when one of its claims matched: the claim is where to go.
    const facets = this.#facets;
    const withClaims = new Set<number>();
    for (const { slot } of results) if (facets.isClaim(slot)) withClaims.add(facets.articleOf(slot));
    const kept = results.filter(({ slot }) => facets.isClaim(slot) || !withClaims.has(facets.articleOf(slot)));
    return { hits: kept.slice(0, limit).map(({ slot, score }) => this.#toHit(slot, score, words)), total: kept.length };
  }

  /** No words to look for: the claims the filters select, newest article first, in their article's order. */
  #listFiltered(isKept: (slot: number) => boolean, limit: number): SearchResult {
    const hits: SearchHit[] = [];
    let total = 0;
    for (const summary of this.#library.listArticles()) {
      for (const slot of this.#articles.get(summary.id)?.slots ?? []) {
        if (!this.#facets.isClaim(slot) || !isKept(slot)) continue;
        total += 1;
        const entry = this.#entries[slot];
        if (entry && hits.length < limit) hits.push(this.#hitOf(entry, 'quote', new Set(), 0));
      }
    }
    return { hits, total };
  }

  #toHit(slot: number, score: number, words: readonly QueryWord[]): SearchHit {
    const entry = this.#entries[slot] as Entry;
    // The field most of the query's words were found in.
    const { wordsPerField, terms } = this.#index.describeMatch(slot, words);
    let best: SearchField = entry.claimId ? 'quote' : 'title';
    let bestCount = 0;
    FIELDS.forEach((field, index) => {
      const count = wordsPerField[index] ?? 0;
      if (count > bestCount) [best, bestCount] = [field, count];
    });
    return this.#hitOf(entry, best, new Set(terms), score);
  }

  #hitOf(entry: Entry, field: SearchField, terms: ReadonlySet<string>, score: number): SearchHit {
    const article = this.#articles.get(entry.articleId);
    return {
      articleId: entry.articleId,
      articleTitle: article?.title ?? '',
      claimId: entry.claimId,
      status: entry.status,
      field,
      snippet: buildSnippet(this.#textOf(entry, article, field), terms),
      score: Math.round(score * 1000) / 1000,
    };
  }

  #textOf(entry: Entry, article: IndexedArticle | undefined, field: SearchField): string {
    if (field === 'title' || field === 'byline') return article?.[field] ?? '';
    if (field === 'body') return article ? unpackText(article.body) : '';
    if (field === 'quote' && entry.quoteAt) return article ? unpackText(article.body).slice(entry.quoteAt.start, entry.quoteAt.end) : '';
    return entry.texts[field] ?? '';
  }

  async #catchUp(): Promise<void> {
    const stale = (this.#stale ??= new Set());
    // Nothing changed since the last search: the summaries (thousands) need not be walked again.
    const revision = this.#library.revision;
    if (revision === this.#revision && stale.size === 0) return;
    const summaries = this.#library.listArticles();
    const listed = new Set<string>();
    for (const summary of summaries) {
      if (this.#isStopped) return;
      listed.add(summary.id);
      const indexed = this.#articles.get(summary.id);
      if (indexed && indexed.version === versionOf(summary) && !stale.has(summary.id)) continue;
      // Taken off the list before the read: a change made while it is read marks it again.
      stale.delete(summary.id);
      await this.#indexArticle(summary);
      if (this.#index.isUntidy) this.#index.tidy(TIDY_STEP);
    }
    for (const articleId of [...this.#articles.keys()]) {
      if (!listed.has(articleId)) this.#removeArticle(articleId);
    }
    for (const articleId of stale) if (!listed.has(articleId)) stale.delete(articleId);
    while (this.#index.isUntidy && !this.#isStopped) {
      this.#index.tidy(TIDY_STEP);
      await new Promise((resolve) => setImmediate(resolve));
    }
    // A change while articles were read leaves the revision behind it: the next search looks again.
    this.#revision = revision;
  }

  async #indexArticle(summary: ArticleSummary): Promise<void> {
    let doc: ArticleDocument;
    try {
      doc = await this.#library.readArticle(summary.id, { isCached: false });
    } catch {
      // Deleted meanwhile, or a damaged file: left out until it changes again (the library view shows why).
      this.#removeArticle(summary.id);
      return;
    }
    this.#removeArticle(summary.id);
    const { article, claims } = doc;
    let number = this.#articleNumbers.get(article.id);
    if (number === undefined) {
      number = this.#articleNumbers.size;
      this.#articleNumbers.set(article.id, number);
    }
    this.#facets.setArticle(number, article);
    const body = article.body.slice(0, BODY_INDEX_CHARS);
    const byline = [article.source, article.author].filter((part) => part).join(' · ');
    const slots = [this.#addEntry(number, { articleId: article.id, claimId: null, status: null, texts: {}, quoteAt: null }, { title: article.title, byline, body })];
    for (const claim of claims) {
      const texts: Texts = { quote: claim.quote };
      if (claim.text !== claim.quote) texts.wording = claim.text;
      if (claim.note) texts.note = claim.note;
      if (claim.sources.length > 0) texts.sources = claim.sources.map((source) => source.title).join(' · ');
      // The quote is read back from the article's text where it sits: a hundred thousand quotes kept twice otherwise.
      const isInBody = claim.end <= body.length && body.slice(claim.start, claim.end) === claim.quote;
      const { quote: _quote, ...shown } = texts;
      const entry: Entry = { articleId: article.id, claimId: claim.id, status: claim.status, texts: isInBody ? shown : texts, quoteAt: isInBody ? { start: claim.start, end: claim.end } : null };
      slots.push(this.#addEntry(number, entry, texts));
    }
    this.#articles.set(article.id, { number, title: article.title, byline, body: packText(body), version: versionOf(summary), slots });
  }

  /** Indexes `indexed` (every field's text) and keeps `entry` (what a hit shows) for the slot. */
  #addEntry(articleNumber: number, entry: Entry, indexed: Texts): number {
    const slot = this.#index.add(FIELDS.map((field) => indexed[field]));
    this.#facets.setSlot(slot, articleNumber, entry.status);
    this.#entries[slot] = entry;
    return slot;
  }

  #removeArticle(articleId: string): void {
    const indexed = this.#articles.get(articleId);
    if (!indexed) return;
    for (const slot of indexed.slots) {
      this.#index.remove(slot);
      this.#entries[slot] = undefined;
    }
    this.#articles.delete(articleId);
  }
}

/** What tells a replaced article from the one indexed: its text and its import. */
function versionOf(summary: ArticleSummary): string {
  return `${summary.contentHash}|${summary.importedAt}`;
}
