// What the search's filters test, for every indexed document, in typed arrays: a query looks at thousands of
// candidates, and reading each one's status, article, language, source and date from its own object touched
// memory scattered across the heap (a third of a query's time at 100,000 claims).
import { CLAIM_STATUSES, LANGUAGES, type ClaimStatus, type LanguageCode } from '../../shared/model';
import { tagKey } from '../../shared/tags';

export interface FacetQuery {
  statuses?: readonly ClaimStatus[];
  languages?: readonly LanguageCode[];
  sources?: readonly string[];
  /** Articles with any of these tags (whatever their case). */
  tags?: readonly string[];
  /** Publication dates, YYYY-MM-DD, both inclusive. */
  from?: string;
  to?: string;
}

export interface ArticleFacts {
  language: LanguageCode;
  source: string | null;
  publishedAt: string | null;
  tags: readonly string[];
}

/** An article's own text has no status; a claim's status is its place in CLAIM_STATUSES plus one. */
const ARTICLE_TEXT = 0;
const NO_SOURCE = -1;
const NO_DAY = 0;

export class SearchFacets {
  #slotArticle = new Int32Array(1024);
  #slotStatus = new Uint8Array(1024);
  #articleLanguage = new Uint8Array(256);
  #articleSource = new Int32Array(256);
  #articleDay = new Int32Array(256);
  /** Per article, its tags' numbers (an article has a few at most). */
  readonly #articleTags: (readonly number[])[] = [];
  /** Sources and tags by number: a name is kept once, however many articles share it. */
  readonly #sourceNumbers = new Map<string, number>();
  readonly #tagNumbers = new Map<string, number>();

  setArticle(articleNumber: number, { language, source, publishedAt, tags }: ArticleFacts): void {
    this.#growArticles(articleNumber + 1);
    this.#articleLanguage[articleNumber] = Math.max(0, LANGUAGES.indexOf(language));
    this.#articleSource[articleNumber] = source === null ? NO_SOURCE : numberOf(this.#sourceNumbers, source);
    this.#articleDay[articleNumber] = dayNumber(publishedAt);
    this.#articleTags[articleNumber] = tags.map((tag) => numberOf(this.#tagNumbers, tagKey(tag)));
  }

  setSlot(slot: number, articleNumber: number, status: ClaimStatus | null): void {
    this.#growSlots(slot + 1);
    this.#slotArticle[slot] = articleNumber;
    this.#slotStatus[slot] = status === null ? ARTICLE_TEXT : CLAIM_STATUSES.indexOf(status) + 1;
  }

  articleOf(slot: number): number {
    return this.#slotArticle[slot] ?? -1;
  }

  isClaim(slot: number): boolean {
    return (this.#slotStatus[slot] ?? ARTICLE_TEXT) !== ARTICLE_TEXT;
  }

  /** Whether the query filters at all; with none, every document is kept. */
  static hasFilter({ statuses = [], languages = [], sources = [], tags = [], from, to }: FacetQuery): boolean {
    return statuses.length + languages.length + sources.length + tags.length > 0 || from !== undefined || to !== undefined;
  }

  /** A test of one slot against the query's filters: status (claims only), language, source, date range. */
  buildFilter({ statuses = [], languages = [], sources = [], tags = [], from, to }: FacetQuery): (slot: number) => boolean {
    const statusCodes = new Uint8Array(CLAIM_STATUSES.length + 1);
    for (const status of statuses) if (CLAIM_STATUSES.includes(status)) statusCodes[CLAIM_STATUSES.indexOf(status) + 1] = 1;
    const languageCodes = new Uint8Array(LANGUAGES.length);
    for (const language of languages) if (LANGUAGES.includes(language)) languageCodes[LANGUAGES.indexOf(language)] = 1;
    // A source no article has matches nothing; -2 is no source's number.
    const sourceNumbers = new Set(sources.map((source) => this.#sourceNumbers.get(source) ?? -2));
    const tagNumbers = new Set(tags.map((tag) => this.#tagNumbers.get(tagKey(tag)) ?? -2));
    const articleTags = this.#articleTags;
    const first = from === undefined ? NO_DAY : dayNumber(from);
    const last = to === undefined ? Number.MAX_SAFE_INTEGER : dayNumber(to);
    const isDated = from !== undefined || to !== undefined;
    const slotArticle = this.#slotArticle;
    const slotStatus = this.#slotStatus;
    const articleLanguage = this.#articleLanguage;
    const articleSource = this.#articleSource;
    const articleDay = this.#articleDay;
    return (slot) => {
      if (statuses.length > 0 && statusCodes[slotStatus[slot] as number] !== 1) return false;
      const article = slotArticle[slot] as number;
      if (languages.length > 0 && languageCodes[articleLanguage[article] as number] !== 1) return false;
      if (sources.length > 0 && !sourceNumbers.has(articleSource[article] as number)) return false;
      if (tags.length > 0 && !(articleTags[article] ?? []).some((tag) => tagNumbers.has(tag))) return false;
      if (isDated) {
        const day = articleDay[article] as number;
        if (day === NO_DAY || day < first || day > last) return false;
      }
      return true;
    };
  }

  #growSlots(needed: number): void {
    if (needed <= this.#slotArticle.length) return;
    const size = Math.max(needed, this.#slotArticle.length * 2);
    this.#slotArticle = grow(this.#slotArticle, new Int32Array(size));
    this.#slotStatus = grow(this.#slotStatus, new Uint8Array(size));
  }

  #growArticles(needed: number): void {
    if (needed <= this.#articleLanguage.length) return;
    const size = Math.max(needed, this.#articleLanguage.length * 2);
    this.#articleLanguage = grow(this.#articleLanguage, new Uint8Array(size));
    this.#articleSource = grow(this.#articleSource, new Int32Array(size));
    this.#articleDay = grow(this.#articleDay, new Int32Array(size));
  }
}

function numberOf(numbers: Map<string, number>, name: string): number {
  let number = numbers.get(name);
  if (number === undefined) {
    number = numbers.size;
    numbers.set(name, number);
  }
  return number;
}

function grow<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** 2025-08-01 as 20250801, so a date range is two comparisons; no date (or not a date) is 0. */
function dayNumber(date: string | null): number {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(date) : null;
  return match ? Number(`${match[1]}${match[2]}${match[3]}`) : NO_DAY;
}
