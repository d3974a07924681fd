// Undo and redo of claim actions (status, note, wording, adding, dismissing, deleting) with Ctrl+Z,
// Ctrl+Shift+Z and the Edit menu; text fields keep their own text undo.
import type { ArticleDocument, Claim } from '../src/shared/model';
import { expect, test, type FactdeskSession } from './fixtures/factdesk';
import { SAMPLES, samplePath } from './fixtures/paths';
import type { ArticlePage } from './pages/article-page';
import type { LibraryPage } from './pages/library-page';

async function openAstana(library: LibraryPage): Promise<ArticlePage> {
  await library.importFromDialog([samplePath('astanaTimes')]);
  return library.open(SAMPLES.astanaTimes.title);
}

async function stored(desk: FactdeskSession, article: ArticlePage): Promise<ArticleDocument> {
  return desk.call('getArticle', { articleId: await article.articleId() });
}

async function storedClaim(desk: FactdeskSession, article: ArticlePage, claimId: string): Promise<Claim | undefined> {
  return (await stored(desk, article)).claims.find((c) => c.id === claimId);
}

/** The longest sentence of the body that no claim touches. */
function unclaimedSentence(doc: ArticleDocument): string {
  const taken = doc.claims.map((c) => ({ start: c.start, end: c.end }));
  const sentences = [...doc.article.body.matchAll(/[A-Z][^\n]*?[.!?](?=\s|$)/g)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const free = sentences.filter((s) => !taken.some((range) => range.start < s.end && s.start < range.end));
  const longest = free.sort((a, b) => b.text.length - a.text.length)[0];
  expect(longest, 'the article has a sentence that is no claim').toBeDefined();
  return longest!.text;
}

test('Ctrl+Z undoes status, note, wording, adding, dismissing and deleting, and Ctrl+Shift+Z and the Edit menu redo them', async ({
  library,
  desk,
}) => {
  const article = await openAstana(library);
  const page = article.page;
  const initial = await stored(desk, article);
  const inOrder = initial.claims.slice().sort((a, b) => a.start - b.start);
  const first = inOrder[0]!;
  const second = inOrder[1]!;
  const third = inOrder[2]!;
  const card = (claim: Claim) => article.cardById(claim.id);

  // 1. Status.
  await article.selectClaimById(first.id);
  await article.setStatusByButton('verified');
  await expect(card(first)).toHaveAttribute('data-status', 'verified');
  // 2. Note, typed and left: one step however many saves it took.
  await article.noteInput().pressSequentially('Asked');
  await expect(article.noteState()).toHaveText('Saved');
  await expect.poll(async () => (await storedClaim(desk, article, first.id))?.note).toBe('Asked');
  await article.noteInput().pressSequentially(' the ministry');
  await article.noteInput().press('Escape');
  await expect(article.noteState()).toHaveText('Saved');
  // 3. Wording.
  await card(first).getByRole('button', { name: 'Edit wording' }).click();
  await card(first).getByTestId('claim-text-input').fill('The event promoted tourism, the organisers say');
  await card(first).getByRole('button', { name: 'Save wording' }).click();
  await expect(card(first).getByTestId('claim-text')).toHaveText('The event promoted tourism, the organisers say');
  // 4. A claim added by selecting text.
  const phrase = unclaimedSentence(initial);
  const before = await article.cards.count();
  await article.selectTextInArticle(phrase);
  await page.getByTestId('add-claim').click();
  await expect(article.cards).toHaveCount(before + 1);
  const added = (await article.selectedClaimId()) as string;
  await expect(article.cardById(added)).toContainText('Added by hand');
  // 5. Dismissal.
  await article.selectClaimById(second.id);
  await article.setStatusByButton('dismissed');
  await expect(card(second)).toHaveAttribute('data-status', 'dismissed');
  // 6. Deletion, with the Delete button: no question asked, the notice offers Undo.
  await article.selectClaimById(third.id);
  await article.selectedCard.getByRole('button', { name: 'Delete claim' }).click();
  await expect(card(third)).toHaveCount(0);
  await expect(page.getByTestId('notice-success').filter({ hasText: 'Claim deleted' }).getByRole('button', { name: 'Undo' })).toBeVisible();
  expect(await storedClaim(desk, article, third.id)).toBeUndefined();

  const worked = await stored(desk, article);
  expect(worked.claims.find((c) => c.id === first.id)).toMatchObject({
    status: 'verified',
    note: 'Asked the ministry',
    text: 'The event promoted tourism, the organisers say',
  });

  // Undo, newest first; the focus is on no text field.
  const undo = () => page.keyboard.press('Control+z');
  await undo();
  await expect(card(third)).toHaveCount(1);
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', third.id);
  expect(await storedClaim(desk, article, third.id)).toEqual(initial.claims.find((c) => c.id === third.id));

  await undo();
  await expect(card(second)).toHaveAttribute('data-status', 'unverified');
  expect((await storedClaim(desk, article, second.id))?.status).toBe('unverified');

  await undo();
  await expect(article.cardById(added)).toHaveCount(0);
  await expect(article.cards).toHaveCount(before);
  expect(await storedClaim(desk, article, added)).toBeUndefined();

  await undo();
  // Its own words again: the quote (with its marked figures and names), no separate "In the article" line.
  await expect(card(first).getByTestId('claim-text')).not.toContainText('organisers say');
  await expect(card(first).getByTestId('claim-quote')).toHaveCount(0);
  expect((await storedClaim(desk, article, first.id))?.text).toBe(first.text);

  await undo();
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', first.id);
  await expect(article.noteInput()).toHaveValue('');
  await expect.poll(async () => (await storedClaim(desk, article, first.id))?.note).toBe('');

  await undo();
  await expect(card(first)).toHaveAttribute('data-status', 'unverified');
  expect((await storedClaim(desk, article, first.id))?.status).toBe('unverified');

  await undo();
  await expect(page.getByTestId('notice-info').filter({ hasText: 'Nothing to undo' })).toBeVisible();

  // Redo, in the order undone.
  const redo = () => page.keyboard.press('Control+Shift+Z');
  await redo();
  await expect(card(first)).toHaveAttribute('data-status', 'verified');
  await redo();
  await expect(article.noteInput()).toHaveValue('Asked the ministry');
  await redo();
  await expect(card(first).getByTestId('claim-text')).toHaveText('The event promoted tourism, the organisers say');
  await redo();
  // The same claim comes back, with its id.
  await expect(article.cardById(added)).toHaveCount(1);
  await redo();
  await expect(card(second)).toHaveAttribute('data-status', 'dismissed');
  await redo();
  await expect(card(third)).toHaveCount(0);

  const redone = await stored(desk, article);
  expect(redone.claims.map((c) => c.id).sort()).toEqual(worked.claims.map((c) => c.id).sort());
  expect(redone.claims.find((c) => c.id === first.id)).toMatchObject({
    status: 'verified',
    note: 'Asked the ministry',
    text: 'The event promoted tourism, the organisers say',
  });
  // Undo and redo are changes like any other: the history has each of them.
  const statuses = redone.claims.find((c) => c.id === first.id)!.history.filter((change) => change.kind === 'status');
  expect(statuses.map((change) => change.kind === 'status' && change.to)).toEqual(['verified', 'unverified', 'verified']);

  // Edit → Undo and Edit → Redo do the same.
  await desk.sendMenuCommand('undo');
  await expect(card(third)).toHaveCount(1);
  expect(await storedClaim(desk, article, third.id)).toBeDefined();
  await desk.sendMenuCommand('redo');
  await expect(card(third)).toHaveCount(0);
  expect(await storedClaim(desk, article, third.id)).toBeUndefined();
});

test('Ctrl+Z in the note field undoes the typing there, not the app; the Edit menu does the same', async ({ library, desk }) => {
  const article = await openAstana(library);
  const claimId = (await article.selectedClaimId()) as string;
  await article.setStatusByButton('verified');
  await expect(article.selectedCard).toHaveAttribute('data-status', 'verified');

  const note = article.noteInput();
  await note.click();
  await note.pressSequentially('First words');
  await note.press('Control+z');
  await expect(note).toHaveValue('');
  await expect(note).toBeFocused();
  await note.pressSequentially('Second try');
  await desk.sendMenuCommand('undo');
  await expect(note).toHaveValue('');
  await desk.sendMenuCommand('redo');
  await expect(note).toHaveValue('Second try');
  await expect(article.selectedCard).toHaveAttribute('data-status', 'verified');
  expect((await storedClaim(desk, article, claimId))?.status).toBe('verified');

  // Outside the field, Ctrl+Z is the app's: the note edit first, then the status.
  await note.press('Escape');
  await expect(article.noteState()).toHaveText('Saved');
  await article.page.keyboard.press('Control+z');
  await expect(note).toHaveValue('');
  await expect.poll(async () => (await storedClaim(desk, article, claimId))?.note).toBe('');
  await article.page.keyboard.press('Control+z');
  await expect(article.selectedCard).toHaveAttribute('data-status', 'unverified');
});

test('undoing from the library opens the article and selects the claim', async ({ library, desk }) => {
  const article = await openAstana(library);
  const claimId = await article.selectClaimAt(2);
  await article.press('3');
  await expect(article.selectedCard).toHaveAttribute('data-status', 'verified');
  const back = await article.back();

  await back.page.keyboard.press('Control+z');
  await article.waitUntilLoaded(SAMPLES.astanaTimes.title);
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', claimId);
  await expect(article.selectedCard).toHaveAttribute('data-status', 'unverified');
  expect((await storedClaim(desk, article, claimId))?.status).toBe('unverified');
});

test('a failed undo says so and stays next; the Delete key and the notice’s Undo work on the selected claim', async ({ library, desk }) => {
  const article = await openAstana(library);
  const page = article.page;
  const claimId = (await article.selectedClaimId()) as string;
  await article.press('3');
  await expect(article.selectedCard).toHaveAttribute('data-status', 'verified');

  desk.failNext('setClaimStatus', { code: 'io', message: 'The disk is full.' });
  await page.keyboard.press('Control+z');
  const failure = page.getByTestId('notice-error').filter({ hasText: 'Couldn’t undo “Mark as Verified”' });
  await expect(failure).toContainText('The disk is full.');
  await expect(failure.getByRole('button', { name: 'Skip this step' })).toBeVisible();
  await expect(article.selectedCard).toHaveAttribute('data-status', 'verified');
  expect((await storedClaim(desk, article, claimId))?.status).toBe('verified');
  await page.keyboard.press('Control+z');
  await expect(article.selectedCard).toHaveAttribute('data-status', 'unverified');
  await expect(page.getByTestId('notice-success').filter({ hasText: 'Undone' })).toContainText('Mark as Verified');
  // Ctrl+Y redoes too.
  await page.keyboard.press('Control+y');
  await expect(article.cardById(claimId)).toHaveAttribute('data-status', 'verified');

  await article.selectClaimById(claimId);
  const count = await article.cards.count();
  await article.press('Delete');
  await expect(article.cardById(claimId)).toHaveCount(0);
  await expect(article.cards).toHaveCount(count - 1);
  // The selection moves on to the next claim.
  await expect(article.selectedCard).toHaveCount(1);
  await page.getByTestId('notice-success').filter({ hasText: 'Claim deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(article.cardById(claimId)).toHaveAttribute('data-status', 'verified');
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', claimId);
  expect((await storedClaim(desk, article, claimId))?.status).toBe('verified');
});
