// Print options for a report: page size, margins, and the running header (article title) and footer
// (page X of Y). Chromium renders the templates apart from the page, without its fonts, so each template
// carries its own @font-face rules for the few characters it shows.
import { escapeHtml } from './escape-html';
import { buildFontFaceCss, REPORT_FONT_FAMILY } from './fonts';
import type { PaperSize, PdfOptions } from './pdf-printer';

const SIDE_MARGIN = '16mm';
const RUNNING_LABEL = 'Factdesk · Fact-check report';

export function reportPdfOptions(paperSize: PaperSize, title: string): PdfOptions {
  const header = `<span class="doc-title">${escapeHtml(title)}</span><span>${RUNNING_LABEL}</span>`;
  const footer =
    `<span>${RUNNING_LABEL}</span>` +
    '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>';
  return {
    paperSize,
    headerTemplate: buildTemplate(header, 'flex-end'),
    footerTemplate: buildTemplate(footer, 'flex-start'),
    margin: { top: '20mm', bottom: '18mm', left: SIDE_MARGIN, right: SIDE_MARGIN },
  };
}

function buildTemplate(content: string, align: 'flex-start' | 'flex-end'): string {
  const style =
    `.running{box-sizing:border-box;width:100%;height:100%;padding:5mm ${SIDE_MARGIN};display:flex;` +
    `align-items:${align};justify-content:space-between;gap:8mm;font-family:${REPORT_FONT_FAMILY};` +
    'font-size:7.5pt;line-height:1.2;color:#6b7280;-webkit-print-color-adjust:exact}' +
    '.running>span{white-space:nowrap}' +
    '.running .doc-title{overflow:hidden;text-overflow:ellipsis;min-width:0}';
  // Page numbers are filled in at print time: cover every digit as well as the text written here.
  const fontFaces = buildFontFaceCss(`${content}0123456789`, [400]);
  return `<style>${fontFaces}${style}</style><div class="running">${content}</div>`;
}
