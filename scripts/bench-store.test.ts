// The store benchmark on a tiny library: the shape of its figures, that they are consistent with each other,
// that the search hook is used when given, and that the synthetic articles are what the full run relies on.
// Never its timings.
import { describe, expect, it } from 'vitest';
import type { LibraryStore } from '../src/core/library/library-store';
import { buildArticle, runBenchStore, type SearchHook } from './bench-store';
import { REPO_ROOT } from './lib/eval-dir';

const KEYS = [
  'articles',
  'claims',
  'indexLoadMs',
  'articleOpenMs',
  'statusChangeMedianMs',
  'statusChangeP99Ms',
  'singleFileMedianMs',
  'speedup',
  'searchMedianMs',
  'rssMb',
];

async function run(args: string[], search?: SearchHook | null): Promise<{ lines: string[]; figures: Record<string, number | null> }> {
  const lines: string[] = [];
  const io = { stdout: (line: string) => lines.push(line), stderr: (line: string) => lines.push(line), env: {}, cwd: REPO_ROOT };
  expect(await runBenchStore(args, io, search)).toBe(0);
  return { lines, figures: JSON.parse(lines.at(-1) ?? '') as Record<string, number | null> };
}

describe('bench:store', () => {
  it('builds a library, measures it against one lowdb file, and ends with one JSON line of figures', async () => {
    const { lines, figures } = await run(['--articles', '30', '--claims', '450', '--samples', '12', '--single-file-samples', '2']);
    expect(Object.keys(figures).slice(0, KEYS.length)).toEqual(KEYS);
    expect(figures).toMatchObject({ articles: 30, claims: 450, statusChangeSamples: 12, singleFileSamples: 2 });
    for (const [key, value] of Object.entries(figures)) expect(value, key).toBeGreaterThanOrEqual(0);
    expect(figures['indexLoadFullJournalMs']).toBeGreaterThan(0);
    expect(figures['statusChangeP99Ms']).toBeGreaterThanOrEqual(figures['statusChangeMedianMs'] ?? Infinity);
    expect(figures['speedup']).toBeCloseTo((figures['singleFileMedianMs'] ?? 0) / (figures['statusChangeMedianMs'] ?? 1), 0);
    // The journal was filled to near its limit (1 MiB for a small library) before the second opening.
    expect(figures['journalMb']).toBeGreaterThanOrEqual(0.9);
    expect(lines.join('\n')).toMatch(/search\s+[0-9.]+ ms median/);
  }, 180_000);

  it('prepares and times search through the hook when one is given', async () => {
    const queries: string[] = [];
    let preparedWith = 0;
    const search: SearchHook = {
      prepare: async (library: LibraryStore) => {
        preparedWith = library.listArticles().length;
      },
      search: async (query: string) => queries.push(query),
    };
    const { figures } = await run(['--articles', '4', '--claims', '40', '--samples', '2', '--single-file-samples', '1', '--skip-full-journal'], search);
    expect(preparedWith).toBe(4);
    expect(queries).toHaveLength(20);
    expect(figures['searchMedianMs']).toBeGreaterThanOrEqual(0);
    expect(figures).toMatchObject({ articles: 4, claims: 40, journalMb: null, indexLoadFullJournalMs: null });
  }, 180_000);

  it('builds articles of a newsroom’s size: bodies of 3–8 KB, claims anchored in them, work on some', () => {
    let state = 7;
    const random = () => ((state = (state * 16_807) % 2_147_483_647) - 1) / 2_147_483_646;
    const docs = Array.from({ length: 40 }, (_, index) => buildArticle(index, 20, random));
    for (const { article, claims } of docs) {
      expect(article.body.length).toBeGreaterThanOrEqual(3000);
      // 8 KB at most, give or take the sentence that passes it.
      expect(article.body.length).toBeLessThan(8300);
      expect(claims).toHaveLength(20);
      for (const claim of claims) expect(article.body.slice(claim.start, claim.end)).toBe(claim.quote);
    }
    const all = docs.flatMap((doc) => doc.claims);
    const share = (test: (claim: (typeof all)[number]) => boolean) => all.filter(test).length / all.length;
    expect(share((claim) => claim.note !== '')).toBeGreaterThan(0.15);
    expect(share((claim) => claim.sources.length > 0)).toBeGreaterThan(0.04);
    expect(share((claim) => claim.status !== 'unverified')).toBeGreaterThan(0.2);
  });
});
