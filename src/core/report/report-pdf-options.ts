// Print options for a report: page size, margins, and the running header (article title) and footer
// (page X of Y). Chromium renders the templates apart from the page, without its fonts (system fonts
// otherwise), so they carry @font-face rules for the characters they show, at weight 400 only.
import { escapeHtml } from './escape-html';
import { buildFontFaceCss, REPORT_FONT_FAMILY } from './fonts';
import type { PaperSize, PdfOptions } from './pdf-printer';
import { collectRunningText, RUNNING_LABEL, toDisplayTitle } from './running-text';

const SIDE_MARGIN = '16mm';

export function reportPdfOptions(paperSize: PaperSize, title: string): PdfOptions {
  // Not class "title": Chromium fills that with the document's <title>.
  const header = `<span class="doc-title">${escapeHtml(toDisplayTitle(title))}</span><span>${RUNNING_LABEL}</span>`;
  const footer =
    `<span>${RUNNING_LABEL}</span>` +
    '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>';
  const fontFaces = buildFontFaceCss(collectRunningText(title), [400]);
  return {
    paperSize,
    headerTemplate: buildTemplate(header, 'flex-end', fontFaces),
    footerTemplate: buildTemplate(footer, 'flex-start', fontFaces),
    margin: { top: '20mm', bottom: '18mm', left: SIDE_MARGIN, right: SIDE_MARGIN },
  };
}

function buildTemplate(content: string, align: 'flex-start' | 'flex-end', fontFaces: string): string {
  const style =
    `.running{box-sizing:border-box;width:100%;height:100%;padding:5mm ${SIDE_MARGIN};display:flex;` +
    `align-items:${align};justify-content:space-between;gap:8mm;font-family:${REPORT_FONT_FAMILY};` +
    'font-size:7.5pt;line-height:1.2;color:#6b7280;-webkit-print-color-adjust:exact}' +
    '.running>span{white-space:nowrap}' +
    '.running .doc-title{overflow:hidden;text-overflow:ellipsis;min-width:0}';
  return `<style>${fontFaces}${style}</style><div class="running">${content}</div>`;
}
