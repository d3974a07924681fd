// The app's PDF printer: Chromium's own print path through webContents.printToPDF, in a hidden,
// sandboxed window. The report's own Content-Security-Policy (default-src 'none') keeps any script in it
// from running; JavaScript stays on only so main can wait for the bundled fonts before printing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import type { PdfOptions, PrintHtmlToPdf } from '../core/report/pdf-printer';
import { hardenWebContents } from './security';

const MM_PER_INCH = 25.4;

/** printToPDF takes margins in inches; the shared options use CSS lengths (mm, in, px). */
export function toInches(length: string): number {
  const match = /^([\d.]+)\s*(mm|cm|in|px)?$/.exec(length.trim());
  if (!match) return 0.4;
  const value = Number(match[1]);
  switch (match[2]) {
    case 'mm':
      return value / MM_PER_INCH;
    case 'cm':
      return (value * 10) / MM_PER_INCH;
    case 'px':
      return value / 96;
    default:
      return value;
  }
}

export function printToPdfOptions(options: PdfOptions): Electron.PrintToPDFOptions {
  return {
    pageSize: options.paperSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    margins: {
      top: toInches(options.margin.top),
      bottom: toInches(options.margin.bottom),
      left: toInches(options.margin.left),
      right: toInches(options.margin.right),
    },
  };
}

export const printWithElectron: PrintHtmlToPdf = async (html, options) => {
  // A file, not a data: URL (reports with inlined fonts can exceed its limit), in a private folder:
  // it holds the article and the fact-checker's notes.
  const folder = await mkdtemp(join(tmpdir(), 'factdesk-report-'));
  const file = join(folder, 'report.html');
  await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  try {
    // The report's links must not navigate the print window or open new ones: the app's own rules apply.
    hardenWebContents(window.webContents, pathToFileURL(file).href);
    await window.loadFile(file);
    // Text in a font still loading would print blank.
    await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
    return new Uint8Array(await window.webContents.printToPDF(printToPdfOptions(options)));
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
};
