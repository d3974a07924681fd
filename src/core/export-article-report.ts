// Writes one article's report PDF: core renders the HTML, the host's printer turns it into a PDF.
import type { ArticleDocument } from '../shared/model';
import { writeFileAtomic } from './fs/write-file-atomic';
import type { PaperSize, PrintHtmlToPdf } from './report/pdf-printer';
import { renderArticleReport, reportPdfOptions } from './report';

export async function exportArticleReport(
  doc: ArticleDocument,
  path: string,
  printToPdf: PrintHtmlToPdf,
  options: { generatedAt: Date; paperSize?: PaperSize },
): Promise<void> {
  const paperSize = options.paperSize ?? 'A4';
  const html = renderArticleReport(doc, { generatedAt: options.generatedAt, paperSize });
  const pdf = await printToPdf(html, reportPdfOptions(paperSize, doc.article.title));
  await writeFileAtomic(path, pdf);
}

/** A file name for the report, from the article's title. */
export function suggestReportFileName(title: string): string {
  const stem = title
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return `${stem || 'Factdesk report'} - report.pdf`;
}
