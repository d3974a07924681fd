import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { HtmlMetadata } from './read-html-metadata';
import { cleanAuthor, mapLanguageTag, normalizeStatedDate, readHtmlMetadata, removeSiteName, toAbsoluteHttpUrl } from './read-html-metadata';

function readPage(head: string, body = '<p>Text.</p>', options: { lang?: string; url?: string | null } = {}): HtmlMetadata {
  const lang = options.lang === undefined ? '' : ` lang="${options.lang}"`;
  const { document } = parseHTML(`<!DOCTYPE html><html${lang}><head>${head}</head><body>${body}</body></html>`);
  return readHtmlMetadata(document, options.url ?? null);
}

const jsonLd = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readHtmlMetadata: title', () => {
  it('prefers og:title, then the JSON-LD headline, then the <h1>, then <title> without the site name', () => {
    const title = '<title>Title tag headline here | The Gazette</title>';
    const ld = jsonLd({ '@type': 'NewsArticle', headline: 'JSON-LD headline' });
    const h1 = '<article><h1>Heading of the article</h1><p>Text.</p></article>';
    expect(readPage(`${title}<meta property="og:title" content="Open Graph title">${ld}`, h1).declared.title).toBe('Open Graph title');
    expect(readPage(`${title}${ld}`, h1).declared.title).toBe('JSON-LD headline');
    expect(readPage(title, h1).declared.title).toBe('Heading of the article');
    expect(readPage(title).declared.title).toBe('Title tag headline here');
    expect(readPage('').declared.title).toBeNull();
  });

  it('removes the site name around a headline, and from <title> a short last part', () => {
    expect(removeSiteName('Budget approved | Town Gazette', 'Town Gazette', false)).toBe('Budget approved');
    expect(removeSiteName('Town Gazette - Budget approved', 'Town Gazette', false)).toBe('Budget approved');
    expect(removeSiteName('Budget approved - Opinion', null, false)).toBe('Budget approved - Opinion');
    expect(removeSiteName('Council approves the budget – Gazette', null, true)).toBe('Council approves the budget');
    // What is left must still read as a headline.
    expect(removeSiteName('Budget | Gazette', null, true)).toBe('Budget | Gazette');
  });
});

describe('readHtmlMetadata: author', () => {
  it('reads meta author, article:author, JSON-LD author names, rel=author and a byline, in that order', () => {
    const byline = '<p class="byline">By Eve Stone | 5 March 2024</p>';
    const relAuthor = '<a rel="author" href="/staff/dan">Dan Brown</a>';
    const ld = jsonLd({ '@type': 'Article', headline: 'H', author: [{ '@type': 'Person', name: 'Ann Lee' }, { name: 'Bo Chen' }] });
    const article = '<meta property="article:author" content="Carl Marx">';
    expect(readPage(`<meta name="author" content="Mary Major">${article}${ld}`, relAuthor).declared.author).toBe('Mary Major');
    expect(readPage(`${article}${ld}`, relAuthor).declared.author).toBe('Carl Marx');
    expect(readPage(ld, relAuthor).declared.author).toBe('Ann Lee, Bo Chen');
    expect(readPage('', `${relAuthor}${byline}`).declared.author).toBe('Dan Brown');
    expect(readPage('', byline).declared.author).toBe('Eve Stone');
    expect(readPage('').declared.author).toBeNull();
  });

  it('skips profile links given as authors and cleans "By" off names', () => {
    expect(readPage('<meta property="article:author" content="https://www.facebook.com/someone">').declared.author).toBeNull();
    expect(cleanAuthor('  By   Maria Lopez ')).toBe('Maria Lopez');
    expect(cleanAuthor('Текст: Венера Ерофеева')).toBe('Венера Ерофеева');
    expect(cleanAuthor('By Justine Coleman - 11/18/19 11:04 PM EST')).toBe('Justine Coleman');
    expect(cleanAuthor('news@example.com')).toBeNull();
  });
});

describe('readHtmlMetadata: publishedAt', () => {
  it('reads article:published_time, JSON-LD datePublished, itemprop datePublished and <time datetime>', () => {
    expect(readPage('<meta property="article:published_time" content="2024-03-05T09:30:00Z">').declared.publishedAt).toBe('2024-03-05T09:30:00Z');
    expect(readPage(jsonLd({ '@type': 'BlogPosting', datePublished: '2024-03-06' })).declared.publishedAt).toBe('2024-03-06');
    expect(readPage('<meta itemprop="datePublished" content="2024-03-07T10:00:00+05:00">').declared.publishedAt).toBe('2024-03-07T10:00:00+05:00');
    expect(readPage('', '<span itemprop="datePublished" datetime="2024-03-08">8 March</span>').declared.publishedAt).toBe('2024-03-08');
    expect(readPage('', '<p>Posted <time datetime="2024-03-09 08:15">9 March</time></p>').declared.publishedAt).toBe('2024-03-09T08:15');
  });

  it('takes only valid ISO dates, and goes on to the next source after an invalid one', () => {
    expect(normalizeStatedDate('2024-02-30')).toBeNull();
    expect(normalizeStatedDate('2024-13-01T10:00')).toBeNull();
    expect(normalizeStatedDate('2024-01-01T25:00')).toBeNull();
    expect(normalizeStatedDate('March 5, 2024')).toBeNull();
    expect(normalizeStatedDate('2024-02-29T23:59:59.123+0100')).toBe('2024-02-29T23:59:59.123+0100');
    const head = `<meta property="article:published_time" content="yesterday">${jsonLd({ '@type': 'NewsArticle', datePublished: '2024-03-06T07:00:00Z' })}`;
    expect(readPage(head).declared.publishedAt).toBe('2024-03-06T07:00:00Z');
  });
});

