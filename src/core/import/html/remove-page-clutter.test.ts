import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isNamedClutter, removePageClutter } from './remove-page-clutter';

const PARAGRAPH = '<p>The council approved the budget on Tuesday after a long debate about bridges, schools and taxes.</p>';

function clean(body: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`);
  removePageClutter(document);
  return document.body.innerHTML;
}

function element(attributes: string): Element {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body><div ${attributes}></div></body></html>`);
  const div = document.body.firstElementChild;
  if (div === null) throw new Error('no element');
  return div;
}

describe('isNamedClutter', () => {
  it('matches clutter words as whole parts of a class or id, in any case style', () => {
    for (const attributes of ['class="share-bar"', 'class="post_related-links"', 'id="comments"', 'class="newsCaption"', 'class="bio___3q2CD"', 'class="ad"']) {
      expect(isNamedClutter(element(attributes)), attributes).toBe(true);
    }
    for (const attributes of ['class="article-body"', 'class="shadow"', 'class="download"', 'class="loaded"', 'class="sharedprofile"']) {
      expect(isNamedClutter(element(attributes)), attributes).toBe(false);
    }
  });

  it('tells hidden elements from ones hidden on some screens only', () => {
    expect(isNamedClutter(element('class="d-none"'))).toBe(true);
    expect(isNamedClutter(element('class="is-hidden"'))).toBe(true);
    expect(isNamedClutter(element('class="print-header"'))).toBe(true);
    expect(isNamedClutter(element('class="d-none d-md-block"'))).toBe(false);
    expect(isNamedClutter(element('class="story hidden-xs"'))).toBe(false);
    expect(isNamedClutter(element('class="hidden-print"'))).toBe(false);
    expect(isNamedClutter(element('class="tools-review"'))).toBe(false);
    expect(isNamedClutter(element('class="article-tools"'))).toBe(true);
  });
});

describe('removePageClutter', () => {
  it('removes captions, hidden elements, navigation and named furniture', () => {
    const body = `<nav>menu</nav><div class="sr-only">Skip</div><div hidden>secret</div><figure><img src="a.png"><figcaption>Caption</figcaption></figure>${PARAGRAPH}<div class="social-share">Share</div>`;
    expect(clean(body)).toBe(`<figure><img src="a.png"></figure>${PARAGRAPH}`);
  });

  it('never removes an element holding most of the page text, whatever its name', () => {
    const body = `<div class="post has-comments">${PARAGRAPH.repeat(5)}</div><div class="comments">${PARAGRAPH}</div>`;
    expect(clean(body)).toBe(`<div class="post has-comments">${PARAGRAPH.repeat(5)}</div>`);
  });

  it('measures a page written in <div>s by all its text', () => {
    const story = '<div>The council approved the budget on Tuesday after a long debate about bridges, schools and taxes.</div>';
    const body = `<div class="entry-meta-wrap">${story.repeat(8)}</div><div class="entry-meta">By Ann Lee</div>`;
    expect(clean(body)).toBe(`<div class="entry-meta-wrap">${story.repeat(8)}</div>`);
  });
});
