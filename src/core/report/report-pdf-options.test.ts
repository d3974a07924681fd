import { describe, expect, it } from 'vitest';
import { reportPdfOptions } from './report-pdf-options';

describe('reportPdfOptions', () => {
  it('puts the escaped article title in the header and page X of Y in the footer', () => {
    const options = reportPdfOptions('Letter', 'Tom & <b>Jerry</b> 中国');
    expect(options.paperSize).toBe('Letter');
    expect(options.headerTemplate).toContain('<span class="doc-title">Tom &amp; &lt;b&gt;Jerry&lt;/b&gt; 中国</span>');
    expect(options.headerTemplate).not.toContain('<b>');
    expect(options.footerTemplate).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
  });

  it('gives the templates the bundled fonts, small, at weight 400 only', () => {
    const { headerTemplate, footerTemplate } = reportPdfOptions('A4', 'Қазақстан 中国');
    for (const template of [headerTemplate, footerTemplate]) {
      expect(template).toContain("font-family:'Noto Sans', 'Noto Sans SC'");
      expect(template).toContain('font-size:7.5pt');
      expect(template).toContain("@font-face{font-family:'Noto Sans SC'");
      expect(template).toContain("@font-face{font-family:'Noto Sans'");
      expect(template).not.toContain('font-weight:700');
    }
  });

  it('leaves room for the header and footer', () => {
    expect(reportPdfOptions('A4', 'T').margin).toEqual({ top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' });
  });
});
