// The report module's public surface. The Chromium printer is left out on purpose: it pulls in
// playwright-core, so callers that need it (CLI, tests) import './chromium-printer' directly.
export { escapeHtml } from './escape-html';
export { buildFontFaceCss, selectFontFaces, REPORT_FONT_FAMILY } from './fonts';
export type { BundledFontFace, FontSelection } from './fonts';
export type { PaperSize, PdfOptions, PrintHtmlToPdf } from './pdf-printer';
export { renderArticleReport } from './render-article-report';
export type { ReportOptions } from './render-article-report';
export { reportPdfOptions } from './report-pdf-options';
