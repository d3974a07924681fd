// The file formats Factdesk imports, by extension: one list for the open dialog's filter, the checks on
// dropped files, folder imports and core's choice of reader.

export const IMPORT_FORMATS = {
  html: ['.html', '.htm', '.xhtml'],
  /** A web page saved as one file ("Webpage, Single File"). */
  mhtml: ['.mhtml', '.mht'],
  pdf: ['.pdf'],
  docx: ['.docx'],
  markdown: ['.md', '.markdown'],
  text: ['.txt', '.text'],
} as const satisfies Record<string, readonly `.${string}`[]>;

export type ImportFormat = keyof typeof IMPORT_FORMATS;

export const IMPORTABLE_EXTENSIONS: readonly string[] = Object.values(IMPORT_FORMATS).flat();

/** How messages name what can be imported. */
export const IMPORTABLE_FORMATS_TEXT = 'web pages (.html, .mhtml), PDF, Word (.docx), Markdown (.md) and plain text (.txt)';

/** The format a file name's extension says, or null when Factdesk does not import it. */
export function formatOfFileName(name: string): ImportFormat | null {
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf('.');
  if (dot < 0) return null;
  const extension = lower.slice(dot);
  for (const [format, extensions] of Object.entries(IMPORT_FORMATS) as [ImportFormat, readonly string[]][]) {
    if (extensions.includes(extension)) return format;
  }
  return null;
}
