// Files dropped or pasted onto the window: checked before they are read, then sent as bytes.
import { IMPORTABLE_EXTENSIONS, IMPORTABLE_FORMATS_TEXT } from '../../../shared/import-formats';
import { MAX_FILE_BYTES } from '../../../shared/limits';
import { formatBytes } from './format';

const MAX_MB = Math.round(MAX_FILE_BYTES / (1024 * 1024));

/** Why a file cannot be imported (before reading it), or null when it can. */
export function describeFileProblem(file: { name: string; size: number }): string | null {
  const name = file.name.toLowerCase();
  if (!IMPORTABLE_EXTENSIONS.some((ext) => name.endsWith(ext))) {
    return `"${file.name}" is not a format Factdesk imports. It imports ${IMPORTABLE_FORMATS_TEXT}; for other documents, copy the article’s text and use Paste article.`;
  }
  if (file.size > MAX_FILE_BYTES) {
    return `"${file.name}" is ${formatBytes(file.size)}, over the ${MAX_MB} MB limit. Import the article’s text on its own.`;
  }
  if (file.size === 0) {
    return `"${file.name}" is empty. Choose the file that holds the article’s text.`;
  }
  return null;
}

/** Base64 of a file's bytes, built in chunks (a spread of millions of arguments would overflow the stack). */
export function encodeBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(offset, offset + CHUNK)));
  }
  return btoa(parts.join(''));
}

/** True when a drag carries files (not text or links dragged from elsewhere). */
export function dragHasFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}
