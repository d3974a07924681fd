import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../seeded-random';
import { escapeMarkdown, renderMarkdownLink } from './escape-markdown';
import { BLOCK_NOTE, HOSTILE_NOTE, HOSTILE_TITLE, SCRIPT } from './export-test-fixtures';
import { readInline } from './markdown-test-reader';

describe('escapeMarkdown', () => {
  it('leaves no markup: every special is escaped and reads back as the text', () => {
    for (const text of [HOSTILE_TITLE, HOSTILE_NOTE, SCRIPT, '1. item', '**bold** __b__ ~~s~~ `c` ![i](x) &lt; &#60;']) {
      const { literal, markup } = readInline(escapeMarkdown(text));
      expect(markup).toEqual([]);
      expect(literal).toBe(text.replace(/\r\n|[\r\n]/g, ' '));
    }
  });

  it('writes <script> as text and keeps other scripts as they are', () => {
    expect(escapeMarkdown(SCRIPT)).toBe('\\<script\\>alert\\(1\\)\\</script\\>');
    expect(escapeMarkdown('Қазақстан 中国 Россия')).toBe('Қазақстан 中国 Россия');
  });

  it('puts every line on one: block markup cannot start a line', () => {
    const escaped = escapeMarkdown(BLOCK_NOTE);
    expect(escaped).not.toMatch(/[\r\n]/);
    expect(escaped.startsWith('\\# not a heading \\- not a list 1\\. not numbered \\> not a quote')).toBe(true);
  });

  it('reads back any mix of ASCII punctuation and letters', () => {
    const random = createSeededRandom(7);
    const alphabet = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ aZ9Я中';
    for (let round = 0; round < 300; round += 1) {
      const text = Array.from({ length: 12 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const { literal, markup } = readInline(escapeMarkdown(text));
      expect(literal).toBe(text);
      expect(markup).toEqual([]);
    }
  });
});

describe('renderMarkdownLink', () => {
  it('links a web address, escaping what a destination or a table would read', () => {
    const link = renderMarkdownLink('海关 [stats]', 'https://example.cn/a_b(1)|x?q=1&lt;2#f');
    expect(link).toBe('[海关 \\[stats\\]](https://example.cn/a_b\\(1\\)\\|x?q=1\\&lt;2#f)');
    expect(readInline(link.slice(link.indexOf('](') + 2, -1)).literal).toBe('https://example.cn/a_b(1)|x?q=1&lt;2#f');
  });

  it('never links anything but http(s), and shows the address as text instead', () => {
    const link = renderMarkdownLink('Click', 'javascript:alert(1)');
    expect(readInline(link)).toEqual({ literal: 'Click (javascript:alert(1))', markup: [] });
    expect(renderMarkdownLink('Local', 'file:///etc/passwd')).not.toContain('](');
    expect(renderMarkdownLink('Only a title', null)).toBe('Only a title');
  });

  it('uses the address as the text when the title is empty', () => {
    expect(renderMarkdownLink(' ', 'https://example.org/a')).toBe('[https\\://example\\.org/a](https://example.org/a)');
  });
});
