// The one interface that turns report HTML into a PDF. Inside the app it is Electron's
// webContents.printToPDF; in the CLI and the tests it is headless Chromium via playwright-core.
// Both are Chromium's own print path, given the same options.

export type PaperSize = 'A4' | 'Letter';

export interface PdfOptions {
  paperSize: PaperSize;
  /** Chromium header/footer templates (HTML with .pageNumber, .totalPages, .date spans). */
  headerTemplate: string;
  footerTemplate: string;
  /** Margins in CSS length units, e.g. "18mm". */
  margin: { top: string; bottom: string; left: string; right: string };
}

export type PrintHtmlToPdf = (html: string, options: PdfOptions) => Promise<Uint8Array>;
