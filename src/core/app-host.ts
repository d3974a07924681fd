// What the app needs from its host (Electron main, the e2e harness): dialogs and a PDF printer.
import type { PrintHtmlToPdf } from './report/pdf-printer';

export interface AppHost {
  /** Asks the user for files, or folders, to import; null when the dialog was cancelled. */
  chooseFilesToImport(kind: 'files' | 'folder'): Promise<string[] | null>;
  /** Asks the user where to save a report; null when cancelled. */
  chooseReportPath(suggestedName: string): Promise<string | null>;
  /** Asks the user where to save a backup of the library; null when cancelled. */
  chooseBackupPath(suggestedName: string): Promise<string | null>;
  /** Asks the user for a backup file to restore; null when cancelled. */
  chooseBackupToRestore(): Promise<string | null>;
  printToPdf: PrintHtmlToPdf;
}
