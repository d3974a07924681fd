import { describe, expect, it } from 'vitest';
import { SearchFacets, type FacetQuery } from './search-facets';

/** Two articles, each with its own text (status null) and claims. */
function setUp(): { facets: SearchFacets; kept: (query: FacetQuery) => number[] } {
  const facets = new SearchFacets();
  facets.setArticle(0, { language: 'en', source: 'Steppe Herald', publishedAt: '2025-08-01', tags: ['Elections', 'budget'] });
  facets.setArticle(1, { language: 'ru', source: null, publishedAt: null, tags: ['elections'] });
  const slots: [number, number, Parameters<SearchFacets['setSlot']>[2]][] = [
    [0, 0, null],
    [1, 0, 'verified'],
    [2, 0, 'false'],
    [3, 1, null],
    [4, 1, 'verified'],
  ];
  // Far apart: the arrays grow past their first size.
  for (const [slot, article, status] of slots) facets.setSlot(slot * 1000, article, status);
  const kept = (query: FacetQuery) => {
    const isKept = facets.buildFilter(query);
    return slots.map(([slot]) => slot).filter((slot) => isKept(slot * 1000));
  };
  return { facets, kept };
}

describe('SearchFacets', () => {
  it('keeps claims of the chosen statuses, never an article’s own text', () => {
    const { kept } = setUp();
    expect(kept({ statuses: ['verified'] })).toEqual([1, 4]);
    expect(kept({ statuses: ['verified', 'false'] })).toEqual([1, 2, 4]);
    expect(kept({})).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps documents of articles in the chosen languages, sources and tags, and within the dates', () => {
    const { kept } = setUp();
    expect(kept({ languages: ['ru'] })).toEqual([3, 4]);
    expect(kept({ sources: ['Steppe Herald'] })).toEqual([0, 1, 2]);
    expect(kept({ sources: ['Nowhere'] })).toEqual([]);
    expect(kept({ from: '2025-08-01', to: '2025-08-01' })).toEqual([0, 1, 2]);
    expect(kept({ from: '2025-08-02' })).toEqual([]);
    // An article with no date is outside every date range.
    expect(kept({ to: '2030-01-01' })).toEqual([0, 1, 2]);
    expect(kept({ languages: ['en'], statuses: ['false'] })).toEqual([2]);
    // Any of the tags, whatever their case.
    expect(kept({ tags: ['ELECTIONS'] })).toEqual([0, 1, 2, 3, 4]);
    expect(kept({ tags: ['budget', 'health'] })).toEqual([0, 1, 2]);
    expect(kept({ tags: ['health'] })).toEqual([]);
  });

  it('tells claims from article texts and names their article', () => {
    const { facets } = setUp();
    expect([facets.isClaim(0), facets.isClaim(1000), facets.articleOf(4000)]).toEqual([false, true, 1]);
    expect(SearchFacets.hasFilter({})).toBe(false);
    expect(SearchFacets.hasFilter({ to: '2025-01-01' })).toBe(true);
  });
});
