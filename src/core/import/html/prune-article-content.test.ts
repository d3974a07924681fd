import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pruneArticleContent } from './prune-article-content';
import { renderBlockText } from './render-block-text';

const STORY =
  '<p>The council approved the budget on Tuesday after a long debate about the bridges, the schools and the tax rate that pays for both.</p>' +
  '<p>The mayor is expected to sign it next week, and work on the first of the twelve bridges should start in the spring.</p>';

/** Prunes a container detached from its document, as Readability hands it over. */
function prune(inner: string): string {
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  const root = document.createElement('div');
  root.innerHTML = inner;
  pruneArticleContent(root);
  return renderBlockText(root);
}

describe('pruneArticleContent', () => {
  it('removes see-also links in several languages, and the link list a bare label heads', () => {
    const text = prune(
      `${STORY}<p>Related: <a href="/a">Other story</a></p><p>Читайте также: <a href="/b">Другая новость</a></p>` +
        '<p>相关阅读：<a href="/c">另一条新闻</a></p><h4>Don’t miss</h4><ul><li><a href="/d">Teaser one</a></li><li><a href="/e">Teaser two</a></li></ul>',
    );
    expect(text).toBe(prune(STORY));
  });

  it('removes a short heading naming other stories when a list of links follows it', () => {
    const list = '<ul><li><a href="/1">Library hours change in June</a></li><li><a href="/2">Police report a quiet weekend</a></li></ul>';
    expect(prune(`${STORY}<p>More Great Gazette Stories</p>${list}`)).toBe(prune(STORY));
    // The same heading over prose stays.
    expect(prune(`${STORY}<h3>News in brief</h3>${STORY}`)).toContain('News in brief');
  });

  it('keeps a sentence that only starts like a label', () => {
    const sentence = '<p>More people voted this year than in any year since 1990, the <a href="/r">report</a> says.</p>';
    expect(prune(`${STORY}${sentence}`)).toContain('More people voted this year');
  });

  it('removes capitalised promo links and calls to act, and keeps ordinary links', () => {
    const text = prune(
      `${STORY}<p><strong><a href="/x">TRUMP SAYS HE WILL VETO THE BILL</a></strong></p><p>Follow us on Twitter for more.</p>` +
        '<p>Subscribe to our newsletter</p><p><a href="/report">The full report</a> is online.</p><h2><a href="#part-two">PART TWO: THE VOTE</a></h2>',
    );
    expect(text).toContain('PART TWO: THE VOTE');
    expect(text).not.toMatch(/TRUMP|Follow us|Subscribe/u);
    expect(text).toContain('The full report is online.');
  });

  it('removes the page header, navigation and teasers of other articles kept inside the container', () => {
    const header = '<header><h1>Budget approved</h1><p>By Ann Lee, 5 March</p></header>';
    const teaser = '<article><h3><a href="/other">Another story entirely</a></h3><p>Its summary.</p></article>';
    const text = prune(`${header}${STORY}${STORY}${teaser}<nav><a href="/">Home</a></nav>`);
    expect(text).toBe(prune(`${STORY}${STORY}`));
  });

  it('keeps the first article of several side by side: the posts after it are other stories', () => {
    const next = '<article><p>Another post entirely, shown after the story on an endless scroll, with text of its own that runs on.</p></article>';
    const text = prune(`<article>${STORY}${STORY}</article>${next}${next}`);
    expect(text).toBe(prune(`${STORY}${STORY}`));
  });
});
