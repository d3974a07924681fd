// Notes are never lost: not when the user comes back before a save returns, not when a save fails,
// not when the window closes right after typing.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/factdesk';
import { SAMPLES, samplePath } from './fixtures/paths';
import type { LibraryPage } from './pages/library-page';

async function openAstana(library: LibraryPage) {
  await library.importFromDialog([samplePath('astanaTimes')]);
  return library.open(SAMPLES.astanaTimes.title);
}

test('coming back to a claim before its note was saved shows the note as typed', async ({ library, desk }) => {
  const article = await openAstana(library);
  // The first claim is selected on opening.
  await expect(article.selectedCard).toHaveCount(1);
  const first = (await article.selectedClaimId()) as string;
  const save = desk.holdNext('setClaimNote');
  await article.noteInput().fill('Asked the ministry; waiting');

  // Leaving the claim sends the note; its answer is held back while the user looks at another claim.
  await article.selectClaimAt(1);
  await save.started;
  await expect(article.cardById(first).getByTestId('note-preview')).toHaveText('Asked the ministry; waiting');
  await article.selectClaimAt(0);
  await expect(article.noteInput()).toHaveValue('Asked the ministry; waiting');

  save.release();
  await expect(article.noteState()).toHaveText('Saved');
  await expect(article.noteInput()).toHaveValue('Asked the ministry; waiting');
  const doc = await desk.call('getArticle', { articleId: await article.articleId() });
  expect(doc.claims.find((c) => c.id === first)?.note).toBe('Asked the ministry; waiting');
});

test('a failed note save keeps the text, says so until it is saved, and Retry saves that text', async ({ library, desk }) => {
  const article = await openAstana(library);
  // The first claim is selected on opening.
  await expect(article.selectedCard).toHaveCount(1);
  const first = (await article.selectedClaimId()) as string;
  desk.failNext('setClaimNote', { code: 'io', message: 'The disk is full.' });
  await article.noteInput().fill('Figures from the 2024 census');
  await expect(article.noteState()).toContainText('Not saved');
  const notice = article.page.getByTestId('notice-error').filter({ hasText: 'A note wasn’t saved' });
  await expect(notice).toContainText('The disk is full.');

  // The text survives leaving the claim and coming back; the notice stays.
  await article.selectClaimAt(1);
  await article.selectClaimAt(0);
  await expect(article.noteInput()).toHaveValue('Figures from the 2024 census');
  await article.selectClaimAt(1);
  await expect(notice).toBeVisible();

  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect(notice).toHaveCount(0);
  const doc = await desk.call('getArticle', { articleId: await article.articleId() });
  expect(doc.claims.find((c) => c.id === first)?.note).toBe('Figures from the 2024 census');
});

test('leaving the article with a note that failed to save asks first', async ({ library, desk }) => {
  const article = await openAstana(library);
  // The first claim is selected on opening.
  await expect(article.selectedCard).toHaveCount(1);
  const first = (await article.selectedClaimId()) as string;
  // The save and the retry on leaving both fail.
  desk.failNext('setClaimNote', { code: 'io', message: 'The disk is full.' });
  await article.noteInput().fill('Source: Kazstat');
  await expect(article.noteState()).toContainText('Not saved');
  desk.failNext('setClaimNote', { code: 'io', message: 'The disk is still full.' });
  await article.header.getByRole('button', { name: 'Back to library' }).click();

  const notice = article.page.getByTestId('notice-error').filter({ hasText: 'A note wasn’t saved' });
  await expect(notice).toContainText('Leaving the article now would lose the text you typed.');
  await expect(article.text).toBeVisible();
  await expect(article.noteInput()).toHaveValue('Source: Kazstat');

  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect(notice).toHaveCount(0);
  const library2 = await article.back();
  await expect(library2.rows).toHaveCount(1);
  const doc = await desk.call('getArticle', { articleId: await library2.rows.first().getAttribute('data-article-id') as string });
  expect(doc.claims.find((c) => c.id === first)?.note).toBe('Source: Kazstat');
});

test('exporting with a note that cannot be saved does not export and says why', async ({ library, desk }) => {
  const article = await openAstana(library);
  desk.failNext('setClaimNote', { code: 'io', message: 'The disk is full.' });
  await article.noteInput().fill('Unconfirmed');
  await expect(article.noteState()).toContainText('Not saved');
  desk.failNext('setClaimNote', { code: 'io', message: 'The disk is still full.' });
  await article.header.getByRole('button', { name: 'Export report' }).click();
  const notice = article.page.getByTestId('notice-error').filter({ hasText: 'A note wasn’t saved' });
  await expect(notice).toContainText('The report was not exported');
  await expect(article.page.getByTestId('busy')).toHaveCount(0);
  expect(desk.host.dialogCalls).not.toContain('save');
});

// The unload itself cannot be held open in headless Chromium (it closes the page regardless), so these
// tests drive the page's beforeunload handler directly and watch what it asks of the window.
async function dispatchBeforeUnload(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

async function recordWindowClose(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counter = window as unknown as { closeCalls: number };
    counter.closeCalls = 0;
    window.close = () => {
      counter.closeCalls += 1;
    };
  });
  return () => page.evaluate(() => (window as unknown as { closeCalls: number }).closeCalls);
}

test('closing the window with a note still unsaved waits, saves it, then closes', async ({ library, desk }) => {
  const article = await openAstana(library);
  await expect(article.selectedCard).toHaveCount(1);
  const first = (await article.selectedClaimId()) as string;
  const articleId = await article.articleId();
  const closeCalls = await recordWindowClose(article.page);
  expect(await dispatchBeforeUnload(article.page)).toBe(false);

  const save = desk.holdNext('setClaimNote');
  // One input event, so exactly one save: typing key by key on a slow machine can save a part first.
  await article.noteInput().fill('Typed at the last moment');
  expect(await dispatchBeforeUnload(article.page)).toBe(true);
  await save.started;
  expect(await closeCalls()).toBe(0);
  save.release();
  await expect.poll(closeCalls).toBe(1);
  const doc = await desk.call('getArticle', { articleId });
  expect(doc.claims.find((c) => c.id === first)?.note).toBe('Typed at the last moment');
});

test('closing the window when the last note cannot be saved keeps the window open and says so', async ({ library, desk }) => {
  const article = await openAstana(library);
  await expect(article.selectedCard).toHaveCount(1);
  const closeCalls = await recordWindowClose(article.page);
  desk.failNext('setClaimNote', { code: 'io', message: 'The disk is full.' });
  // One input event, so exactly one save: typing key by key on a slow machine can save a part first.
  await article.noteInput().fill('Cannot be saved');
  expect(await dispatchBeforeUnload(article.page)).toBe(true);
  await expect(article.page.getByTestId('notice-error').filter({ hasText: 'A note wasn’t saved' })).toBeVisible();
  expect(await closeCalls()).toBe(0);
});
