// The import panel at the window's bottom left: a batch's progress and Cancel, then its summary with the
// files that failed or were skipped, and a choice for each import the library has already.
import { expect, type Locator, type Page } from '@playwright/test';

export type DuplicateChoice = 'Skip' | 'Replace' | 'Keep both';

export class ImportPanel {
  readonly progress: Locator;
  readonly progressBar: Locator;
  readonly progressText: Locator;
  readonly cancelButton: Locator;
  readonly summary: Locator;
  readonly counts: Locator;
  readonly duplicates: Locator;
  readonly failures: Locator;
  readonly skipped: Locator;

  constructor(readonly page: Page) {
    this.progress = page.getByTestId('import-progress');
    this.progressBar = this.progress.getByRole('progressbar');
    this.progressText = page.getByTestId('import-progress-text');
    this.cancelButton = this.progress.getByRole('button', { name: 'Cancel' });
    this.summary = page.getByTestId('import-summary');
    this.counts = page.getByTestId('import-counts');
    this.duplicates = this.summary.getByTestId('duplicate');
    this.failures = this.summary.getByRole('list', { name: 'Couldn’t import' }).getByRole('listitem');
    this.skipped = this.summary.getByRole('list', { name: 'Skipped' }).getByRole('listitem');
  }

  duplicate(title: string): Locator {
    return this.duplicates.filter({ has: this.page.getByText(title, { exact: true }) });
  }

  /** The failure listed for a file, by the name shown (its folders below the one imported, if any). */
  failure(name: string): Locator {
    return this.failures.filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async choose(title: string, choice: DuplicateChoice): Promise<Locator> {
    const row = this.duplicate(title);
    await row.getByRole('group', { name: `What to do with “${title}”` }).getByRole('button', { name: choice, exact: true }).click();
    const outcome = row.getByTestId('duplicate-outcome');
    return outcome;
  }

  /** Waits until the batch is over (no progress shown). */
  async waitUntilDone(): Promise<void> {
    await expect(this.progress).toHaveCount(0, { timeout: 30_000 });
  }

  async close(): Promise<void> {
    await this.summary.getByRole('button', { name: 'Close the import summary' }).click();
    await expect(this.summary).toHaveCount(0);
  }
}
