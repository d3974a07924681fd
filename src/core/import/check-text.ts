// Refuses text that cannot be an article before any work is done on it.
import { ImportError, describeSubject } from './import-error';

import { MAX_TEXT_CHARS } from '../../shared/limits';

/** Share of control or replacement characters above which the text is taken for decoded binary. */
const MAX_SUSPICIOUS_SHARE = 0.25;

export function assertTextSize(text: string, fileName: string | null): void {
  if (text.length > MAX_TEXT_CHARS) {
    throw new ImportError(
      'too-large',
      `${describeSubject(fileName)} is too large to import: ${formatCount(text.length)} characters; the limit is ${formatCount(MAX_TEXT_CHARS)}.`,
      fileName,
    );
  }
}

export function assertImportableText(text: string, fileName: string | null): void {
  if (text.trim() === '') {
    throw new ImportError(
      'empty',
      `${describeSubject(fileName)} is empty (nothing but whitespace), so there is no article to import.`,
      fileName,
    );
  }
  if (text.includes('\u0000')) {
    throw new ImportError(
      'binary',
      `${describeSubject(fileName)} looks like binary data, not text: it contains NUL characters. Import plain text or Markdown.`,
      fileName,
    );
  }
  if (countSuspiciousChars(text) / text.length > MAX_SUSPICIOUS_SHARE) {
    throw new ImportError(
      'binary',
      `${describeSubject(fileName)} looks like binary data, not text: most of it is control or replacement characters. Import plain text or Markdown.`,
      fileName,
    );
  }
}

/** C0/C1 control characters other than whitespace, and U+FFFD left by failed decoding. */
function countSuspiciousChars(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const isWhitespaceControl = code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d;
    const isControl = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    if ((isControl && !isWhitespaceControl) || code === 0xfffd) count += 1;
  }
  return count;
}

function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
