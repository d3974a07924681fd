// Importing many articles at once, in every format: progress and Cancel, the summary with its failures and
// duplicates, folders, new versions of an article (claims carried over or listed for review), web addresses
// and rich paste.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocx, buildHtmlPage, buildPdf, buildPngBytes, WHEAT, type HtmlArticle } from './fixtures/article-files';
import { encodeAs } from '../src/core/import/test-encodings';
import { expect, test, type FactdeskSession } from './fixtures/factdesk';
import { serveDirectory } from './fixtures/static-server';
import { ArticlePage } from './pages/article-page';
import type { LibraryPage } from './pages/library-page';


const METRO_MD = `# Almaty metro extension opens three new stations

*By Aigerim Sadykova, 12 March 2025*

ALMATY – The city opened three new metro stations on Monday, extending the line by 4.5 kilometres, the mayor's office said.

The extension cost 98 billion tenge, 30 percent over the original budget approved in 2019.

"Passenger numbers will grow to 90,000 a day by the end of the year," said the metro's director, Marat Dzhaksybekov.
`;

const BUDGET_TXT = `Shymkent raises its 2025 budget by 12 percent

SHYMKENT – The city council approved a budget of 412 billion tenge for 2025, 12 percent more than this year, officials said on Friday.

Spending on schools will rise to 96 billion tenge, and 14 new kindergartens are to open by September, the finance department said.

"Every district will get a new clinic by 2027," Mayor Gabit Syzdykbekov told the council.
`;

const FORUM_RU = `В Астане прошёл форум региональных СМИ

АСТАНА – Более 300 журналистов из 12 стран приняли участие в форуме, сообщили организаторы в пятницу.

По данным министерства информации, число зарегистрированных СМИ в стране выросло на 7 процентов в 2024 году.

«Мы планируем провести следующий форум в Алматы в 2026 году», – заявил вице-министр Канат Искаков.
`;

const RAIL_DOCX = [
  'New rail link cuts freight time to Europe by four days',
  'AKTAU – A new rail and ferry route across the Caspian Sea carried 1,200 containers in its first month, the national railway company said on Wednesday.',
  'Freight from China to Europe now takes 14 days instead of 18, and tariffs fell by 8 percent, according to the company.',
  '“We expect to carry 50,000 containers a year by 2027,” said the company’s chairman, Talgat Aldybergenov.',
];

const MINING_TITLE = 'Copper output at Aktogay rises 9 percent';
const MINING_PDF = [
  'UST-KAMENOGORSK – Copper output at the Aktogay mine rose 9 percent in 2024 to 231,000 tonnes,',
  'the operator said in its annual report published on Thursday.',
  'The company invested 1.4 billion dollars in a second concentrator, which doubled the mine’s capacity,',
  'and employs 4,800 people in the region, the report said.',
];

/** A short article of its own, numbered, for batches of many files. */
function shortArticle(n: number): string {
  return `Regional news item number ${n}\n\nThe district of sample ${n} reported ${n * 7 + 3} new businesses in 2024, ${n + 4} percent more than in 2023, officials said on Monday.\n`;
}

