import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html';
import { toSafeHref } from './safe-href';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });

  it('neutralises scripts and event handlers', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('escapes an existing entity again rather than trusting it', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves other text, including Cyrillic and Chinese, as it is', () => {
    expect(escapeHtml('Қазақстан — 中国 ü')).toBe('Қазақстан — 中国 ü');
  });
});

describe('toSafeHref', () => {
  it('keeps http and https addresses', () => {
    expect(toSafeHref('https://stat.gov.kz/en/?a=1&b=2')).toBe('https://stat.gov.kz/en/?a=1&b=2');
    expect(toSafeHref(' http://example.org ')).toBe('http://example.org/');
  });

  it('refuses anything that is not a web address', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'not a url']) {
      expect(toSafeHref(url)).toBeNull();
    }
  });
});
