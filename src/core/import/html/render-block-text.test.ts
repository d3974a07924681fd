import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderBlockText } from './render-block-text';

function render(body: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`);
  return renderBlockText(document.body);
}

describe('renderBlockText', () => {
  it('puts blocks a blank line apart, <br> on a new line, and inline elements in their line', () => {
    expect(render('<h2>Heading</h2><p>One <b>bold</b> and <a href="#">linked</a>.</p><div>Two<br>lines</div>')).toBe(
      'Heading\n\nOne bold and linked.\n\nTwo\nlines',
    );
  });

  it('collapses whitespace within a line and drops empty blocks', () => {
    expect(render('<p>  spread \n\t over   lines&nbsp; </p><p> </p><div><span></span></div><p>next</p>')).toBe('spread over lines\n\nnext');
  });

  it('keeps the line breaks of <pre>', () => {
    expect(render('<pre>line 1\n  line 2\n\nafter a gap</pre>')).toBe('line 1\nline 2\n\nafter a gap');
  });

  it('lists items and table rows each on a line, cells side by side', () => {
    expect(render('<ul><li>first</li><li>second</li></ul><table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>')).toBe(
      'first\n\nsecond\n\na b\n\nc d',
    );
  });

  it('skips what never shows as text', () => {
    const hidden = '<script>var x = "<p>no</p>";</script><style>p{}</style><noscript>no</noscript><template>no</template><svg><text>no</text></svg><select><option>no</option></select><button>no</button>';
    expect(render(`<p>yes</p>${hidden}`)).toBe('yes');
  });

  it('sets a link or emphasis apart from CJK text it runs into, but not from Latin text', () => {
    expect(render('<p>パスワード管理ソフト<a href="#">KeePass</a>の設定</p>')).toBe('パスワード管理ソフト KeePass の設定');
    expect(render('<p>详情请见<strong>市议会报告</strong>全文。</p>')).toBe('详情请见 市议会报告 全文。');
    expect(render('<p><b>T</b>he drop cap and <a href="#">a link</a>, then text.</p>')).toBe('The drop cap and a link, then text.');
  });
});