test('drops files of every format at once: progress, then a summary of what was imported and why the others failed', async ({ library, desk }) => {
  const held = desk.holdNext('importFile');
  await library.dropFiles([
    { name: 'wheat.html', content: buildHtmlPage(WHEAT), type: 'text/html' },
    { name: 'metro.md', content: METRO_MD, type: 'text/markdown' },
    { name: 'budget.txt', content: BUDGET_TXT },
    { name: 'forum-cp1251.txt', content: { byteValues: [...encodeAs('windows-1251', FORUM_RU)] } },
    { name: 'rail.docx', content: { byteValues: await buildDocx(RAIL_DOCX) }, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    { name: 'mining.pdf', content: { byteValues: buildPdf(MINING_TITLE, MINING_PDF) }, type: 'application/pdf' },
    { name: 'empty.txt', content: '' },
    { name: 'photo.txt', content: { byteValues: buildPngBytes() } },
  ]);
  await held.started;
  const { imports } = library;
  await expect(imports.progressText).toHaveText('Importing 1 of 8 — wheat.html');
  await expect(imports.progressBar).toHaveAttribute('aria-valuenow', '0');
  await expect(imports.progressBar).toHaveAttribute('aria-valuemax', '8');
  await expect(imports.progressBar).toHaveAccessibleName('Importing files');
  held.release();

  await imports.waitUntilDone();
  await expect(imports.summary.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(imports.counts).toContainText('6 imported');
  await expect(imports.counts).toContainText('2 failed');
  await expect(imports.failures).toHaveCount(2);
  await expect(imports.failure('empty.txt')).toContainText('"empty.txt" is empty');
  await expect(imports.failure('photo.txt')).toContainText('photo.txt');
  await expect(imports.failure('photo.txt')).not.toContainText('empty');

  await expect(library.rows).toHaveCount(6);
  for (const title of [
    WHEAT.title,
    'Almaty metro extension opens three new stations',
    'Shymkent raises its 2025 budget by 12 percent',
    'В Астане прошёл форум региональных СМИ',
    RAIL_DOCX[0] as string,
    MINING_TITLE,
  ]) {
    await expect(library.row(title), title).toHaveCount(1);
  }
  // Each format's text arrived whole: the Russian file decoded, the PDF's lines joined into one paragraph.
  const summaries = await desk.call('listArticles', undefined);
  const bodyOf = async (title: string) =>
    (await desk.call('getArticle', { articleId: summaries.find((s) => s.title === title)!.id })).article.body;
  expect(await bodyOf('В Астане прошёл форум региональных СМИ')).toContain('Более 300 журналистов из 12 стран');
  expect(await bodyOf(MINING_TITLE)).toContain('rose 9 percent in 2024 to 231,000 tonnes, the operator said');
  expect(await bodyOf(WHEAT.title)).not.toContain('Subscribe to our newsletter');
  for (const summary of summaries) expect(summary.claimCount, summary.title).toBeGreaterThan(0);

  await imports.close();
  await expect(imports.summary).toHaveCount(0);
});

test('a batch shows its progress while the library fills and stays usable; Cancel stops after the current file', async ({ library, desk }) => {
  const first = desk.holdNext('importFile');
  await library.dropFiles([1, 2, 3, 4, 5].map((n) => ({ name: `item-${n}.txt`, content: shortArticle(n) })));
  await first.started;
  const second = desk.holdNext('importFile');
  first.release();
  await second.started;

  // The first article is in the library while the second is read.
  const { imports } = library;
  await expect(library.rows).toHaveCount(1);
  await expect(imports.progressText).toHaveText('Importing 2 of 5 — item-2.txt');
  await expect(imports.progressBar).toHaveAttribute('aria-valuenow', '1');
  // Not a modal: the article opens and closes while the batch runs.
  const article = await library.open('Regional news item number 1');
  await expect(imports.progress).toBeVisible();
  await article.back();

  await imports.cancelButton.click();
  await expect(imports.progress.getByRole('button', { name: 'Stopping…' })).toBeDisabled();
  await expect(imports.progress).toContainText('Stopping after this file');
  second.release();

  await imports.waitUntilDone();
  await expect(imports.summary.getByRole('heading', { name: 'Import stopped' })).toBeVisible();
  await expect(imports.counts).toContainText('2 imported');
  await expect(library.page.getByTestId('import-not-imported')).toContainText('3 files were not imported');
  await expect(library.rows).toHaveCount(2);
  expect(await desk.call('listArticles', undefined)).toHaveLength(2);
});

test('imports a folder chosen in the dialog: subfolders walked, hidden files left out, other formats skipped', async ({ library, desk }) => {
  const root = await mkdtemp(join(tmpdir(), 'factdesk-folder-'));
  try {
    const folder = join(root, 'press');
    await mkdir(join(folder, 'march', 'week-2'), { recursive: true });
    await mkdir(join(folder, '.drafts'), { recursive: true });
    await writeFile(join(folder, 'budget.txt'), BUDGET_TXT);
    await writeFile(join(folder, 'march', 'metro.md'), METRO_MD);
    await writeFile(join(folder, 'march', 'week-2', 'wheat.html'), buildHtmlPage(WHEAT));
    await writeFile(join(folder, 'march', 'cover.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]));
    await writeFile(join(folder, '.hidden-notes.txt'), shortArticle(1));
    await writeFile(join(folder, '.drafts', 'draft.txt'), shortArticle(2));

    await library.importFolderFromDialog(folder);
    await expect.poll(() => desk.host.dialogCalls).toEqual(['open-folder']);
    const { imports } = library;
    await imports.waitUntilDone();
    await expect(library.rows).toHaveCount(3);
    await expect(imports.counts).toContainText('3 imported');
    await expect(imports.counts).toContainText('1 skipped');
    await expect(imports.skipped).toHaveCount(1);
    await expect(imports.skipped.first()).toContainText('march/cover.jpg');
    await expect(imports.skipped.first()).toContainText('Not an article format');
    await expect(library.row(WHEAT.title)).toHaveCount(1);
    await expect(library.row('Regional news item number 1')).toHaveCount(0);
    await imports.close();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('a dropped folder is walked as well, its other formats skipped', async ({ library }) => {
  await library.dropFolder('dispatches', {
    'item-1.txt': shortArticle(1),
    '.DS_Store': [0, 0, 0, 1, 66, 117, 100, 49],
    inner: { 'metro.md': METRO_MD, 'photo.jpg': [0xff, 0xd8, 0xff, 0xe0], deeper: { 'item-2.txt': shortArticle(2) } },
    'item-3.txt': shortArticle(3),
  });
  const { imports } = library;
  await expect(library.rows).toHaveCount(4);
  await imports.waitUntilDone();
  await expect(imports.counts).toContainText('4 imported');
  await expect(imports.counts).toContainText('1 skipped');
  await expect(imports.skipped.first()).toContainText('dispatches/inner/photo.jpg');
});

/** Imports an article by dropping it, opens it, marks the claim holding `phrase` verified with a note; back to the library. */
async function verifyClaim(library: LibraryPage, title: string, phrase: string, note: string): Promise<{ articleId: string; claimId: string }> {
  const article = await library.open(title);
  const card = article.cards.filter({ hasText: phrase }).first();
  const claimId = (await card.getAttribute('data-claim-id')) as string;
  await article.selectClaimById(claimId);
  await article.setStatusByButton('verified');
  await expect(card).toHaveAttribute('data-status', 'verified');
  await article.noteInput().fill(note);
  await expect(article.noteState()).toHaveText('Saved');
  const articleId = await article.articleId();
  await article.back();
  return { articleId, claimId };
}

test('the same article again: Skip leaves one; Replace keeps its id and the verified claim with its note', async ({ library, desk }) => {
  await library.dropFiles([{ name: 'budget.txt', content: BUDGET_TXT }]);
  await expect(library.rows).toHaveCount(1);
  const title = 'Shymkent raises its 2025 budget by 12 percent';
  const note = 'Council minutes, 14 Nov: 412 bn tenge approved.';
  const { articleId, claimId } = await verifyClaim(library, title, '412 billion tenge', note);

  // Dropped again: one file, so the choice is offered at once.
  const { imports } = library;
  await library.dropFiles([{ name: 'budget-copy.txt', content: BUDGET_TXT }]);
  await expect(imports.summary.getByRole('heading', { name: 'Already in your library' })).toBeFocused();
  await expect(imports.duplicate(title)).toContainText('Already in the library, word for word.');
  await imports.choose(title, 'Skip');
  await expect(imports.summary).toHaveCount(0);
  await expect(library.page.getByTestId('notice-info')).toContainText('Nothing was imported');
  expect(await desk.call('listArticles', undefined)).toHaveLength(1);

  await library.dropFiles([{ name: 'budget-copy.txt', content: BUDGET_TXT }]);
  await imports.choose(title, 'Replace');
  await expect(imports.summary).toHaveCount(0);
  await expect(library.successNotice()).toContainText(`Replaced “${title}”: 1 claim carried over.`);
  const summaries = await desk.call('listArticles', undefined);
  expect(summaries.map((s) => s.id)).toEqual([articleId]);
  const claim = (await desk.call('getArticle', { articleId })).claims.find((c) => c.quote.includes('412 billion tenge'));
  expect(claim?.id).toBe(claimId);
  expect(claim?.status).toBe('verified');
  expect(claim?.note).toBe(note);
  await expect(library.row(title).getByTestId('progress-text')).toContainText('1 of');
});

test('duplicates in a batch: each has its choice, and "Replace all" / "Skip all" decide the rest', async ({ library, desk }) => {
  await library.dropFiles([1, 2, 3].map((n) => ({ name: `item-${n}.txt`, content: shortArticle(n) })));
  const { imports } = library;
  await imports.waitUntilDone();
  await imports.close();

  await library.dropFiles([1, 2, 3, 4].map((n) => ({ name: `again-${n}.txt`, content: shortArticle(n) })));
  await imports.waitUntilDone();
  await expect(imports.counts).toContainText('1 imported');
  await expect(imports.counts).toContainText('3 already in the library');
  await expect(imports.duplicates).toHaveCount(3);
  await expect(imports.summary).toContainText('3 not decided');

  const outcome = await imports.choose('Regional news item number 2', 'Keep both');
  await expect(outcome).toContainText('Added “Regional news item number 2” as a separate article');
  await imports.summary.getByRole('button', { name: 'Replace all' }).click();
  await expect(imports.summary.getByTestId('duplicate-outcome')).toHaveCount(3);
  await expect(imports.duplicate('Regional news item number 1').getByTestId('duplicate-outcome')).toContainText('Replaced “Regional news item number 1”');
  await expect(imports.summary.getByRole('button', { name: 'Replace all' })).toHaveCount(0);
  expect(await desk.call('listArticles', undefined)).toHaveLength(5);
  await imports.close();
  await expect(library.rows).toHaveCount(5);

  await library.dropFiles([1, 3].map((n) => ({ name: `third-${n}.txt`, content: shortArticle(n) })));
  await imports.waitUntilDone();
  await imports.summary.getByRole('button', { name: 'Skip all' }).click();
  await expect(imports.summary.getByTestId('duplicate-outcome')).toHaveCount(2);
  await expect(imports.summary.getByTestId('duplicate-outcome').first()).toContainText('Skipped: the library keeps “Regional news item number 1” as it was.');
  await expect(imports.summary.getByRole('button', { name: 'Close the import summary' })).toBeFocused();
  await library.page.keyboard.press('Escape');
  await expect(imports.summary).toHaveCount(0);
  expect(await desk.call('listArticles', undefined)).toHaveLength(5);
});

test('a changed version whose worked-on sentence was cut lists that claim as not found; Dismiss removes it', async ({ library, desk }) => {
  await library.dropFiles([{ name: 'wheat.html', content: buildHtmlPage(WHEAT), type: 'text/html' }]);
  await expect(library.rows).toHaveCount(1);
  const note = 'Ministry bulletin no. 31: 11.2 Mt, +18% y/y. Matches.';
  const { articleId, claimId } = await verifyClaim(library, WHEAT.title, 'exported 11.2 million', note);

  // The site's updated page: the same address, the first paragraph rewritten without the figure.
  const updated: HtmlArticle = {
    ...WHEAT,
    paragraphs: [
      'ASTANA – Kazakhstan had its best export season in a decade, the agriculture ministry said on Tuesday, without giving a final figure.',
      ...WHEAT.paragraphs.slice(1),
    ],
  };
  const { imports } = library;
  await library.dropFiles([{ name: 'wheat-updated.html', content: buildHtmlPage(updated), type: 'text/html' }]);
  await expect(imports.duplicate(WHEAT.title)).toContainText(`A newer version of “${WHEAT.title}”, already in the library.`);
  await imports.choose(WHEAT.title, 'Replace');
  await expect(library.successNotice()).toContainText(`Replaced “${WHEAT.title}”: 1 claim not found — listed for review in the article.`);
  expect((await desk.call('listArticles', undefined)).map((s) => s.id)).toEqual([articleId]);

  const article = await library.open(WHEAT.title);
  const section = article.page.getByTestId('unplaced-claims');
  await expect(section.getByRole('button', { name: 'Not found in the new version (1)' })).toHaveAttribute('aria-expanded', 'true');
  const unplaced = section.getByTestId('unplaced-claim');
  await expect(unplaced).toHaveCount(1);
  await expect(unplaced).toHaveAttribute('data-claim-id', claimId);
  await expect(unplaced).toContainText('11.2 million tonnes');
  await expect(unplaced.getByTestId('status-badge')).toHaveText('Verified');
  await expect(unplaced.getByTestId('unplaced-note')).toHaveText(note);
  await expect(section).toContainText('the new text no longer contains its sentence');
  // Not in the article's text, nor among its claims.
  await expect(article.cardById(claimId)).toHaveCount(0);

  // By keyboard: the disclosure folds, and Dismiss removes the claim for good.
  const toggle = section.getByRole('button', { name: 'Not found in the new version (1)' });
  await toggle.focus();
  await article.page.keyboard.press('Enter');
  await expect(unplaced).toHaveCount(0);
  await article.page.keyboard.press('Enter');
  await expect(unplaced).toHaveCount(1);
  await unplaced.getByRole('button', { name: /^Dismiss “/ }).focus();
  await article.page.keyboard.press('Enter');
  await expect(section).toHaveCount(0);
  await expect(article.page.locator('#claims-heading')).toBeFocused();
  expect((await desk.call('getArticle', { articleId })).unplacedClaims).toEqual([]);
});

/** A port on this machine with nothing listening on it. */
async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No port');
  return address.port;
}

test('imports an article from a web address; an address that fails says why and adds nothing', async ({ library, desk }) => {
  const root = await mkdtemp(join(tmpdir(), 'factdesk-site-'));
  await writeFile(join(root, 'wheat.html'), buildHtmlPage(WHEAT));
  const site = await serveDirectory(root);
  try {
    const closedPort = await findClosedPort();
    let dialog = await library.importFromUrl(`http://127.0.0.1:${closedPort}/news/wheat.html`);
    const error = dialog.getByRole('alert');
    await expect(error).toContainText(`Could not fetch http://127.0.0.1:${closedPort}/news/wheat.html`);
    await expect(error).toContainText('Nothing was added.');
    await expect(dialog.getByRole('textbox', { name: 'Web address' })).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByRole('textbox', { name: 'Web address' })).toBeFocused();
    expect(await desk.call('listArticles', undefined)).toEqual([]);

    await dialog.getByRole('textbox', { name: 'Web address' }).fill('ftp://example.org/file.txt');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('Enter a web address that starts with http:// or https://.');

    // Imported, the article opens, as a pasted one does.
    await dialog.getByRole('textbox', { name: 'Web address' }).fill(`${site.url}wheat.html`);
    await dialog.getByRole('textbox', { name: 'Web address' }).press('Enter');
    await expect(dialog).toBeHidden();
    const article = new ArticlePage(library.page, desk);
    await article.waitUntilLoaded(WHEAT.title);
    await expect(article.cards.first()).toBeVisible();
    const library2 = await article.back();
    await expect(library2.rows).toHaveCount(1);

    // The same address again: the choice of what to do with it.
    dialog = await library2.importFromUrl(`${site.url}wheat.html`);
    await expect(dialog).toBeHidden();
    await expect(library2.imports.duplicate(WHEAT.title)).toContainText('Already in the library, word for word.');
    await library2.imports.choose(WHEAT.title, 'Skip');
    expect(await desk.call('listArticles', undefined)).toHaveLength(1);
  } finally {
    await site.close();
    await rm(root, { recursive: true, force: true });
  }
});

/** A paste event in the Paste dialog's text area, as a copy from a browser makes it: plain text and the page's HTML. */
async function pasteRich(desk: FactdeskSession, text: string, html: string): Promise<void> {
  const page = desk.page!;
  await page.getByRole('textbox', { name: 'Article text' }).focus();
  await page.evaluate(
    ({ plain, rich }) => {
      const data = new DataTransfer();
      data.setData('text/plain', plain);
      data.setData('text/html', rich);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { plain: text, rich: html },
  );
}

const PAGE_HTML = buildHtmlPage(WHEAT);
/** What the browser puts on the clipboard as plain text for that page: every line, the menu and footer too. */
const PAGE_TEXT = ['Home News Business Sport', WHEAT.title, ...WHEAT.paragraphs, '© 2025 Steppe Courier. All rights reserved. Subscribe to our newsletter.'].join('\n');

test('a rich paste is read from its HTML: the title and paragraphs come from the page', async ({ library, desk }) => {
  const dialog = await library.openPasteDialog();
  await pasteRich(desk, PAGE_TEXT, PAGE_HTML);
  const textbox = dialog.getByRole('textbox', { name: 'Article text' });
  await expect(textbox).toHaveValue(PAGE_TEXT);
  await expect(dialog.getByTestId('rich-paste')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import article' }).click();
  const article = new ArticlePage(library.page, desk);
  await article.waitUntilLoaded(WHEAT.title);
  const doc = await desk.call('getArticle', { articleId: await article.articleId() });
  expect(doc.article.source).toBe('Steppe Courier');
  expect(doc.article.body).toContain(`${WHEAT.paragraphs[0]}\n\n${WHEAT.paragraphs[1]}`);
  expect(doc.article.body).not.toContain('Home News Business Sport');
  expect(doc.article.rawText).not.toBe(PAGE_TEXT);
});

test('typing in the pasted text drops the HTML: the text is imported as typed', async ({ library, desk }) => {
  const dialog = await library.openPasteDialog();
  await pasteRich(desk, PAGE_TEXT, PAGE_HTML);
  await expect(dialog.getByTestId('rich-paste')).toBeVisible();
  const textbox = dialog.getByRole('textbox', { name: 'Article text' });
  await textbox.press('Control+End');
  await textbox.pressSequentially(' Updated.');
  await expect(dialog.getByTestId('rich-paste')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import article' }).click();
  await expect(dialog).toBeHidden();
  const [summary] = await desk.call('listArticles', undefined);
  const doc = await desk.call('getArticle', { articleId: summary!.id });
  expect(doc.article.rawText).toBe(`${PAGE_TEXT} Updated.`);
});

test('Ctrl+V on the library sends the clipboard’s HTML too', async ({ library, desk }) => {
  await library.pasteFromClipboard(PAGE_TEXT, PAGE_HTML);
  const article = new ArticlePage(library.page, desk);
  await article.waitUntilLoaded(WHEAT.title);
  const doc = await desk.call('getArticle', { articleId: await article.articleId() });
  expect(doc.article.body).not.toContain('Home News Business Sport');
});
