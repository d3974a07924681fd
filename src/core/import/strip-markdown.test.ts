import { describe, expect, it } from 'vitest';
import { parseArticleText } from './parse-article-text';
import { stripMarkdown } from './strip-markdown';

describe('stripMarkdown', () => {
  it('keeps the words and drops heading, emphasis, link, image and code markers', () => {
    const { text, title } = stripMarkdown(
      [
        '# Kazakhstan, *China* deepen **cultural** cooperation',
        '',
        '![Tokayev at the ceremony](https://example.com/photo.jpg)',
        'Kazakh President [Kassym-Jomart Tokayev](https://example.com/t "Tokayev") opened the centre on `Sept 2`, said _officials_.',
        '',
        '## Trade',
        '',
        '> "Our friendship will be ~~further~~ strengthened," __Tokayev__ said.',
        '',
        '- Trade grew 6.8 percent to $43.82 billion.',
        '2. A snake_case_name stays, and \\*escaped stars\\* stay.',
        '',
        '```text',
        'fenced **text** stays as written',
        '```',
        '***',
        '[ref]: https://example.com',
        'See [the report][ref] and <https://example.com/full>.',
      ].join('\n'),
    );
    expect(title).toBe('Kazakhstan, China deepen cultural cooperation');
    expect(text).toBe(
      [
        'Kazakhstan, China deepen cultural cooperation',
        '',
        'Kazakh President Kassym-Jomart Tokayev opened the centre on Sept 2, said officials.',
        '',
        'Trade',
        '',
        '"Our friendship will be further strengthened," Tokayev said.',
        '',
        'Trade grew 6.8 percent to $43.82 billion.',
        'A snake_case_name stays, and *escaped stars* stay.',
        '',
        'fenced **text** stays as written',
        'See the report and https://example.com/full.',
      ].join('\n'),
    );
  });

  it('takes an underlined heading as the title', () => {
    expect(stripMarkdown('Media forum opens\n=================\n\nText.')).toMatchObject({
      title: 'Media forum opens',
      text: 'Media forum opens\n\nText.',
    });
  });

  it('reads front matter and leaves it out of the text', () => {
    const { text, title, fields } = stripMarkdown('---\ntitle: "Media forum"\nauthor: Jane Doe\n---\nText.');
    expect(text).toBe('Text.');
    expect(title).toBe('Media forum');
    expect(fields.get('author')).toBe('Jane Doe');
  });
});

describe('a Markdown file', () => {
  const markdown = [
    '---',
    'date: 2025-09-03',
    'url: https://www.chinadaily.com.cn/a/202509/03/WS68b8.html',
    '---',
    'Share',
    '',
    '# Kazakhstan, *China* deepen cultural cooperation',
    '',
    '**By Yang Ran** | chinadaily.com.cn',
    '',
    'China is **Kazakhstan\'s** largest [trading](https://example.com) partner.',
  ].join('\n');

  it('gets a readable body, with the first # heading as title and front matter as metadata', () => {
    const article = parseArticleText(markdown, { name: 'forum.md' });
    expect(article.rawText).toBe(markdown);
    expect(article.body).toBe(
      "Share\n\nKazakhstan, China deepen cultural cooperation\n\nBy Yang Ran | chinadaily.com.cn\n\nChina is Kazakhstan's largest trading partner.",
    );
    expect(article.title).toBe('Kazakhstan, China deepen cultural cooperation');
    expect(article.author).toBe('Yang Ran');
    expect(article.source).toBe('chinadaily.com.cn');
    expect(article.publishedAt).toBe('2025-09-03');
    expect(article.url).toBe('https://www.chinadaily.com.cn/a/202509/03/WS68b8.html');
    expect(article.excluded.map((range) => [article.body.slice(range.start, range.end), range.reason])).toEqual([
      ['Share', 'share-buttons'],
      ['Kazakhstan, China deepen cultural cooperation', 'title'],
      ['By Yang Ran | chinadaily.com.cn', 'byline'],
    ]);
  });

  it('is read as Markdown for .markdown too, and as plain text otherwise', () => {
    expect(parseArticleText(markdown, { name: 'FORUM.MARKDOWN' }).body).not.toContain('**');
    expect(parseArticleText(markdown, { name: 'forum.txt' }).body).toBe(markdown);
  });

  it('is refused as empty when nothing readable is left', () => {
    expect(() => parseArticleText('---\ntitle: x\n---\n\n***\n', { name: 'empty.md' })).toThrow(
      '"empty.md" is empty (nothing but whitespace), so there is no article to import.',
    );
  });
});
