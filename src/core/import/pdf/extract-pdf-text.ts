// A PDF's text layer in reading order, with the title, author, date and language its properties
// state. Refuses, with a message that names the file, PDFs that are locked, broken or only images.
import {
  readDeclaredDate,
  readDeclaredLanguage,
  readDeclaredText,
  readDeclaredTitle,
} from '../extracted-document';
import type { ExtractedDocument } from '../extracted-document';
import { ImportError } from '../import-error';
import type { DeclaredFacts } from '../parse-article-text';
import { layOutPdfText } from './lay-out-pdf-text';
import type { PdfPageBoxes } from './lay-out-pdf-text';
import { findCMapFolder, loadPdfjs } from './load-pdfjs';
import { readTextBoxes } from './read-pdf-lines';

type Pdfjs = Awaited<ReturnType<typeof loadPdfjs>>;
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

/** A PDF starts with this within its first kilobyte (some files carry a few bytes of junk first). */
const PDF_SIGNATURE = '%PDF-';
const SIGNATURE_SEARCH_BYTES = 1024;

export async function extractPdfText(bytes: Uint8Array, name: string): Promise<ExtractedDocument> {
  if (bytes.byteLength === 0) {
    throw new ImportError('empty', `"${name}" is empty (0 bytes), so there is no article to import.`, name);
  }
  const pdfjs = await loadPdfjs();
  const cMapUrl = findCMapFolder();
  const task = pdfjs.getDocument({
    // pdf.js takes over (detaches) the buffer it is given: hand it a copy, never the caller's bytes.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    ...(cMapUrl === null ? {} : { cMapUrl, cMapPacked: true }),
  });
  try {
    const document = await task.promise;
    const text = layOutPdfText(await readPages(document));
    if (text.trim() === '') {
      throw new ImportError(
        'no-text',
        `"${name}" has no text layer: it looks like scanned images. Run OCR on it first (for example with your PDF editor's "Recognize text"), then import it again.`,
        name,
      );
    }
    return { text, declared: await readDeclaredFacts(document, text) };
  } catch (error) {
    throw toImportError(error, bytes, name);
  } finally {
    await task.destroy();
  }
}

async function readPages(document: PdfDocument): Promise<PdfPageBoxes[]> {
  const pages: PdfPageBoxes[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
    // Text placed off the page is never seen, and far-off positions would only stretch the layout.
    const boxes = readTextBoxes(content.items).filter(
      (box) => box.right > left && box.x < right && box.y > bottom - box.size && box.y < top + box.size,
    );
    pages.push({ boxes, top, bottom });
    page.cleanup();
  }
  return pages;
}

async function readDeclaredFacts(document: PdfDocument, text: string): Promise<DeclaredFacts> {
  const { info, metadata } = await document.getMetadata();
  // The XMP packet, where present, is what newer tools keep up to date; the info dictionary is the fallback.
  const xmp = (field: string): string | null => {
    const value: unknown = (metadata as { get?: (key: string) => unknown } | null)?.get?.(field);
    return typeof value === 'string' ? value : null;
  };
  return {
    title: readDeclaredTitle(xmp('dc:title')) ?? readDeclaredTitle(readInfoString(info, 'Title')),
    author: readDeclaredText(xmp('dc:creator')) ?? readDeclaredText(readInfoString(info, 'Author')),
    publishedAt: readDeclaredDate(readInfoString(info, 'CreationDate')),
    language: readDeclaredLanguage(readInfoString(info, 'Language'), text),
  };
}

function readInfoString(info: object, key: string): string | null {
  const value: unknown = Reflect.get(info, key);
  return typeof value === 'string' ? value : null;
}

function toImportError(error: unknown, bytes: Uint8Array, name: string): ImportError {
  if (error instanceof ImportError) return error;
  const errorName = error instanceof Error ? error.name : '';
  if (errorName === 'PasswordException') {
    return new ImportError(
      'encrypted',
      `"${name}" is protected by a password. Remove the protection and import it again.`,
      name,
    );
  }
  if (!hasPdfSignature(bytes)) {
    return new ImportError('damaged', `"${name}" is not a PDF: there is no PDF data in it.`, name);
  }
  return new ImportError(
    'damaged',
    `"${name}" cannot be read: the PDF is damaged or incomplete. Open it in a PDF viewer and save a new copy, then import that.`,
    name,
  );
}

function hasPdfSignature(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, SIGNATURE_SEARCH_BYTES));
  return head.includes(PDF_SIGNATURE);
}
