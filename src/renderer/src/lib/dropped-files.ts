// Checks files dropped or pasted onto the window before their text is read and imported.
import { IMPORTABLE_EXTENSIONS, MAX_FILE_BYTES, MAX_TEXT_CHARS } from '../../../shared/limits';
import { formatBytes } from './format';

const MAX_MB = Math.round(MAX_FILE_BYTES / (1024 * 1024));

/** Why a file cannot be imported (before reading it), or null when it can. */
export function fileProblem(file: File): string | null {
  const name = file.name.toLowerCase();
  if (!IMPORTABLE_EXTENSIONS.some((ext) => name.endsWith(ext))) {
    return `${file.name} is not a text file. Factdesk imports .txt and .md files; for other documents, copy the article’s text and use Paste article.`;
  }
  if (file.size > MAX_FILE_BYTES) {
    return `${file.name} is ${formatBytes(file.size)}, over the ${MAX_MB} MB limit. Import the article’s text on its own.`;
  }
  if (file.size === 0) {
    return `${file.name} is empty. Choose the file that holds the article’s text.`;
  }
  return null;
}

/** Why a file's text cannot be imported (after reading it), or null when it can. */
export function textProblem(name: string, text: string): string | null {
  if (text.length > MAX_TEXT_CHARS) {
    return `${name} holds ${text.length.toLocaleString('en')} characters, more than the ${MAX_TEXT_CHARS.toLocaleString('en')} Factdesk imports. Import the article’s text on its own.`;
  }
  return null;
}

/** True when a drag carries files (not text or links dragged from elsewhere). */
export function dragHasFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}
