// @vitest-environment jsdom
// jsdom only parses the report here (DOMParser runs no scripts); rendering is plain string work.
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../../shared/model';
import type { ArticleDocument } from '../../shared/model';
import { STATUS_LABELS } from '../../shared/labels';
import { countStatuses } from '../../shared/model';
import { renderArticleReport } from './render-article-report';
import { buildSampleDocument, makeArticle, makeClaim, makeSource, SAMPLE_NOTE, SAMPLE_TITLE } from './test-fixtures';

const GENERATED_AT = new Date('2026-11-21T09:05:00Z');
const HOSTILE = `<script>alert(1)</script><img src=x onerror="alert(2)"> & "quotes" 'too'`;

function parse(doc: ArticleDocument): { html: string; page: Document } {
  const html = renderArticleReport(doc, { generatedAt: GENERATED_AT });
  return { html, page: new DOMParser().parseFromString(html, 'text/html') };
}

function buildHostileDocument(): ArticleDocument {
  const body = `Intro ${HOSTILE}\nPrices rose 5% last year.`;
  const claim = makeClaim(body, 'Prices rose 5% last year.', {
    text: HOSTILE,
    note: HOSTILE,
    speaker: HOSTILE,
    sources: [
      makeSource({ title: HOSTILE, url: 'javascript:alert(3)', note: HOSTILE }),
      makeSource({ id: 's2', title: 'Good', url: 'https://example.org/?a=1&b="2"' }),
    ],
  });
  const article = makeArticle({
    body,
    title: HOSTILE,
    source: HOSTILE,
    author: HOSTILE,
    url: 'javascript:alert(4)',
    origin: HOSTILE,
    publishedAt: HOSTILE,
  });
  return { article, claims: [claim], unplacedClaims: [] };
}

describe('renderArticleReport: safety', () => {
  it('escapes hostile titles, notes, sources and article text', () => {
    const { html, page } = parse(buildHostileDocument());
    expect(html).not.toMatch(/<script|<img|<iframe|<object|<embed/i);
    expect(page.querySelectorAll('script, img, iframe, object, embed, link, base')).toHaveLength(0);
    for (const element of page.querySelectorAll('*')) {
      expect(element.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([]);
    }
    expect(page.querySelector('h1')?.textContent).toBe(HOSTILE);
    expect(page.title).toContain(HOSTILE);
    expect(page.querySelector('.claim-text')?.textContent).toBe(HOSTILE);
    expect(page.body.textContent?.split(HOSTILE).length).toBeGreaterThan(8);
  });

  it('reads unknown status, kind and language values from a damaged file as neutral ones', () => {
    const doc = buildHostileDocument();
    const damaged = '"><script>alert(5)</script>';
    const [claim] = doc.claims;
    if (claim !== undefined) Object.assign(claim, { status: damaged, kind: damaged });
    Object.assign(doc.article, { language: damaged });
    const { html, page } = parse(doc);
    expect(html).not.toMatch(/<script/i);
    expect(page.querySelector('tr.claim-row')?.className).toBe('claim-row st-unverified');
    expect(page.querySelector('.counts td.st-unverified .n')?.textContent).toBe('1');
    expect(page.querySelector('.facts')?.textContent).toContain('Other');
    expect(page.querySelector('.body')?.hasAttribute('lang')).toBe(false);
  });

  it('links only http(s) addresses, escaped in the attribute', () => {
    const { page } = parse(buildHostileDocument());
    const hrefs = [...page.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/?a=1&b=%222%22']);
    expect(page.body.textContent).toContain('javascript:alert(3)');
    expect(page.body.textContent).toContain('javascript:alert(4)');
  });

  it('is self-contained: inline styles and data: fonts only, and a CSP that blocks the rest', () => {
    const { html, page } = parse(buildSampleDocument());
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?!https?:\/\/(?:example\.org|stat\.gov\.kz))[a-z]+:/i);
    expect(html.match(/url\((?!data:font\/woff2;base64,)/g)).toBeNull();
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:",
    );
  });
});

