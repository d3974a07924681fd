// PNGs of the main screens at 1440×900 with the four sample articles (npm run screenshots).
// Only the `screenshots` project runs this file; it writes to screenshots/ and prints the folder.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ClaimStatus } from '../src/shared/model';
import { expect, test, type FactdeskSession } from './fixtures/factdesk';
import { buildHtmlPage, buildPngBytes, WHEAT as WHEAT_PAGE, type HtmlArticle } from './fixtures/article-files';
import { ALL_SAMPLE_PATHS, SAMPLES, repoRoot, samplesDir } from './fixtures/paths';
import { ArticlePage } from './pages/article-page';
import { LibraryPage } from './pages/library-page';
import { PreferencesDialog } from './pages/preferences-dialog';

const outDir = join(repoRoot, 'screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1440, height: 900 };
  await page.mouse.move(size.width - 1, size.height - 1);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  // Let entrance animations settle.
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, `${name}.png`) });
}

/** Some work already done, so the library shows progress. */
async function decideSome(desk: FactdeskSession, title: string, statuses: ClaimStatus[]): Promise<void> {
  const articles = await desk.call('listArticles', undefined);
  const articleId = articles.find((a) => a.title === title)?.id ?? '';
  const doc = await desk.call('getArticle', { articleId });
  const claims = [...doc.claims].sort((a, b) => a.start - b.start);
  for (const [i, status] of statuses.entries()) {
    const claim = claims[i];
    if (claim) await desk.call('setClaimStatus', { articleId, claimId: claim.id, status });
  }
  // Tags too, as a desk gives them.
  await desk.call('setArticleTags', { articleId, tags: statuses.length > 4 ? ['Kazakhstan–China', 'media'] : ['media'] });
}

const PASTED = `Astana airport handled 9.1 million passengers in 2024

ASTANA – The capital's airport handled 9.1 million passengers last year, 18 percent more than in 2023, the airport said on Monday.

"We expect to pass 10 million passengers in 2025," said the airport's director.`;

/** The shared page, 3 paragraphs of it. */
const WHEAT: HtmlArticle = { ...WHEAT_PAGE, paragraphs: WHEAT_PAGE.paragraphs.slice(0, 3) };

/** The site's update of the same page: the first paragraph rewritten without its figure. */
const WHEAT_UPDATED: HtmlArticle = {
  ...WHEAT,
  paragraphs: [
    'ASTANA – Kazakhstan had its best export season in a decade, the agriculture ministry said on Tuesday, without giving a final figure.',
    ...WHEAT.paragraphs.slice(1),
  ],
};

const BUDGET_MD = `# Shymkent raises its 2025 budget by 12 percent

SHYMKENT – The city council approved a budget of 412 billion tenge for 2025, 12 percent more than this year, officials said on Friday.
`;

