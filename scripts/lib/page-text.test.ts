import { describe, expect, it } from 'vitest';
import { readPageText } from './page-text';

describe('readPageText (select all, copy)', () => {
  it('puts blocks on lines of their own and paragraphs and headings a blank line apart', () => {
    const html = '<body><nav><ul><li><a>Home</a></li><li>World</li></ul></nav><h1>Big  news</h1><p>First <b>para</b>graph.</p><div>Footer</div></body>';
    expect(readPageText(html)).toBe('Home\nWorld\n\nBig news\n\nFirst paragraph.\n\nFooter');
  });

  it('collapses whitespace across inline elements and turns <br> into a line break', () => {
    expect(readPageText('<p>  one\n  <span> two </span>  three<br>four&nbsp;five </p>')).toBe('one two three\nfour five');
  });

  it('leaves out what a browser does not show: scripts, styles, templates, noscript, hidden elements, the head', () => {
    const html = `<html><head><title>Title</title><style>p{}</style></head><body><script>var x = 1;</script>
      <noscript>Enable JavaScript</noscript><template><p>Later</p></template><p hidden>Hidden</p>
      <div style="color: red; display: none">Not shown</div><div style="visibility:hidden">Invisible</div>
      <p>Shown</p><input type="hidden" value="secret"><select><option>Pick one</option></select></body></html>`;
    expect(readPageText(html)).toBe('Shown');
  });

  it('copies table cells a tab apart, one row a line, and a closed <details> as its summary only', () => {
    const html = '<table><tr><th>City</th><td>Astana</td></tr><tr><th>Year</th><td>1997</td></tr></table><details><summary>More</summary><p>Inside</p></details>';
    expect(readPageText(html)).toBe('City\tAstana\nYear\t1997\nMore');
  });

  it('keeps the line breaks of preformatted text', () => {
    expect(readPageText('<pre>line one\nline two</pre>')).toBe('line one\nline two');
  });
});

describe('readPageText on markup without an <html> element', () => {
  it('reads every top-level element, with or without a <body>', () => {
    expect(readPageText('<p>one</p><p>two</p>')).toBe('one\n\ntwo');
    expect(readPageText('<body><h1>Title</h1><div>Text</div></body>')).toBe('Title\n\nText');
  });
});
