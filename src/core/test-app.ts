// The app service for tests: a host whose dialogs answer what the test set, and typed calls through dispatch.
import type { ApiMethod, ApiResponse, ApiResult, DuplicateImport, ImportOutcome } from '../shared/api';
import type { ArticleSummary } from '../shared/model';
import type { AppHost } from './app-host';
import type { Factdesk } from './app';
import type { PdfOptions } from './report/pdf-printer';

export interface TestHost extends AppHost {
  /** What the next open dialog answers; null is a cancelled dialog. */
  chosenFiles: string[] | null;
  /** Where the next save dialog saves; null is a cancelled dialog. */
  reportPath: string | null;
  /** Every page the app printed, with its options. */
  printed: { html: string; options: PdfOptions }[];
}

export function createTestHost(): TestHost {
  const host: TestHost = {
    chosenFiles: null,
    reportPath: null,
    printed: [],
    chooseFilesToImport: async () => host.chosenFiles,
    chooseReportPath: async () => host.reportPath,
    chooseBackupPath: async () => host.reportPath,
    chooseBackupToRestore: async () => host.chosenFiles?.[0] ?? null,
    printToPdf: async (html, options) => {
      host.printed.push({ html, options });
      return new TextEncoder().encode(`%PDF-fake ${html.length}`);
    },
  };
  return host;
}

/** Calls an operation as the renderer does; an error answer throws, naming the operation. */
export async function callApi<M extends ApiMethod>(app: Factdesk, method: M, input?: unknown): Promise<ApiResult<M>> {
  const response = (await app.dispatch(method, input)) as ApiResponse<ApiResult<M>>;
  if (!response.ok) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
  return response.value;
}

/** The summary of an import that was added, not held back as a duplicate. */
export function added(outcome: ImportOutcome): ArticleSummary {
  if (outcome.kind !== 'imported') throw new Error(`expected an import, got a duplicate of ${outcome.duplicate.existing.title}`);
  return outcome.summary;
}

export function duplicateOf(outcome: ImportOutcome): DuplicateImport {
  if (outcome.kind !== 'duplicate') throw new Error('expected a duplicate, got an import');
  return outcome.duplicate;
}
