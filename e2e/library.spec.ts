// The library: empty state, importing by dialog, drop and paste, bad input, deleting. (More on imports: import.spec.ts.)
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/factdesk';
import { ALL_SAMPLE_PATHS, SAMPLES, samplePath, samplesDir } from './fixtures/paths';

const SHORT_ARTICLE = `Astana airport handled 9.1 million passengers in 2024

ASTANA – The capital's airport handled 9.1 million passengers last year, 18 percent more than in 2023, the airport said on Monday.

"We expect to pass 10 million passengers in 2025," said the airport's director, Ivan Petrov.
`;

test('an empty library says how to import', async ({ library }) => {
  await expect(library.emptyState).toBeVisible();
  await expect(library.emptyState.getByRole('heading')).toHaveText('Your library is empty');
  await expect(library.emptyState.getByRole('button', { name: 'Import files…' })).toBeVisible();
  await expect(library.emptyState.getByRole('button', { name: 'Paste article' })).toBeVisible();
  await expect(library.emptyState).toContainText('Drop files or a folder anywhere in this window');
  await expect(library.emptyState.getByRole('button', { name: 'Import from a web address…' })).toBeVisible();
  await expect(library.emptyState.getByRole('button', { name: 'Import a folder…' })).toBeVisible();
  await expect(library.emptyState).toContainText(/press (Ctrl|⌘) V here/);
  await expect(library.rows).toHaveCount(0);
});

test('the empty library offers the four sample articles to try', async ({ library }) => {
  await library.emptyState.getByRole('button', { name: /sample news articles/ }).click();
  await expect(library.rows).toHaveCount(4);
  await expect(library.successNotice()).toContainText('Imported 4 articles');
  await expect(library.row(SAMPLES.kazinform.title)).toBeVisible();
});

