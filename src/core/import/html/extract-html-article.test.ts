import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error';
import { extractHtmlArticle } from './extract-html-article';

const STORY = [
  'The city council approved a budget of 4.2 million dollars on Tuesday, after a debate that lasted well into the night and drew a crowd of residents.',
  'Council member Ana Ruiz said the money would repair 12 bridges and two schools, and that the work would start in the spring if the weather allows it.',
  'Opponents argued that the plan raised the property tax by 3 percent, which they called the largest increase in a decade for the small town.',
  'The mayor is expected to sign the budget next week. A second vote on the school repairs is planned for March, according to the council agenda.',
];

function page(body: string, head = '<title>Council approves budget</title>'): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const paragraphs = (texts: readonly string[]): string => texts.map((text) => `<p>${text}</p>`).join('\n');

function linesOf(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

describe('extractHtmlArticle: the article body', () => {
  it('keeps the story and drops navigation, footer, ads, share buttons, comments and related links', () => {
    const html = page(`
      <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
      <div class="ad-slot">Advertisement: buy our shoes now</div>
      <main><article>
        <h1>Council approves budget</h1>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
        ${paragraphs(STORY)}
        <div class="related-stories"><h3>Related stories</h3><ul>
          <li><a href="/a">Mayor opens new library in the old fire station</a></li>
          <li><a href="/b">School board elects a new chair after long vote</a></li>
        </ul></div>
        <section id="comments"><h3>Comments</h3><p>Great news, finally someone fixes the bridges in this town!</p></section>
      </article></main>
      <footer><p>© 2024 Town Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer>`);
    const { text } = extractHtmlArticle(html);
    for (const paragraph of STORY) expect(text).toContain(paragraph);
    for (const clutter of ['Home', 'Advertisement', 'Share on Facebook', 'Mayor opens new library', 'Great news, finally', 'All rights reserved', 'Privacy']) {
      expect(text, clutter).not.toContain(clutter);
    }
  });

  it('writes one paragraph a line with a blank line between blocks; headings and list items are lines of their own', () => {
    const html = page(`<article>
      ${paragraphs(STORY.slice(0, 2))}
      <h2>What the money pays for</h2>
      <ul><li>Twelve bridges</li><li>Two   schools</li></ul>
      <p>First line<br>second line</p>
      ${paragraphs(STORY.slice(2))}
    </article>`);
    const { text } = extractHtmlArticle(html);
    expect(text).toContain(`${STORY[1]}\n\nWhat the money pays for\n\nTwelve bridges\n\nTwo schools\n\nFirst line\nsecond line\n\n${STORY[2]}`);
    expect(text).not.toMatch(/\n{3,}/u);
    expect(text).not.toMatch(/[<>]/u);
  });

  it('never puts script, style, noscript or template content in the text, and never runs scripts', () => {
    const html = page(
      `<article><script>globalThis.__factdeskScriptRan = true; throw new Error('script ran');</script>
      <style>.x { color: red } body::after { content: "styled text" }</style>
      <noscript>Please enable JavaScript to read this</noscript>
      <template><p>Template text that is never shown</p></template>
      ${paragraphs(STORY)}</article>`,
      '<title>Budget</title><script>document.title = "changed"; throw new Error("head script");</script>',
    );
    const { text } = extractHtmlArticle(html);
    expect(text).toContain(STORY[0]);
    for (const hidden of ['__factdeskScriptRan', 'script ran', 'color: red', 'styled text', 'enable JavaScript', 'Template text']) {
      expect(text, hidden).not.toContain(hidden);
    }
    expect((globalThis as Record<string, unknown>)['__factdeskScriptRan']).toBeUndefined();
  });

  it('decodes entities and collapses whitespace within a line', () => {
    const html = page(`<article>${paragraphs(STORY)}<p>Profits &amp; losses   fell&nbsp;by &#8364;5&#x2009;m &mdash; &quot;a record&quot;,
      said   the &lt;CFO&gt;.</p></article>`);
    const { text } = extractHtmlArticle(html);
    expect(linesOf(text)).toContain('Profits & losses fell by €5 m — "a record", said the <CFO>.');
  });

  it('drops photo captions and credits, and the captions of figures', () => {
    const html = page(`<article>${paragraphs(STORY.slice(0, 2))}
      <figure><img src="bridge.jpg" alt=""><figcaption>The old bridge over the river. Photo: John Smith</figcaption></figure>
      <div class="image-credit">Getty Images</div>
      ${paragraphs(STORY.slice(2))}</article>`);
    const { text } = extractHtmlArticle(html);
    expect(text).toContain(STORY[3]);
    expect(text).not.toContain('The old bridge over the river');
    expect(text).not.toContain('Getty Images');
  });

  it('drops "Related:" and "Read more" links, link lists under such a label, and calls to subscribe', () => {
    const html = page(`<article>${paragraphs(STORY.slice(0, 2))}
      <p>Related: <a href="/x">Town hall to close for repairs over the summer</a></p>
      <p><strong>READ MORE:</strong> <a href="/y">Why the bridges are failing</a></p>
      ${paragraphs(STORY.slice(2))}
      <h3>More from the Gazette</h3>
      <ul><li><a href="/1">Library hours change in June</a></li><li><a href="/2">Police report a quiet weekend</a></li></ul>
      <p><a href="/subscribe">Click here to subscribe to our newsletter</a></p></article>`);
    const { text } = extractHtmlArticle(html);
    for (const paragraph of STORY) expect(text).toContain(paragraph);
    for (const clutter of ['Town hall to close', 'Why the bridges are failing', 'More from the Gazette', 'Library hours', 'Police report', 'subscribe']) {
      expect(text, clutter).not.toContain(clutter);
    }
  });

  it('keeps a list of links that is part of the story when nothing labels it as other stories', () => {
    const html = page(`<article>${paragraphs(STORY)}<p>The documents are online:</p>
      <ul><li><a href="/budget.pdf">The full budget for 2024</a></li><li><a href="/minutes.pdf">The minutes of the council meeting</a></li></ul></article>`);
    const { text } = extractHtmlArticle(html);
    expect(text).toContain('The full budget for 2024');
    expect(text).toContain('The minutes of the council meeting');
  });

  it('throws ImportError no-text for a page with no article text', () => {
    const attempt = (html: string) => () => extractHtmlArticle(html, { name: 'empty.html' });
    for (const html of [page(''), page('<script>var a = 1;</script><style>p{}</style><img src="a.png">'), '']) {
      expect(attempt(html)).toThrow(ImportError);
      try {
        attempt(html)();
      } catch (error) {
        expect(error).toMatchObject({ code: 'no-text', fileName: 'empty.html' });
        expect((error as Error).message).toContain('"empty.html"');
      }
    }
  });

  it('never throws on odd markup: unclosed tags, stray end tags, no <html> or <body>', () => {
    const odd = `<div><p>${STORY[0]}<p>${STORY[1]}</span></i><b>bold <i>both</b> italic</i></div></table><p>${STORY[2]}`;
    const { text } = extractHtmlArticle(odd);
    expect(text).toContain(STORY[0]);
    expect(text).toContain(STORY[2]);
    expect(text).toContain('bold both italic');
  });

  it('keeps everything the user copied when given a fragment of rich text from the clipboard', () => {
    const fragment = `<meta charset="utf-8"><p>Short note: <b>rates rose</b> by 2%.</p><ul><li>One</li><li>Two</li></ul>`;
    const { text } = extractHtmlArticle(fragment);
    expect(linesOf(text)).toEqual(['Short note: rates rose by 2%.', 'One', 'Two']);
  });

  it('falls back to the JSON-LD articleBody when the page shows no text of its own', () => {
    const body = `${STORY.join(' ')} ${STORY.join(' ')}`;
    const html = page('<div id="app"></div>', `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Budget', articleBody: body })}</script>`);
    expect(extractHtmlArticle(html).text).toBe(body);
  });

  it('reads Russian and Chinese pages, spacing the CJK words a link sets apart', () => {
    const russian = [
      'Городской совет во вторник утвердил бюджет в размере 4,2 миллиона рублей после долгих споров, которые продолжались до поздней ночи.',
      'По словам депутата Анны Руис, деньги пойдут на ремонт двенадцати мостов и двух школ, а работы начнутся весной, если позволит погода.',
      'Противники плана заявили, что налог на имущество вырастет на три процента, и назвали это самым большим ростом за десятилетие.',
    ];
    const ru = extractHtmlArticle(page(`<nav><a href="/">Главная</a><a href="/news">Новости</a></nav><article>${paragraphs(russian)}</article>`, '<title>Бюджет</title>'));
    expect(linesOf(ru.text)).toEqual(russian);

    const chinese = [
      '市议会周二批准了四百二十万元的预算，辩论一直持续到深夜，吸引了许多居民到场旁听。议员表示，这笔资金将用于维修十二座桥梁和两所学校。',
      '反对者认为，该计划将使房产税提高百分之三，是十年来最大的一次增长。市长预计将于下周签署预算，关于学校维修的第二次投票定于三月举行。',
    ];
    const html = page(`<article>${paragraphs(chinese)}<p>详情请见<a href="/report">市议会报告</a>全文。</p></article>`, '<title>预算</title>');
    const zh = extractHtmlArticle(html);
    expect(linesOf(zh.text)).toEqual([...chinese, '详情请见 市议会报告 全文。']);
  });
});

describe('extractHtmlArticle: metadata', () => {
  it('states the page metadata, with the Readability byline when the page names no author elsewhere', () => {
    const html = page(
      `<article><h1>Council approves budget</h1><p class="byline">By Maria Lopez</p>${paragraphs(STORY)}</article>`,
      '<title>Council approves budget | Town Gazette</title><meta property="og:site_name" content="Town Gazette"><meta property="article:published_time" content="2024-03-05T09:30:00+01:00"><link rel="canonical" href="https://gazette.example/budget">',
    );
    const { text, declared } = extractHtmlArticle(html, { url: 'https://gazette.example/budget?utm=1' });
    expect(declared).toEqual({
      title: 'Council approves budget',
      author: 'Maria Lopez',
      publishedAt: '2024-03-05T09:30:00+01:00',
      source: 'Town Gazette',
      url: 'https://gazette.example/budget',
      language: 'en',
    });
    expect(text).not.toContain('By Maria Lopez');
  });

  it('lets the text decide the language when the stated one is in another script', () => {
    const russian = 'Городской совет во вторник утвердил бюджет в размере 4,2 миллиона рублей после долгих споров до поздней ночи. '.repeat(4);
    const { declared } = extractHtmlArticle(page(`<article><p>${russian}</p><p>${russian}</p></article>`));
    expect(declared.language).toBeNull();
  });
});
