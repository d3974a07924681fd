import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { completeDocument, isFragment } from './complete-document';

describe('completeDocument', () => {
  it('leaves a whole page as it is', () => {
    const page = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p>x</p></body></html>';
    expect(completeDocument(page)).toBe(page);
  });

  it('gives a partial page the <html> and <body> linkedom needs, keeping its head and language', () => {
    for (const partial of ['<p>x</p>', '<html lang="ru"><p>x</p></html>', '<head><title>t</title></head><body class="a"><p>x</p></body>', 'x']) {
      const { document } = parseHTML(completeDocument(partial));
      expect(document.body.textContent, partial).toBe('x');
    }
    const { document } = parseHTML(completeDocument('<html lang="ru"><head><title>Заголовок</title></head><p>x</p></html>'));
    expect(document.documentElement.getAttribute('lang')).toBe('ru');
    expect(document.title).toBe('Заголовок');
  });
});

describe('isFragment', () => {
  it('tells copied rich text from a page', () => {
    expect(isFragment("<meta charset='utf-8'><p>Copied</p>")).toBe(true);
    expect(isFragment('<html><body><!--StartFragment--><p>Copied</p><!--EndFragment--></body></html>')).toBe(true);
    expect(isFragment('<!doctype html><title>t</title><p>A page without html or body tags</p>')).toBe(false);
    expect(isFragment('<html><body><p>A page</p></body></html>')).toBe(false);
  });
});
