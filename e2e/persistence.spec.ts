// What the fact-checker records survives closing the window and the app.
import { expect, test } from './fixtures/factdesk';
import { SAMPLES, samplePath } from './fixtures/paths';

test('a note, a status and a source survive a restart', async ({ library, desk }) => {
  await library.importFromDialog([samplePath('chinaDaily')]);
  let article = await library.open(SAMPLES.chinaDaily.title);
  const id = (await article.selectedClaimId()) as string;

  await article.press('3');
  await expect(article.cardById(id)).toHaveAttribute('data-status', 'verified');
  const note = 'Confirmed with the embassy press office on 4 Sept; photo of the opening on Xinhua.';
  await article.noteInput().fill(note);
  await expect(article.noteState()).toHaveText('Saved');
  await article.selectedCard.getByRole('button', { name: 'Add source' }).click();
  await article.selectedCard.getByRole('textbox', { name: 'Title' }).fill('Xinhua photo report');
  await article.selectedCard.getByRole('form', { name: 'Add a source' }).getByRole('button', { name: 'Add source' }).click();
  await expect(article.selectedCard.getByTestId('source')).toHaveCount(1);

  const library2 = await desk.restart();
  await expect(library2.row(SAMPLES.chinaDaily.title).getByTestId('progress-text')).toHaveText(/^1 of \d+ claims decided$/);
  article = await library2.open(SAMPLES.chinaDaily.title);
  const card = article.cardById(id);
  await expect(card).toHaveAttribute('data-status', 'verified');
  await expect(card.getByTestId('note-preview')).toHaveText(note);
  await card.locator(':scope > button').click();
  await expect(article.noteInput()).toHaveValue(note);
  await expect(article.selectedCard.getByTestId('source')).toContainText('Xinhua photo report');
});

test('a note typed just before moving on to the next claim is kept', async ({ library, desk }) => {
  await library.importFromDialog([samplePath('astanaTimes')]);
  let article = await library.open(SAMPLES.astanaTimes.title);
  const id = (await article.selectedClaimId()) as string;

  await article.noteInput().click();
  await article.page.keyboard.type('Premiere date checked on CCTV4 listings');
  // Leave the field and move on at once, well inside the save delay.
  await article.noteInput().press('Tab');
  await article.press('j');
  await expect(article.cardById(id).getByTestId('note-preview')).toHaveText('Premiere date checked on CCTV4 listings');

  const restarted = await desk.restart();
  article = await restarted.open(SAMPLES.astanaTimes.title);
  // The claim is still open, so it is selected again on opening, with its note in the editor.
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', id as string);
  await expect(article.noteInput()).toHaveValue('Premiere date checked on CCTV4 listings');
});

test('notes save about 300 ms after typing stops, and at once when leaving the field', async ({ library, desk }) => {
  await library.importFromDialog([samplePath('kazinform')]);
  const article = await library.open(SAMPLES.kazinform.title);
  const id = (await article.selectedClaimId()) as string;
  const articleId = (await article.page.locator('[data-article-id]').getAttribute('data-article-id')) as string;
  const storedNote = async () => (await desk.call('getArticle', { articleId })).claims.find((c) => c.id === id)?.note;

  // Timers stand still until the test moves them: nothing is saved while the user is typing.
  const now = Date.now();
  await article.page.clock.install({ time: now });
  await article.page.clock.pauseAt(now + 1_000);
  await article.noteInput().fill('11 thousand students: check the 2016 ministry figures');
  await expect(article.noteState()).toHaveText('Saving…');
  await article.page.clock.runFor(200);
  expect(await storedNote()).toBe('');
  await article.page.clock.runFor(150);
  await expect(article.noteState()).toHaveText('Saved');
  expect(await storedNote()).toBe('11 thousand students: check the 2016 ministry figures');

  // Leaving the field saves at once, without waiting for the pause.
  await article.noteInput().fill('11 thousand students: confirmed by the ministry, 2016 yearbook p. 42');
  await expect(article.noteState()).toHaveText('Saving…');
  await article.noteInput().press('Escape');
  await expect(article.noteState()).toHaveText('Saved');
  expect(await storedNote()).toBe('11 thousand students: confirmed by the ministry, 2016 yearbook p. 42');
});
