// The library screen: the article list, the empty state, and the three ways to import.
import { expect, type Locator, type Page } from '@playwright/test';
import type { FactdeskSession } from '../fixtures/factdesk';
import { ArticlePage } from './article-page';

export interface DroppedFile {
  name: string;
  /** Text content, a size in bytes for a file of that many zero bytes, or the exact bytes. */
  content: string | { bytes: number } | { byteValues: number[] };
  type?: string;
}

export class LibraryPage {
  readonly header: Locator;
  readonly emptyState: Locator;
  readonly rows: Locator;
  readonly pasteDialog: Locator;

  constructor(
    readonly page: Page,
    readonly session: FactdeskSession,
  ) {
    this.header = page.getByRole('banner');
    this.emptyState = page.getByTestId('empty-library');
    this.rows = page.getByTestId('article-row');
    this.pasteDialog = page.getByRole('dialog', { name: 'Paste article' });
  }

  async waitUntilLoaded(): Promise<void> {
    await expect(this.header.getByRole('heading', { name: 'Library' })).toBeVisible();
    await expect(this.page.getByText('Loading the library…')).toHaveCount(0);
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  errorNotice(): Locator {
    return this.page.getByTestId('notice-error');
  }

  successNotice(): Locator {
    return this.page.getByTestId('notice-success');
  }

  /** Import through the "Import files…" button; the stubbed dialog returns `paths`. */
  async importFromDialog(paths: string[]): Promise<void> {
    const before = await this.rows.count();
    this.session.host.filesToImport = paths;
    await this.header.getByRole('button', { name: 'Import files…' }).click();
    await expect(this.rows).toHaveCount(before + paths.length);
  }

  async openPasteDialog(): Promise<Locator> {
    await this.header.getByRole('button', { name: 'Paste article' }).click();
    await expect(this.pasteDialog).toBeVisible();
    return this.pasteDialog;
  }

  /** Paste an article through the dialog; a successful import opens the article. */
  async pasteArticle(text: string): Promise<ArticlePage> {
    const dialog = await this.openPasteDialog();
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(text);
    await dialog.getByRole('button', { name: 'Import article' }).click();
    await expect(this.pasteDialog).toBeHidden();
    const article = new ArticlePage(this.page, this.session);
    await article.waitUntilLoaded();
    return article;
  }

  /** Drops files on the window, as a file manager would: dragenter, dragover, drop with a DataTransfer. */
  async dropFiles(files: DroppedFile[]): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle((specs: DroppedFile[]) => {
      const transfer = new DataTransfer();
      for (const spec of specs) {
        const content =
          typeof spec.content === 'string'
            ? spec.content
            : 'byteValues' in spec.content
              ? new Uint8Array(spec.content.byteValues)
              : new Uint8Array(spec.content.bytes);
        transfer.items.add(new File([content], spec.name, { type: spec.type ?? 'text/plain' }));
      }
      return transfer;
    }, files);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      await this.page.dispatchEvent('.app', type, { dataTransfer });
    }
    await dataTransfer.dispose();
  }

  /** Ctrl/Cmd+V on the library: a paste event carrying the clipboard's text. */
  async pasteFromClipboard(text: string): Promise<void> {
    await this.page.locator('body').click({ position: { x: 5, y: 890 } });
    await this.page.evaluate((clipboardText) => {
      const data = new DataTransfer();
      data.setData('text/plain', clipboardText);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  async open(title: string): Promise<ArticlePage> {
    await this.row(title).getByRole('button', { name: title, exact: true }).click();
    const article = new ArticlePage(this.page, this.session);
    await article.waitUntilLoaded(title);
    return article;
  }

  async deleteArticle(title: string): Promise<void> {
    await this.row(title).getByRole('button', { name: `Delete “${title}”` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete this article?' });
    await expect(dialog).toContainText(title);
    await dialog.getByRole('button', { name: 'Delete article' }).click();
    await expect(dialog).toBeHidden();
  }
}
