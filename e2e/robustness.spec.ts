// Late answers, keyboard layouts and input methods, dialogs whose action is running, a library that
// cannot be read, and links without a scheme.
import type { Locator } from '@playwright/test';
import type { ApiMethod } from '../src/shared/api';
import { ArticlePage } from './pages/article-page';
import { expect, test, type FactdeskSession } from './fixtures/factdesk';
import { SAMPLES, samplePath } from './fixtures/paths';

test('opening one article and then another quickly shows the one opened last', async ({ library, desk }) => {
  await library.importFromDialog([samplePath('astanaTimes'), samplePath('chinaDaily')]);
  const slow = desk.holdNext('getArticle');
  await library.row(SAMPLES.astanaTimes.title).getByRole('button', { name: SAMPLES.astanaTimes.title, exact: true }).click();
  await slow.started;
  const article = await library.open(SAMPLES.chinaDaily.title);
  slow.release();
  // Let the late answer arrive; the article opened last stays.
  await article.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await expect(article.title).toHaveText(SAMPLES.chinaDaily.title);
});

test('a late answer to including a line does not bring back the article the user left', async ({ library, desk }) => {
  await library.importFromDialog([samplePath('chinaDaily'), samplePath('astanaTimes')]);
  let article = await library.open(SAMPLES.chinaDaily.title);
  const slow = desk.holdNext('setRangeIncluded');
  await article.excludedLabel('spam').getByRole('button', { name: 'Include: Spam line' }).click();
  await slow.started;
  const back = await article.back();
  article = await back.open(SAMPLES.astanaTimes.title);
  slow.release();
  await article.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await expect(article.title).toHaveText(SAMPLES.astanaTimes.title);
  await expect(article.excludedLabel('spam')).toHaveCount(0);
});

test('a link typed without https:// is accepted and stored with it', async ({ library }) => {
  await library.importFromDialog([samplePath('chinaDaily')]);
  const article = await library.open(SAMPLES.chinaDaily.title);
  const card = article.selectedCard;
  await card.getByRole('button', { name: 'Add source' }).click();
  const form = card.getByRole('form', { name: 'Add a source' });
  await form.getByRole('textbox', { name: 'Link' }).fill('www.example.org/report');
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(card.getByTestId('source')).toHaveCount(1);
  await expect(card.getByTestId('source').first()).toContainText('example.org');
});

test('with a filter on, j after marking a claim goes to the next claim, not to the top', async ({ library }) => {
  await library.importFromDialog([samplePath('kazinform')]);
  const article = await library.open(SAMPLES.kazinform.title);
  await article.page.getByRole('button', { name: /^Open/ }).click();
  const ids = await article.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-claim-id') as string));
  await article.selectClaimAt(3);
  await article.press('3');
  // The marked claim leaves the Open list; j goes on to the one after it.
  await expect(article.cardById(ids[3] as string)).toHaveCount(0);
  await article.press('j');
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', ids[4] as string);
  await article.press('3');
  await expect(article.cardById(ids[4] as string)).toHaveCount(0);
  await article.press('k');
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', ids[2] as string);
});

test('letter shortcuts follow the typed letter on Latin layouts and the key on others', async ({ library }) => {
  await library.importFromDialog([samplePath('kazinform')]);
  const article = await library.open(SAMPLES.kazinform.title);
  const ids = await article.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-claim-id') as string));
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', ids[0] as string);
  const press = (key: string, code: string) =>
    article.page.evaluate(([k, c]) => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, code: c, bubbles: true, cancelable: true }));
    }, [key, code] as const);
  // Dvorak: the key where QWERTY has J types "h": not a shortcut.
  await press('h', 'KeyJ');
  // Dvorak: "j" is typed with the key where QWERTY has C.
  await press('j', 'KeyC');
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', ids[1] as string);
  // Russian: the J key types "о"; it still moves.
  await press('о', 'KeyJ');
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', ids[2] as string);
});

test('AZERTY: the key where QWERTY has A types "q" and does not add a claim', async ({ library }) => {
  await library.importFromDialog([samplePath('astanaTimes')]);
  const article = await library.open(SAMPLES.astanaTimes.title);
  const before = await article.cards.count();
  await article.selectTextInArticle('Hence began the enduring friendship between two legendary composers from two nations.');
  await expect(article.page.getByTestId('add-claim')).toBeVisible();
  await article.page.evaluate(() => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'q', code: 'KeyA', bubbles: true, cancelable: true }));
  });
  await article.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await expect(article.cards).toHaveCount(before);
});

test('Enter while an input method is composing does not save the wording', async ({ library }) => {
  await library.importFromDialog([samplePath('chinaDaily')]);
  const article = await library.open(SAMPLES.chinaDaily.title);
  const card = article.selectedCard;
  await card.getByRole('button', { name: 'Edit wording' }).click();
  const input = card.getByTestId('claim-text-input');
  await input.fill('托卡耶夫');
  await input.evaluate((el) => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
  });
  await article.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await expect(input).toBeVisible();
  await input.press('Enter');
  await expect(card.getByTestId('claim-text')).toHaveText('托卡耶夫');
});

/** Starts a dialog's action, holds its call, presses Escape: the dialog must stay until the call ends. */
async function expectEscapeIgnoredWhileRunning(desk: FactdeskSession, method: ApiMethod, dialog: Locator, start: () => Promise<void>) {
  const slow = desk.holdNext(method);
  await start();
  await slow.started;
  await dialog.page().keyboard.press('Escape');
  // A dialog that wrongly closed would be gone by now.
  await dialog.page().evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  await expect(dialog).toBeVisible();
  slow.release();
  await expect(dialog).toBeHidden();
}

test('Escape does not close the paste dialog while its import runs', async ({ library, desk }) => {
  const dialog = await library.openPasteDialog();
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(
    'Kazakhstan exports grew\n\nKazakhstan’s exports to China grew by 12 per cent in 2024, the customs office said.',
  );
  await expectEscapeIgnoredWhileRunning(desk, 'importText', dialog, () => dialog.getByRole('button', { name: 'Import article' }).click());
  await new ArticlePage(library.page, desk).waitUntilLoaded('Kazakhstan exports grew');
});

test('Escape does not close the delete dialog while the deletion runs', async ({ library, desk }) => {
  await library.importFromDialog([samplePath('astanaTimes'), samplePath('chinaDaily')]);
  await library.row(SAMPLES.astanaTimes.title).getByRole('button', { name: `Delete “${SAMPLES.astanaTimes.title}”` }).click();
  const dialog = library.page.getByRole('dialog', { name: 'Delete this article?' });
  await expectEscapeIgnoredWhileRunning(desk, 'deleteArticle', dialog, () => dialog.getByRole('button', { name: 'Delete article' }).click());
  await expect(library.rows).toHaveCount(1);
});

test('a library that cannot be read says so, not that it is empty, and Retry loads it', async ({ desk }) => {
  desk.failNext('listArticles', { code: 'io', message: 'The library file could not be read.' });
  const library = await desk.open();
  const error = library.page.getByTestId('library-error');
  await expect(error).toContainText('Couldn’t load the library');
  await expect(error).toContainText('The library file could not be read.');
  await expect(library.emptyState).toHaveCount(0);
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(library.emptyState).toBeVisible();
});
