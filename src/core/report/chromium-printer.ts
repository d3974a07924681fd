// Prints report HTML to PDF with headless Chromium via playwright-core: the CLI's and the tests' printer
// (the app uses Electron's printToPDF). One browser is launched on first use and reused; each print gets a
// fresh context with JavaScript off and every request but data: URLs blocked, since reports are
// self-contained and contain no scripts.
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH_ARGS, describeMissingChromium, findChromium } from './find-chromium';
import type { PdfOptions, PrintHtmlToPdf } from './pdf-printer';

export interface ChromiumPrinter {
  printToPdf: PrintHtmlToPdf;
  /** Closes the browser if one was launched. A later print launches a new one. */
  close(): Promise<void>;
}

export function createChromiumPrinter(options: { executablePath?: string } = {}): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;

  const getBrowser = (): Promise<Browser> => {
    if (browser !== null) return browser;
    const launching = launchBrowser(options.executablePath);
    // A failed launch or a crashed browser is not reused: the next print launches again.
    const forget = (): void => {
      if (browser === launching) browser = null;
    };
    launching.then((launched) => launched.on('disconnected', forget), forget);
    browser = launching;
    return launching;
  };

  const printToPdf: PrintHtmlToPdf = async (html, pdfOptions) => {
    const context = await (await getBrowser()).newContext({ javaScriptEnabled: false });
    try {
      await context.route('**', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient'),
      );
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      // The report page itself lays out its header and footer text (see running-text.ts), so their fonts are
      // loaded here too. Page evaluation runs even with page scripts disabled; the PDF must not be taken before fonts load.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return new Uint8Array(await page.pdf(toPlaywrightPdfOptions(pdfOptions)));
    } finally {
      await context.close();
    }
  };

  const close = async (): Promise<void> => {
    const current = browser;
    browser = null;
    if (current === null) return;
    const launched = await current.catch(() => null);
    await launched?.close();
  };

  return { printToPdf, close };
}

async function launchBrowser(explicitPath: string | undefined): Promise<Browser> {
  const executablePath = findChromium(explicitPath);
  if (executablePath === null) throw new Error(describeMissingChromium(explicitPath));
  return chromium.launch({ executablePath, args: [...CHROMIUM_LAUNCH_ARGS] });
}

function toPlaywrightPdfOptions(options: PdfOptions): Parameters<Page['pdf']>[0] {
  return {
    format: options.paperSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    margin: options.margin,
    preferCSSPageSize: false,
  };
}
