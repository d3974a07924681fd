// The one error import throws: a code the UI can branch on and a message a person can act on.

export const IMPORT_ERROR_CODES = [
  'empty',
  'binary',
  'too-large',
  'unsupported',
  'encoding',
  'unreadable',
  /** A password-protected PDF or document. */
  'encrypted',
  /** A file with no text to read: an image-only PDF, a page with no article in it. */
  'no-text',
  /** A file of the right kind that cannot be opened: a broken DOCX or PDF. */
  'damaged',
  /** A web address that could not be fetched: offline, refused, not found, not a page. */
  'fetch-failed',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  /** The file the error is about; null for pasted text. */
  readonly fileName: string | null;

  constructor(code: ImportErrorCode, message: string, fileName: string | null = null) {
    super(message);
    this.code = code;
    this.fileName = fileName;
  }
}

/** How a message names what is being imported: the file, or "The text" when it was pasted. */
export function describeSubject(fileName: string | null): string {
  return fileName === null ? 'The text' : `"${fileName}"`;
}
