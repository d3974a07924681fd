// Checks files dropped or pasted onto the window before their text is read and imported.
import { formatBytes } from './format';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];

export interface FileCheck {
  file: File;
  problem: string | null;
}

export function checkFile(file: File): FileCheck {
  const name = file.name.toLowerCase();
  if (!TEXT_EXTENSIONS.some((ext) => name.endsWith(ext))) {
    return {
      file,
      problem: `${file.name} is not a text file. Factdesk imports .txt and .md files; for other documents, copy the article’s text and use Paste article.`,
    };
  }
  if (file.size > MAX_FILE_BYTES) {
    return {
      file,
      problem: `${file.name} is ${formatBytes(file.size)}, over the 50 MB limit. Import the article’s text on its own.`,
    };
  }
  if (file.size === 0) {
    return { file, problem: `${file.name} is empty. Choose the file that holds the article’s text.` };
  }
  return { file, problem: null };
}

/** True when a drag carries files (not text or links dragged from elsewhere). */
export function dragHasFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}
