import { describe, expect, it } from 'vitest';
import { createChromiumPrinter } from './chromium-printer';
import { reportPdfOptions } from './report-pdf-options';

describe('createChromiumPrinter', () => {
  it('launches nothing until the first print, and then says what to install when Chromium is missing', async () => {
    const printer = createChromiumPrinter({ executablePath: '/nowhere/chromium' });
    await expect(printer.printToPdf('<p>x</p>', reportPdfOptions('A4', 'T'))).rejects.toThrow(
      /No Chromium found.*\/nowhere\/chromium.*apt-get install chromium/,
    );
    await printer.close();
  });
});