describe('renderArticleReport: content', () => {
  it('shows the article details and when the report was generated', () => {
    const { page } = parse(buildSampleDocument());
    expect(page.querySelector('h1')?.textContent).toBe(SAMPLE_TITLE);
    const meta = page.querySelector('.meta')?.textContent ?? '';
    for (const text of ['Astana Times', 'Dana Nurlanovna', '5 March 2024, 14:30 (+06:00)', 'English (en)']) {
      expect(meta).toContain(text);
    }
    expect(page.querySelector('.meta a')?.getAttribute('href')).toBe('https://example.org/news/1');
    expect(page.querySelector('.colophon')?.textContent).toContain('21 November 2026, 09:05 UTC');
  });

  it('counts claims by status, all eight statuses with friendly labels', () => {
    const doc = buildSampleDocument();
    const [first] = doc.claims;
    if (first !== undefined) doc.claims.push({ ...first, id: 'extra', status: 'false' });
    const { page } = parse(doc);
    const expected = countStatuses(doc.claims);
    expect(expected.false).toBe(2);
    const cells = [...page.querySelectorAll('.counts td')];
    expect(cells).toHaveLength(CLAIM_STATUSES.length);
    CLAIM_STATUSES.forEach((status, index) => {
      const cell = cells[index];
      expect(cell?.classList.contains(`st-${status}`)).toBe(true);
      expect(cell?.querySelector('.n')?.textContent).toBe(String(expected[status]));
      expect(cell?.querySelector('.name')?.textContent).toBe(STATUS_LABELS[status]);
    });
    expect(cells.map((cell) => cell.querySelector('.name')?.textContent)).toEqual(
      expect.arrayContaining(['In progress', 'Not a claim']),
    );
    expect(page.querySelector('.progress')?.textContent).toBe(
      '8 claims · 6 with a verdict · 2 open · 1 marked not a claim',
    );
  });

  it('lists every claim with status, kind, score, speaker, note, sources; dismissed last', () => {
    const doc = buildSampleDocument();
    const { page } = parse(doc);
    const rows = [...page.querySelectorAll('tr.claim-row')];
    expect(rows).toHaveLength(doc.claims.length);
    expect(rows.map((row) => row.querySelector('.num')?.textContent)).toEqual(rows.map((_, index) => `[${index + 1}]`));
    const last = rows.at(-1);
    expect(last?.classList.contains('is-dismissed')).toBe(true);
    expect(last?.querySelector('.badge')?.textContent).toBe('Not a claim');
    expect(page.querySelector('.group-row')?.textContent).toBe('Not claims (dismissed)');

    const first = rows[0];
    expect(first?.querySelector('.badge')?.className).toBe('badge st-verified');
    expect(first?.querySelector('.facts')?.textContent).toBe('StatisticScore 0.91');
    expect(first?.textContent).toContain('Ministry of Trade');
    expect(first?.textContent).toContain(SAMPLE_NOTE);
    expect(first?.querySelector('.sources a')?.getAttribute('href')).toBe('https://stat.gov.kz/en/trade/2023');
    expect(first?.querySelector('.sources .source-note')?.textContent).toBe('Table 4, page 12.');
  });

  it('shows the original quote only when the claim text was edited', () => {
    const { page } = parse(buildSampleDocument());
    const originals = [...page.querySelectorAll('tr.claim-row')].map((row) => row.querySelector('.quote-text')?.textContent ?? null);
    expect(originals.filter((text) => text !== null)).toEqual([
      '“The finance minister said inflation would fall below 5% by the end of next year.”',
    ]);
  });

  it('marks each claim in the text with a marker matching its number and status', () => {
    const doc = buildSampleDocument();
    const { page } = parse(doc);
    const markers = [...page.querySelectorAll('.body sup.ref')];
    expect(markers.map((marker) => marker.textContent)).toEqual(['[1]', '[2]', '[3]', '[4]', '[5]', '[6]', '[7]', '[8]']);
    for (const row of page.querySelectorAll('tr.claim-row')) {
      const number = row.querySelector('.num')?.textContent ?? '';
      const marker = markers.find((candidate) => candidate.textContent === number);
      const status = [...row.classList].find((name) => name.startsWith('st-'));
      expect(marker?.classList.contains(status ?? '?')).toBe(true);
      const quote = doc.claims.find((claim) => row.textContent?.includes(claim.text))?.quote ?? '';
      const mark = marker?.previousElementSibling;
      expect(mark?.tagName).toBe('MARK');
      expect(mark?.classList.contains(status ?? '?')).toBe(true);
      expect(quote.endsWith(mark?.textContent ?? '?')).toBe(true);
    }
  });

  it('follows the body line breaks and greys excluded text with its reason', () => {
    const doc = buildSampleDocument();
    const { page } = parse(doc);
    const paragraphs = [...page.querySelectorAll('.body p')];
    expect(paragraphs.map((p) => p.textContent?.replace(/\[\d+\]/g, '').replace(/^Excluded: Share buttons/, ''))).toEqual(
      doc.article.body.split('\n'),
    );
    expect(page.querySelector('.body .excluded-label')?.textContent).toBe('Excluded: Share buttons');
    expect(page.querySelector('.body .excluded')?.textContent).toBe(
      'Share on Facebook | Share on X | Subscribe to our newsletter',
    );
    // Included again by the user: printed as ordinary text.
    expect(paragraphs[0]?.querySelector('.excluded')).toBeNull();
  });

  it('lists a claim whose quote left the text, without a marker', () => {
    const body = 'Only this sentence remains.';
    const claim = { ...makeClaim(body, 'Only this sentence remains.'), quote: 'A deleted sentence.', text: 'A deleted sentence.' };
    const { page } = parse({ article: makeArticle({ body }), claims: [claim], unplacedClaims: [] });
    expect(page.querySelector('tr.claim-row .unplaced')?.textContent).toContain('no longer found');
    expect(page.querySelectorAll('.body sup.ref')).toHaveLength(0);
  });

  it('sets the paper size and says so when there are no claims', () => {
    const html = renderArticleReport(
      { article: makeArticle({ body: 'Text.' }), claims: [], unplacedClaims: [] },
      { generatedAt: GENERATED_AT, paperSize: 'Letter' },
    );
    expect(html).toContain('@page{size:Letter}');
    expect(html).toContain('No claims were recorded for this article.');
  });

  it('inlines the Chinese and Cyrillic subsets the text needs, and no others', () => {
    const latin = renderArticleReport({ article: makeArticle({ body: 'Plain English.' }), claims: [], unplacedClaims: [] }, { generatedAt: GENERATED_AT });
    expect(latin).not.toContain("font-family:'Noto Sans SC'");
    expect(latin).not.toContain('U+460-52F');
    const sample = renderArticleReport(buildSampleDocument(), { generatedAt: GENERATED_AT });
    expect(sample).toContain("font-family:'Noto Sans SC'");
    expect(sample).toContain('U+460-52F');
  });
});