describe('readHtmlMetadata: source, url and language', () => {
  it('reads the source from og:site_name, the JSON-LD publisher or application-name', () => {
    const ld = jsonLd({ '@type': 'NewsArticle', headline: 'H', publisher: { '@type': 'Organization', name: 'Gazette Media' } });
    const app = '<meta name="application-name" content="Gazette App">';
    expect(readPage(`<meta property="og:site_name" content="The Gazette">${ld}${app}`).declared.source).toBe('The Gazette');
    expect(readPage(`${ld}${app}`).declared.source).toBe('Gazette Media');
    expect(readPage(app).declared.source).toBe('Gazette App');
    expect(readPage('<meta property="og:site_name" content="https://www.gazette.example">').declared.source).toBe('gazette.example');
  });

  it('reads the canonical link, then og:url, then the address it was fetched from; absolute http(s) only', () => {
    const og = '<meta property="og:url" content="https://gazette.example/og">';
    expect(readPage(`<link rel="canonical" href="https://gazette.example/canonical">${og}`).declared.url).toBe('https://gazette.example/canonical');
    expect(readPage(og, undefined, { url: 'https://gazette.example/fetched' }).declared.url).toBe('https://gazette.example/og');
    expect(readPage('', undefined, { url: 'https://gazette.example/fetched' }).declared.url).toBe('https://gazette.example/fetched');
    expect(readPage('<link rel="canonical" href="/story/1">', undefined, { url: 'https://gazette.example/x?y=1' }).declared.url).toBe(
      'https://gazette.example/story/1',
    );
    expect(readPage('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="ftp://gazette.example/a">').declared.url).toBeNull();
    expect(toAbsoluteHttpUrl('/relative', null)).toBeNull();
  });

  it('maps <html lang>, content-language and og:locale to the app languages, else null', () => {
    expect(readPage('', undefined, { lang: 'ru-RU' }).declared.language).toBe('ru');
    expect(readPage('<meta http-equiv="content-language" content="kk">').declared.language).toBe('kk');
    expect(readPage('<meta property="og:locale" content="zh_CN">').declared.language).toBe('zh');
    expect(readPage('', undefined, { lang: 'pt-BR' }).declared.language).toBeNull();
    expect(readPage('').declared.language).toBeNull();
    expect(['en-GB', 'EN', 'zh-Hant-TW', 'de', 'x'].map(mapLanguageTag)).toEqual(['en', 'en', 'zh', null, null]);
  });
});

describe('readHtmlMetadata: JSON-LD in its many shapes', () => {
  it('reads an array of objects and an @graph with nodes linked by @id', () => {
    const array = jsonLd([{ '@type': 'WebSite', name: 'Site' }, { '@type': 'NewsArticle', headline: 'From the array', author: 'Ann Lee' }]);
    expect(readPage(array).declared).toMatchObject({ title: 'From the array', author: 'Ann Lee' });
    const graph = jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Graph Media' },
        { '@type': 'Person', '@id': '#ann', name: 'Ann Graph' },
        { '@type': ['Article', 'NewsArticle'], headline: 'From the graph', author: { '@id': '#ann' }, publisher: { '@id': '#org' }, datePublished: '2024-01-02' },
      ],
    });
    expect(readPage(graph).declared).toMatchObject({ title: 'From the graph', author: 'Ann Graph', source: 'Graph Media', publishedAt: '2024-01-02' });
  });

  it('mends trailing commas and raw line breaks, and skips JSON it cannot read without throwing', () => {
    const mendable = `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Line one
      and two", "author": {"name": "Ann Lee",},}</script>`;
    expect(readPage(mendable).declared).toMatchObject({ title: 'Line one and two', author: 'Ann Lee' });
    const broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>';
    const wrongShapes = '<script type="application/ld+json">42</script><script type="application/ld+json">{"author": {"name": 7}, "headline": ["x"]}</script>';
    expect(() => readPage(`${broken}${wrongShapes}`)).not.toThrow();
    expect(readPage(`${broken}${wrongShapes}<title>Plain title of the page</title>`).declared.title).toBe('Plain title of the page');
  });

  it('gives the articleBody for the fallback', () => {
    expect(readPage(jsonLd({ '@type': 'NewsArticle', articleBody: ' The whole text.\n\nIts second paragraph. ' })).articleBody).toBe(
      'The whole text.\n\nIts second paragraph.',
    );
    expect(readPage('').articleBody).toBeNull();
  });
});