test('screenshots of the main screens', async ({ desk }) => {
  await mkdir(outDir, { recursive: true });
  let library = await desk.open();
  const page = () => desk.page as Page;

  await test.step('empty library', async () => {
    await expect(library.emptyState).toBeVisible();
    await shoot(page(), '01-empty-library');
  });

  await test.step('importing: the progress panel', async () => {
    const held = desk.holdNext('importChosenFile');
    desk.host.filesToImport = ALL_SAMPLE_PATHS;
    await library.header.getByRole('button', { name: 'Import files…' }).click();
    await held.started;
    await expect(library.imports.progress).toBeVisible();
    await shoot(page(), '02-importing');
    held.release();
    await expect(library.rows).toHaveCount(4);
    await library.imports.waitUntilDone();
    await library.imports.close();
  });

  await test.step('library with the four samples', async () => {
    await decideSome(desk, SAMPLES.kazinform.title, ['verified', 'verified', 'disputed', 'false', 'verified', 'misleading', 'unverifiable', 'dismissed']);
    await decideSome(desk, SAMPLES.astanaTimes.title, ['verified', 'verified', 'verified', 'verified', 'dismissed']);
    await decideSome(desk, SAMPLES.newsAgencies.title, ['in-progress', 'verified']);
    library = await desk.restart();
    await expect(library.rows).toHaveCount(4);
    await shoot(library.page, '03-library');
  });

  await test.step('article with claims and excluded lines', async () => {
    const article = await library.open(SAMPLES.chinaDaily.title);
    await article.press('3');
    await article.press('j');
    await article.press('2');
    await article.press('j');
    await article.press('8');
    await article.press('k');
    await article.press('k');
    await article.page.locator('.article-pane').evaluate((pane) => pane.scrollTo(0, 0));
    await shoot(article.page, '04-article');
  });

  await test.step('a claim with a status, a note and a source', async () => {
    const article = new ArticlePage(page(), desk);
    const customs = article.cards.filter({ hasText: 'General Administration of Customs' });
    await customs.locator(':scope > button').click();
    await article.press('3');
    await article.noteInput().fill(
      'GACC yearly table: 2024 trade with Kazakhstan $43.82 bn, +6.8% y/y. Matches the article. Checked 4 Sept.',
    );
    await expect(article.noteState()).toHaveText('Saved');
    await article.selectedCard.getByRole('button', { name: 'Add source' }).click();
    const form = article.selectedCard.getByRole('form', { name: 'Add a source' });
    await form.getByRole('textbox', { name: 'Link' }).fill('https://english.customs.gov.cn/statics/report/preliminary.html');
    await form.getByRole('textbox', { name: 'Title' }).fill('GACC — preliminary release, 2024');
    await form.getByRole('textbox', { name: 'Note' }).fill('Table 6, Kazakhstan row');
    await form.getByRole('button', { name: 'Add source' }).click();
    await expect(article.selectedCard.getByTestId('source')).toHaveCount(1);
    await article.noteInput().press('Escape');
    await article.selectedCard.evaluate((card) => card.scrollIntoView({ block: 'start' }));
    await article.page.waitForTimeout(600);
    await shoot(page(), '05-claim-with-note');
  });

  await test.step('adding a claim from a selection', async () => {
    const article = new ArticlePage(page(), desk);
    await article.selectTextInArticle(
      'Sun said that culture and tourism have become an indispensable and important part of China-Kazakhstan bilateral relations.',
    );
    await expect(article.page.getByTestId('add-claim')).toBeVisible();
    await shoot(page(), '06-add-claim-from-selection');
  });

  await test.step('report exported', async () => {
    const article = new ArticlePage(page(), desk);
    await article.page.evaluate(() => window.getSelection()?.removeAllRanges());
    await article.header.getByRole('button', { name: 'Export report' }).click();
    await expect(article.page.getByTestId('notice-success').filter({ hasText: 'Report saved' })).toBeVisible({ timeout: 30_000 });
    await shoot(page(), '07-report-saved');
    await article.page.getByRole('button', { name: 'Dismiss: Report saved' }).click();
  });

  await test.step('an article in Russian', async () => {
    const article = new ArticlePage(page(), desk);
    const back = await article.back();
    const russian = await back.open(SAMPLES.newsAgencies.title);
    await shoot(russian.page, '08-article-russian');
    await russian.back();
  });

  await test.step('paste dialog and its error', async () => {
    const lib = new LibraryPage(page(), desk);
    const dialog = await lib.openPasteDialog();
    const textbox = dialog.getByRole('textbox', { name: 'Article text' });
    await textbox.fill(PASTED);
    await shoot(page(), '09-paste-dialog');
    await textbox.fill('');
    await dialog.getByRole('button', { name: 'Import article' }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    await shoot(page(), '10-paste-empty-error');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('drop overlay and refused files', async () => {
    const lib = new LibraryPage(page(), desk);
    const transfer = await page().evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['x'], 'article.txt', { type: 'text/plain' }));
      return data;
    });
    await page().dispatchEvent('.app', 'dragenter', { dataTransfer: transfer });
    await expect(page().getByText('Drop to import')).toBeVisible();
    await shoot(page(), '11-drop-overlay');
    await page().dispatchEvent('.app', 'dragleave', { dataTransfer: transfer });
    await lib.dropFiles([
      { name: 'press-release.pdf', content: '%PDF-1.7', type: 'application/pdf' },
      { name: 'archive-dump.txt', content: { bytes: 50 * 1024 * 1024 + 4096 } },
      { name: 'logo.png', content: { byteValues: buildPngBytes() }, type: 'image/png' },
    ]);
    await lib.imports.waitUntilDone();
    await expect(lib.imports.summary).toBeVisible();
    await shoot(page(), '12-import-refused');
    await lib.imports.close();
  });

  await test.step('delete confirmation', async () => {
    const lib = new LibraryPage(page(), desk);
    await lib.row(SAMPLES.astanaTimes.title).getByRole('button', { name: /^Delete/ }).click();
    await expect(page().getByRole('dialog', { name: 'Delete this article?' })).toBeVisible();
    await shoot(page(), '13-delete-confirmation');
    await page().getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('preferences: claim sensitivity with counts per article', async () => {
    const preferences = new PreferencesDialog(page());
    await preferences.openFromLibrary();
    await preferences.setThreshold(0.35);
    await shoot(page(), '17-preferences');
    await preferences.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(preferences.dialog).toBeHidden();
  });

  await test.step('claims with their checkable parts marked and their reasons', async () => {
    const article = await new LibraryPage(page(), desk).open(SAMPLES.chinaDaily.title);
    const card = article.cards.filter({ hasText: '$43.82 billion' }).first();
    // Nothing selected: the list of cards, each with its marks and reasons.
    await article.press('Escape');
    await expect(article.selectedCard).toHaveCount(0);
    await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await article.page.waitForTimeout(600);
    await shoot(page(), '18-claim-checkables');
    await article.back();
  });

  await test.step('a narrow window (1024×720)', async () => {
    const lib = new LibraryPage(page(), desk);
    await page().setViewportSize({ width: 1024, height: 720 });
    await shoot(page(), '14-library-1024');
    await lib.open(SAMPLES.kazinform.title);
    await shoot(page(), '15-article-1024');
  });

  await test.step('a batch with duplicates, a new article and a failure: the summary', async () => {
    await page().setViewportSize({ width: 1440, height: 900 });
    const article = new ArticlePage(page(), desk);
    const lib = await article.back();
    // The wheat story, worked on: a verified claim with a note.
    const first = await desk.call('importFile', { name: 'wheat.html', contentBase64: Buffer.from(buildHtmlPage(WHEAT)).toString('base64') });
    if (first.kind !== 'imported') throw new Error('The wheat story was in the library already.');
    const wheatId = first.summary.id;
    const claim = (await desk.call('getArticle', { articleId: wheatId })).claims.find((c) => c.quote.includes('11.2 million'));
    await desk.call('setClaimStatus', { articleId: wheatId, claimId: claim!.id, status: 'verified' });
    await desk.call('setClaimNote', { articleId: wheatId, claimId: claim!.id, note: 'Ministry bulletin no. 31: 11.2 Mt, +18% y/y. Matches.' });
    await lib.page.reload();
    await lib.waitUntilLoaded();
    const samples = await Promise.all(
      [SAMPLES.kazinform.file, SAMPLES.astanaTimes.file].map(async (file) => ({ name: file, content: await readFile(join(samplesDir, file), 'utf8') })),
    );
    await lib.dropFiles([
      ...samples,
      { name: 'wheat-updated.html', content: buildHtmlPage(WHEAT_UPDATED), type: 'text/html' },
      { name: 'budget-2025.md', content: BUDGET_MD, type: 'text/markdown' },
      { name: 'scan-0042.pdf', content: '%PDF-1.4 broken', type: 'application/pdf' },
    ]);
    await lib.imports.waitUntilDone();
    await expect(lib.imports.duplicates).toHaveCount(3);
    await shoot(page(), '19-import-summary-duplicates');
    await lib.imports.choose(WHEAT.title, 'Replace');
    await lib.imports.choose(SAMPLES.kazinform.title, 'Skip');
    await expect(lib.imports.summary.getByTestId('duplicate-outcome')).toHaveCount(2);
    await shoot(page(), '20-import-summary-decided');
    await lib.imports.close();
  });

  await test.step('claims not found in the new version', async () => {
    const lib = new LibraryPage(page(), desk);
    const article = await lib.open(WHEAT.title);
    await expect(article.page.getByTestId('unplaced-claims')).toBeVisible();
    await article.press('Escape');
    await shoot(page(), '21-unplaced-claims');
    await article.back();
  });

  await test.step('import from a web address, and its error', async () => {
    const lib = new LibraryPage(page(), desk);
    const dialog = await lib.importFromUrl('http://127.0.0.1:9/news/wheat-exports-record');
    await expect(dialog.getByRole('alert')).toBeVisible({ timeout: 30_000 });
    await shoot(page(), '22-import-url-error');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('a library that cannot be read', async () => {
    await page().setViewportSize({ width: 1440, height: 900 });
    desk.failNext('listArticles', { code: 'io', message: 'The library file library.json is damaged (it is not valid JSON). It was left untouched.' });
    await page().reload();
    await expect(page().getByTestId('library-error')).toBeVisible();
    await shoot(page(), '16-library-load-error');
  });

  console.log(`Screenshots written to ${outDir}`);
});