test('imports the four samples from the file dialog and lists them with source, date, language and progress', async ({
  library,
  desk,
}) => {
  await library.importFromDialog(ALL_SAMPLE_PATHS, { isSummaryKept: true });
  await expect(library.emptyState).toBeHidden();
  await expect(library.imports.summary.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(library.imports.counts).toContainText('4 imported');
  await expect(library.imports.counts).toContainText('0 failed');
  await library.imports.close();

  const summaries = await desk.call('listArticles', undefined);
  expect(summaries.map((s) => s.title).sort()).toEqual(Object.values(SAMPLES).map((s) => s.title).sort());

  for (const summary of summaries) {
    const row = library.row(summary.title);
    await expect(row).toHaveCount(1);
    expect(summary.claimCount, `${summary.title} has claims`).toBeGreaterThan(0);
    await expect(row.getByTestId('progress-text')).toHaveText(`0 of ${summary.claimCount} claims decided`);
    await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
    await expect(row.locator('.col-lang')).toContainText(summary.language.toUpperCase());
    if (summary.source) await expect(row.locator('.col-source')).toHaveText(summary.source);
  }
  await expect(library.row(SAMPLES.newsAgencies.title).locator('.col-lang')).toContainText('Russian');
  await expect(library.row(SAMPLES.chinaDaily.title).locator('.col-date')).toHaveText('3 Sep 2025, 19:57');
  await expect(library.row(SAMPLES.kazinform.title).locator('.col-date')).toHaveText('24 Oct 2016, 19:12');
});

test('a cancelled file dialog imports nothing and says nothing', async ({ library, desk }) => {
  desk.host.filesToImport = null;
  await library.header.getByRole('button', { name: 'Import files…' }).click();
  // Only once the app has asked and finished can "nothing happened" be checked.
  await expect.poll(() => desk.host.dialogCalls).toEqual(['open']);
  await expect(library.page.getByTestId('busy')).toHaveCount(0);
  await expect(library.emptyState).toBeVisible();
  await expect(library.errorNotice()).toHaveCount(0);
  await expect(library.successNotice()).toHaveCount(0);
});

test('a file the dialog picked but that cannot be read is reported by name; the others are imported', async ({
  library,
  desk,
}) => {
  desk.host.filesToImport = [samplePath('astanaTimes'), '/nonexistent/missing-article.txt'];
  await library.header.getByRole('button', { name: 'Import files…' }).click();
  await expect(library.rows).toHaveCount(1);
  const { imports } = library;
  await expect(imports.counts).toContainText('1 imported');
  await expect(imports.skipped).toHaveCount(1);
  await expect(imports.skipped.first()).toContainText('missing-article.txt');
  await expect(imports.skipped.first()).toContainText('could not be read');
  await imports.close();
  await expect(library.errorNotice()).toHaveCount(0);
});

test('imports dropped files and refuses other formats and files over 50 MB with a clear message', async ({ library }) => {
  const text = await readFile(samplePath('kazinform'), 'utf8');
  await library.dropFiles([
    { name: 'kazinform.txt', content: text },
    { name: 'photo.png', content: { byteValues: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, type: 'image/png' },
    { name: 'huge.txt', content: { bytes: 50 * 1024 * 1024 + 1 } },
  ]);
  await expect(library.rows).toHaveCount(1);
  await expect(library.row(SAMPLES.kazinform.title)).toBeVisible();
  const { imports } = library;
  await expect(imports.counts).toContainText('1 imported');
  await expect(imports.counts).toContainText('2 failed');
  await expect(imports.failure('photo.png')).toContainText('"photo.png" is not a format Factdesk imports');
  await expect(imports.failure('photo.png')).toContainText('PDF, Word (.docx)');
  await expect(imports.failure('huge.txt')).toContainText('"huge.txt" is 50.0 MB, over the 50 MB limit');
  await imports.close();

  // One dropped Markdown file, imported cleanly, says so in a notice, as before.
  await library.dropFiles([{ name: 'airport.md', content: SHORT_ARTICLE, type: 'text/markdown' }]);
  await expect(library.rows).toHaveCount(2);
  await expect(library.row('Astana airport handled 9.1 million passengers in 2024')).toBeVisible();
  await expect(library.successNotice()).toContainText('Imported “Astana airport handled 9.1 million passengers in 2024”');
  await expect(imports.summary).toHaveCount(0);
});

test('imports a pasted article from the dialog and opens it', async ({ library, desk }) => {
  const article = await library.pasteArticle(SHORT_ARTICLE);
  await expect(article.title).toHaveText('Astana airport handled 9.1 million passengers in 2024');
  await expect(article.cards.first()).toBeVisible();
  expect(await desk.call('listArticles', undefined)).toHaveLength(1);

  const back = await article.back();
  await expect(back.rows).toHaveCount(1);
  await expect(back.rows.first().locator('.col-source')).toContainText('—');
});

test('an empty paste shows a clear error and adds nothing', async ({ library, desk }) => {
  const dialog = await library.openPasteDialog();
  const textbox = dialog.getByRole('textbox', { name: 'Article text' });
  await textbox.fill('   \n\n  ');
  await dialog.getByRole('button', { name: 'Import article' }).click();
  await expect(dialog.getByRole('alert')).toContainText('There is no text to import');
  await expect(textbox).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Ctrl+V with nothing useful on the clipboard.
  await library.pasteFromClipboard('  ');
  await expect(library.errorNotice()).toContainText('Nothing was imported');
  await expect(library.errorNotice()).toContainText('There is no text to import');

  await expect(library.emptyState).toBeVisible();
  expect(await desk.call('listArticles', undefined)).toEqual([]);
});

test('Ctrl+V on the library imports the clipboard text and opens it', async ({ library }) => {
  await library.pasteFromClipboard(SHORT_ARTICLE);
  await expect(library.page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(
    'Astana airport handled 9.1 million passengers in 2024',
  );
  await expect(library.page.getByTestId('claim-card').first()).toBeVisible();
});

test('deletes an article only after confirmation, and it stays deleted after a restart', async ({ library, desk }) => {
  await library.importFromDialog([samplePath('astanaTimes'), samplePath('kazinform')]);
  const title = SAMPLES.astanaTimes.title;

  await library.row(title).getByRole('button', { name: `Delete “${title}”` }).click();
  const dialog = library.page.getByRole('dialog', { name: 'Delete this article?' });
  await expect(dialog).toContainText(title);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(library.rows).toHaveCount(2);

  await library.deleteArticle(title);
  await expect(library.rows).toHaveCount(1);
  await expect(library.row(title)).toHaveCount(0);

  const again = await desk.restart();
  await expect(again.rows).toHaveCount(1);
  await expect(again.row(SAMPLES.kazinform.title)).toBeVisible();
});

test('the native menu’s commands run the same actions as the buttons', async ({ library, desk }) => {
  await desk.sendMenuCommand('paste-article');
  await expect(library.pasteDialog).toBeVisible();
  await library.pasteDialog.getByRole('button', { name: 'Cancel' }).click();

  await desk.sendMenuCommand('open-preferences');
  const preferences = library.page.getByRole('dialog', { name: 'Preferences' });
  await expect(preferences).toBeVisible();
  await expect(preferences.getByRole('slider', { name: 'Claim sensitivity' })).toBeFocused();
  await library.page.keyboard.press('Escape');
  await expect(preferences).toBeHidden();

  desk.host.filesToImport = [samplePath('astanaTimes')];
  await desk.sendMenuCommand('import-files');
  await expect(library.rows).toHaveCount(1);

  desk.host.filesToImport = [samplesDir];
  await desk.sendMenuCommand('import-folder');
  await expect.poll(() => desk.host.dialogCalls).toEqual(['open', 'open-folder']);
  // The folder's four samples: one is in the library already.
  await expect(library.rows).toHaveCount(4);
  await expect(library.imports.duplicates).toHaveCount(1);
  await library.imports.close();

  await desk.sendMenuCommand('import-url');
  await expect(library.urlDialog).toBeVisible();
  await expect(library.urlDialog.getByRole('textbox', { name: 'Web address' })).toBeFocused();
  await library.page.keyboard.press('Escape');
  await expect(library.urlDialog).toBeHidden();

  await desk.sendMenuCommand('export-report');
  await expect(library.page.getByTestId('notice-info')).toContainText('Open an article to export its report');
  const article = await library.open(SAMPLES.astanaTimes.title);
  await desk.sendMenuCommand('export-report');
  await expect(article.page.getByTestId('notice-success').filter({ hasText: 'Report saved' })).toBeVisible({ timeout: 30_000 });
  expect(desk.host.savedReports).toHaveLength(1);
});
