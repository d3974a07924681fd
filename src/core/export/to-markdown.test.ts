import { describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../shared/labels';
import { numberClaims } from '../report/claim-order';
import { buildHostileExportSet, EXPORT_AUTHOR, HOSTILE_TITLE, SCRIPT } from './export-test-fixtures';
import { readInline, splitTableRow } from './markdown-test-reader';
import { renderMarkdown } from './to-markdown';

// No Markdown renderer is installed in node_modules, so these tests read the text the way CommonMark does:
// backslash escapes (markdown-test-reader.ts), and the block structure line by line.

const asOneLine = (text: string): string => text.replace(/\r\n|[\r\n]/g, ' ');

describe('renderMarkdown', () => {
  const set = buildHostileExportSet();
  const markdown = renderMarkdown(set);
  const lines = markdown.split('\n');

  it('starts every line with the structure it means, so no user text starts a block', () => {
    const starts = /^(# |## |- \*\*(Source|Author|Published|Language|Address|Tags):\*\* |\| |Factdesk |Filter: |No claims |$)/;
    expect(lines.filter((line) => !starts.test(line))).toEqual([]);
    expect(markdown).not.toContain('\r');
  });

  it('never leaves HTML, an entity or <br> in the text', () => {
    const { markup } = readInline(markdown);
    expect(markup).not.toContain('<');
    expect(markup).not.toContain('&');
    expect(markdown).not.toMatch(/(^|[^\\])<script/);
    expect(markdown).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
    expect(markdown.toLowerCase()).not.toContain('<br');
  });

  it('writes the set title, then one heading per article whose text is the title, literally', () => {
    const headings = lines.filter((line) => line.startsWith('#'));
    expect(headings).toHaveLength(set.docs.length + 1);
    expect(readInline(headings[0]!.slice(2)).literal).toBe(`The library ${SCRIPT}`);
    const articleHeadings = headings.slice(1).map((line) => readInline(line.slice(3)));
    expect(articleHeadings.map(({ literal }) => literal)).toEqual(set.docs.map((doc) => doc.article.title));
    expect(articleHeadings[0]!.literal).toBe(HOSTILE_TITLE);
    expect(articleHeadings.flatMap(({ markup }) => markup)).toEqual([]);
  });

  it('lists each claim in a five-cell row: number, status, claim and note read back exactly', () => {
    const tableRows = lines.filter((line) => line.startsWith('| '));
    for (const row of tableRows) expect(splitTableRow(row)).toHaveLength(5);
    const claimRows = tableRows.filter((row) => /^\| \d+ \|/.test(row)).map(splitTableRow);
    const expected = set.docs.flatMap((doc) => numberClaims(doc));
    expect(claimRows).toHaveLength(expected.length);
    claimRows.forEach(([number, status, text, note], index) => {
      const { number: expectedNumber, claim } = expected[index]!;
      expect(number).toBe(String(expectedNumber));
      expect(readInline(status!).literal).toBe(STATUS_LABELS[claim.status]);
      for (const [cell, value] of [[text, claim.text], [note, claim.note]] as const) {
        const read = readInline(cell!);
        expect(read.literal).toBe(asOneLine(value).trim());
        expect(read.markup).toEqual([]);
      }
    });
  });

  it('links sources only to web addresses, and shows the others as text', () => {
    const links = [...markdown.matchAll(/(?<!\\)\]\(((?:\\.|[^\\)])*)\)/g)].map((match) => readInline(match[1]!).literal);
    expect(links).toEqual(['https://example.org/news/1', 'https://stat.gov.kz/en/trade/2023', 'https://example.org/a,b', 'https://example.cn/a_b(1)|x?q=1&lt;2#f']);
    const falseRow = lines.find((line) => line.includes('| False |'))!;
    const sources = splitTableRow(falseRow)[4]!;
    expect(readInline(sources).literal).toBe(
      `](javascript:alert(1)) ${SCRIPT} (javascript:alert(1)); [海关总署 | 统计](https://example.cn/a_b(1)|x?q=1&lt;2#f); No link at all`,
    );
    const [unsafe, link, bare] = sources.split('; ');
    expect(readInline(unsafe!).markup).toEqual([]);
    expect(readInline(bare!).markup).toEqual([]);
    expect(link).toMatch(/^\[[^[\]]*\]\(https:/);
    expect(markdown).toContain('- **Address:** file\\:///etc/passwd');
  });

  it('keeps Russian, Kazakh and Chinese text as it is, and states the export facts', () => {
    expect(markdown).toContain('Қазақстан мен Қытай арасындағы тауар айналымы өсті');
    expect(markdown).toContain('据海关统计，俄罗斯排名第一。');
    expect(markdown).toContain('## Товарооборот вырос на 6,8% — «таможня»');
    expect(lines[2]).toBe(`Factdesk 0\\.1\\.0 export, generated 21 November 2026, 09\\:05 UTC by ${EXPORT_AUTHOR.replace(/[<>]/g, '\\$&')}\\.`);
    expect(markdown).toContain('Filter: status Verified, False; published from 2024\\-01\\-01; tag economy\\.');
    expect(markdown).toContain('- **Published:** 5 March 2024, 14\\:30 \\(\\+06\\:00\\)');
    expect(markdown).toContain('No claims from this article are in the export\\.');
  });
});
