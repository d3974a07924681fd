// The library screen: the article list, the empty state, and the ways to import (files and folders by dialog
// or drop, paste, web address).
import { expect, type Locator, type Page } from '@playwright/test';
import type { FactdeskSession } from '../fixtures/factdesk';
import { ArticlePage } from './article-page';
import { ImportPanel } from './import-panel';

export interface DroppedFile {
  name: string;
  /** Text content, a size in bytes for a file of that many zero bytes, or the exact bytes. */
  content: string | { bytes: number } | { byteValues: number[] };
  type?: string;
}

/** A dropped folder's contents: a file's text or bytes by name, or a folder of more. */
export interface DroppedTree {
  [name: string]: string | number[] | DroppedTree;
}

export class LibraryPage {
  readonly header: Locator;
  readonly emptyState: Locator;
  readonly rows: Locator;
  /** The article list's table, and the box it scrolls in (only the rows in view are in the page). */
  readonly table: Locator;
  readonly listScroller: Locator;
  readonly filterField: Locator;
  readonly pasteDialog: Locator;
  readonly urlDialog: Locator;
  readonly imports: ImportPanel;

  constructor(
    readonly page: Page,
    readonly session: FactdeskSession,
  ) {
    this.header = page.getByRole('banner');
    this.emptyState = page.getByTestId('empty-library');
    this.rows = page.getByTestId('article-row');
    this.table = page.getByRole('table', { name: 'Articles' });
    this.listScroller = page.getByTestId('virtual-table');
    this.filterField = page.getByRole('searchbox', { name: 'Search the library' });
    this.pasteDialog = page.getByRole('dialog', { name: 'Paste article' });
    this.urlDialog = page.getByRole('dialog', { name: 'Import from a web address' });
    this.imports = new ImportPanel(page);
  }

  async waitUntilLoaded(): Promise<void> {
    await expect(this.header.getByRole('heading', { name: 'Library' })).toBeVisible();
    await expect(this.page.getByText('Loading the library…')).toHaveCount(0);
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  /** The row at `rowIndex` of the list as a screen reader counts it (aria-rowindex: the header is row 1). */
  rowAt(rowIndex: number): Locator {
    return this.rows.and(this.page.locator(`[aria-rowindex="${rowIndex}"]`));
  }

  /** The list's row holding the keyboard focus. */
  focusedRow(): Locator {
    return this.rows.filter({ has: this.page.locator(':focus') });
  }

  /** Scrolls the article list to `top` pixels, or to its end; the rows there render on the scroll event. */
  async scrollListTo(top: number | 'end'): Promise<void> {
    await this.listScroller.evaluate((element, to) => {
      element.scrollTop = to === 'end' ? element.scrollHeight : to;
    }, top);
  }

  /** The aria-rowindex of every row in the page, in page order. */
  async renderedRowIndexes(): Promise<number[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('aria-rowindex'))));
  }

  errorNotice(): Locator {
    return this.page.getByTestId('notice-error');
  }

  successNotice(): Locator {
    return this.page.getByTestId('notice-success');
  }

  /**
   * Import through the "Import files…" button; the stubbed dialog returns `paths`. Waits for the batch to end,
   * then closes its summary (a batch of more than one file has one), unless `isSummaryKept`.
   */
  async importFromDialog(paths: string[], { isSummaryKept = false } = {}): Promise<void> {
    const before = await this.rows.count();
    this.session.host.filesToImport = paths;
    await this.header.getByRole('button', { name: 'Import files…' }).click();
    await expect(this.rows).toHaveCount(before + paths.length);
    await this.imports.waitUntilDone();
    if (paths.length > 1 && !isSummaryKept) await this.imports.close();
  }

  /** Import through the "Import folder…" button; the stubbed dialog returns the folder. */
  async importFolderFromDialog(folder: string): Promise<void> {
    this.session.host.filesToImport = [folder];
    await this.header.getByRole('button', { name: 'Import folder…' }).click();
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

  /**
   * Drops a folder on the window. A page cannot make a real folder entry, so the drop's item answers
   * webkitGetAsEntry() with entries built from `tree`, shaped as Chromium's (batches of readEntries, file()).
   */
  async dropFolder(name: string, tree: DroppedTree): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ folderName, folderTree }) => {
        type Tree = { [name: string]: string | number[] | Tree };
        const makeFolder = (fullPath: string, contents: Tree): object => {
          const children = Object.entries(contents).map(([child, value]) => {
            const path = `${fullPath}/${child}`;
            if (typeof value === 'string' || Array.isArray(value)) {
              const bytes = typeof value === 'string' ? value : new Uint8Array(value);
              return {
                name: child,
                fullPath: path,
                isFile: true,
                isDirectory: false,
                file: (resolve: (file: File) => void) => resolve(new File([bytes], child)),
              };
            }
            return makeFolder(path, value);
          });
          return {
            name: fullPath.split('/').at(-1),
            fullPath,
            isFile: false,
            isDirectory: true,
            createReader: () => {
              let at = 0;
              return {
                readEntries: (resolve: (entries: object[]) => void) => {
                  const batch = children.slice(at, at + 3);
                  at += batch.length;
                  setTimeout(() => resolve(batch), 0);
                },
              };
            },
          };
        };
        const folder = makeFolder(`/${folderName}`, folderTree);
        const transfer = new DataTransfer();
        // A folder's item in a real drop is a file item with no bytes of its own.
        transfer.items.add(new File([], folderName));
        const original = DataTransferItem.prototype.webkitGetAsEntry;
        DataTransferItem.prototype.webkitGetAsEntry = function (this: DataTransferItem) {
          return this.getAsFile()?.name === folderName ? (folder as FileSystemEntry) : original.call(this);
        };
        return transfer;
      },
      { folderName: name, folderTree: tree },
    );
    for (const type of ['dragenter', 'dragover', 'drop']) {
      await this.page.dispatchEvent('.app', type, { dataTransfer });
    }
    await dataTransfer.dispose();
  }

  /** Ctrl/Cmd+V on the library: a paste event carrying the clipboard's text (and rich text, if given). */
  async pasteFromClipboard(text: string, html?: string): Promise<void> {
    await this.page.locator('body').click({ position: { x: 5, y: 890 } });
    await this.page.evaluate(
      ({ clipboardText, clipboardHtml }) => {
        const data = new DataTransfer();
        data.setData('text/plain', clipboardText);
        if (clipboardHtml !== null) data.setData('text/html', clipboardHtml);
        document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { clipboardText: text, clipboardHtml: html ?? null },
    );
  }

  async openUrlDialog(): Promise<Locator> {
    await this.header.getByRole('button', { name: 'From web address…' }).click();
    await expect(this.urlDialog).toBeVisible();
    return this.urlDialog;
  }

  /** Types an address in the "From web address" dialog and imports it; the dialog's outcome is left to check. */
  async importFromUrl(url: string): Promise<Locator> {
    const dialog = await this.openUrlDialog();
    await dialog.getByRole('textbox', { name: 'Web address' }).fill(url);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    return dialog;
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
