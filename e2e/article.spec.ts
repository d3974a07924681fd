// The article view: excluded lines, statuses by button and key, j/k, selecting claims from the text,
// adding a claim from a selection, editing wording, dismissing, sources.
import type { ArticleDocument } from '../src/shared/model';
import { expect, test } from './fixtures/factdesk';
import { SAMPLES, samplePath, type SampleName } from './fixtures/paths';
import type { LibraryPage } from './pages/library-page';

async function openSample(library: LibraryPage, name: SampleName) {
  await library.importFromDialog([samplePath(name)]);
  return library.open(SAMPLES[name].title);
}

test('page clutter (spam, navigation, footers) is shown greyed as excluded, with its reason', async ({ library }) => {
  const article = await openSample(library, 'chinaDaily');

  await expect(article.excludedLabel('spam')).toHaveCount(1);
  await expect(article.excludedLabel('spam')).toContainText('Excluded · Spam');
  await expect(article.excludedLabel('navigation').first()).toContainText('Excluded · Site navigation');
  await expect(article.excludedLabel('copyright').first()).toContainText('Excluded · Copyright notice');
  await expect(article.excludedLabel('share-buttons').first()).toBeVisible();
  expect(await article.excludedLabels.count()).toBeGreaterThanOrEqual(10);

  const excluded = await article.excludedText();
  expect(excluded).toContain('亚洲91视频');
  expect(excluded).toContain('Home / World / Asia-Pacific');
  expect(excluded).toContain('BACK TO THE TOP');
  expect(excluded).toContain('Copyright 1995');
  expect(excluded).toContain('Registration Number: 130349');

  // The article's own text is not greyed, and no claim comes from the clutter.
  expect(excluded).not.toContain('Kazakh President Kassym-Jomart Tokayev inaugurated');
  await expect(article.cards.filter({ hasText: '亚洲' })).toHaveCount(0);
  await expect(article.cards.filter({ hasText: 'Copyright' })).toHaveCount(0);
  await expect(article.page.getByText(/lines are kept out of claim detection/)).toBeVisible();
});

test('an excluded line can be included, and excluded again; the choice survives a restart', async ({ library, desk }) => {
  let article = await openSample(library, 'chinaDaily');
  const spamRun = article.text.locator('[data-start]', { hasText: '亚洲91视频' });
  await expect(spamRun).toHaveClass(/greyed/);

  await article.excludedLabel('spam').getByRole('button', { name: 'Include: Spam line' }).click();
  await expect(article.excludedLabel('spam')).toContainText('Included · Spam');
  await expect(article.excludedLabel('spam')).toHaveAttribute('data-included', 'true');
  await expect(spamRun).not.toHaveClass(/greyed/);

  const restarted = await desk.restart();
  article = await restarted.open(SAMPLES.chinaDaily.title);
  await expect(article.excludedLabel('spam')).toHaveAttribute('data-included', 'true');

  await article.excludedLabel('spam').getByRole('button', { name: 'Exclude again: Spam line' }).click();
  await expect(article.excludedLabel('spam')).toContainText('Excluded · Spam');
  await expect(article.text.locator('[data-start]', { hasText: '亚洲91视频' })).toHaveClass(/greyed/);
});

test('marks claims by button and by key, and the progress follows', async ({ library }) => {
  const article = await openSample(library, 'astanaTimes');
  const total = await article.cards.count();
  expect(total).toBeGreaterThan(2);
  await expect(article.progressText).toHaveText(`0 of ${total} claims decided`);

  // The first open claim is selected on opening.
  const first = await article.selectedClaimId();
  expect(first).toBe(await article.card(0).getAttribute('data-claim-id'));

  await article.setStatusByButton('verified');
  await expect(article.card(0)).toHaveAttribute('data-status', 'verified');
  await expect(article.card(0).getByTestId('status-badge')).toHaveText('Verified');
  await expect(article.text.locator(`mark[data-claim="${first}"]`).first()).toHaveAttribute('data-status', 'verified');
  await expect(article.progressText).toHaveText(`1 of ${total} claims decided`);

  // Keys 1–8 set the selected claim's status; the key is shown on its button.
  await expect(article.selectedCard.getByRole('button', { name: 'False', exact: true }).locator('kbd')).toHaveText('5');
  await article.press('j');
  await article.press('5');
  await expect(article.card(1)).toHaveAttribute('data-status', 'false');
  await article.press('2');
  await expect(article.card(1)).toHaveAttribute('data-status', 'in-progress');
  await expect(article.progressText).toHaveText(`1 of ${total} claims decided`);
  await article.press('6');
  await expect(article.card(1)).toHaveAttribute('data-status', 'misleading');
  await expect(article.progressText).toHaveText(`2 of ${total} claims decided`);

  // The filters count open and decided claims.
  await article.page.getByRole('button', { name: /^Decided/ }).click();
  await expect(article.cards).toHaveCount(2);
  await article.page.getByRole('button', { name: /^Open/ }).click();
  await expect(article.cards).toHaveCount(total - 2);
  await article.page.getByRole('button', { name: /^All/ }).click();

  const back = await article.back();
  await expect(back.row(SAMPLES.astanaTimes.title).getByTestId('progress-text')).toHaveText(`2 of ${total} claims decided`);
});

test('status keys do nothing while typing in a text field', async ({ library, desk }) => {
  const article = await openSample(library, 'astanaTimes');
  const id = (await article.card(0).getAttribute('data-claim-id')) as string;
  await article.noteInput().click();
  await article.page.keyboard.type('3 sources agree; j k');
  await expect(article.noteInput()).toHaveValue('3 sources agree; j k');
  // Once the note is saved, every key has been handled: none of them changed the status or the selection.
  await expect(article.noteState()).toHaveText('Saved');
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', id);
  await expect(article.card(0)).toHaveAttribute('data-status', 'unverified');
  const doc = await desk.call('getArticle', { articleId: await article.articleId() });
  const stored = doc.claims.find((c) => c.id === id);
  expect(stored?.status).toBe('unverified');
  expect(stored?.note).toBe('3 sources agree; j k');
});

test('j and k move between claims, and the text scrolls to the selected claim', async ({ library }) => {
  const article = await openSample(library, 'kazinform');
  const count = await article.cards.count();
  expect(count).toBeGreaterThan(10);
  const ids = await article.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-claim-id') as string));

  await expect(article.selectedCard).toHaveAttribute('data-claim-id', ids[0] as string);
  await article.press('j');
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', ids[1] as string);
  await article.press('j');
  await article.press('j');
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', ids[3] as string);
  await article.press('k');
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', ids[2] as string);
  const mark = article.text.locator(`mark[data-claims~="${ids[2]}"]`).first();
  await expect(mark).toHaveClass(/selected/);
  await expect(mark).toBeInViewport();

  // Far down the list: the article scrolls to the claim's text.
  for (let i = 2; i < count - 1; i++) await article.press('j');
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', ids[count - 1] as string);
  await article.press('j');
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', ids[count - 1] as string);
  const last = article.text.locator(`mark[data-claims~="${ids[count - 1]}"]`).first();
  await expect(last).toHaveClass(/selected/);
  await expect(last).toBeInViewport();
  await expect(article.cardById(ids[count - 1] as string)).toBeInViewport();
});

test('clicking a claim in the list marks its text; clicking highlighted text selects its claim', async ({ library }) => {
  const article = await openSample(library, 'kazinform');
  const ids = await article.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-claim-id') as string));
  const target = ids[15] as string;

  await article.cardById(target).locator(':scope > button').click();
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', target);
  const mark = article.text.locator(`mark[data-claims~="${target}"]`).first();
  await expect(mark).toHaveClass(/selected/);
  await expect(mark).toBeInViewport();

  const other = ids[2] as string;
  const otherMark = article.text.locator(`mark[data-claims~="${other}"]`).first();
  await otherMark.scrollIntoViewIfNeeded();
  await otherMark.click();
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', other);
  await expect(otherMark).toHaveClass(/selected/);
  await expect(mark).not.toHaveClass(/selected/);
  await expect(article.cardById(other)).toBeInViewport();
});

/** The longest sentence of the article that no claim and no excluded line covers: text to mark by hand, whatever detection flags. */
function unclaimedSentence(doc: ArticleDocument): string {
  const { body, excluded } = doc.article;
  const taken = [...doc.claims, ...excluded.filter((range) => !range.isIncluded)];
  const sentences = [...body.matchAll(/[A-Z][^\n]*?[.!?](?=\s|$)/g)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
  const free = sentences.filter((sentence) => !taken.some((range) => range.start < sentence.end && sentence.start < range.end));
  const longest = free.sort((a, b) => b.text.length - a.text.length)[0];
  expect(longest, 'the article has a sentence that is no claim').toBeDefined();
  return longest!.text;
}

test('adds a claim from a text selection', async ({ library, desk }) => {
  const article = await openSample(library, 'astanaTimes');
  const before = await article.cards.count();
  const phrase = unclaimedSentence(await desk.call('getArticle', { articleId: await article.articleId() }));
  const words = phrase.slice(0, 30);

  await article.selectTextInArticle(phrase);
  const add = article.page.getByTestId('add-claim');
  await expect(add).toBeVisible();
  await add.click();

  await expect(article.cards).toHaveCount(before + 1);
  const card = article.cards.filter({ hasText: words });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Added by hand');
  await expect(card.getByTestId('claim-text')).toHaveText(phrase);
  const id = await card.getAttribute('data-claim-id');
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', id as string);
  await expect(article.text.locator(`mark[data-claims~="${id}"]`)).toHaveText(phrase);
  await expect(add).toBeHidden();

  // It is stored, anchored at the offsets of the selection.
  const doc = await desk.call('getArticle', { articleId: await article.articleId() });
  const stored = doc.claims.find((c) => c.id === id);
  expect(stored?.origin).toBe('manual');
  expect(stored?.quote).toBe(phrase);
  expect(stored?.start).toBe(doc.article.body.indexOf(phrase));
});

test('the keyboard adds a claim from a selection too (A)', async ({ library }) => {
  const article = await openSample(library, 'astanaTimes');
  const before = await article.cards.count();
  await article.selectTextInArticle('Hence began the enduring friendship between two legendary composers from two nations.');
  await expect(article.page.getByTestId('add-claim')).toBeVisible();
  await article.press('a');
  await expect(article.cards).toHaveCount(before + 1);
  await expect(article.selectedCard).toContainText('Hence began the enduring friendship');
});

test('edits a claim’s wording and keeps the article’s quote', async ({ library }) => {
  const article = await openSample(library, 'chinaDaily');
  const card = article.selectedCard;
  const quote = (await card.getByTestId('claim-text').textContent()) ?? '';

  await card.getByRole('button', { name: 'Edit wording' }).click();
  const input = card.getByTestId('claim-text-input');
  await expect(input).toBeFocused();
  await input.fill('   ');
  await card.getByRole('button', { name: 'Save wording' }).click();
  await expect(card.getByRole('alert')).toContainText('A claim needs some text');

  await input.fill('Tokayev opened the Kazakhstan Cultural Center in Beijing on 2 September 2025.');
  await input.press('Enter');
  await expect(card.getByTestId('claim-text')).toHaveText(
    'Tokayev opened the Kazakhstan Cultural Center in Beijing on 2 September 2025.',
  );
  await expect(card).toContainText('In the article');
  await expect(card).toContainText(quote.slice(0, 60));
});

test('dismissing a claim de-emphasises it and takes it out of the count', async ({ library }) => {
  const article = await openSample(library, 'astanaTimes');
  const total = await article.cards.count();
  const id = (await article.selectedClaimId()) as string;
  await article.press('8');
  const card = article.cardById(id);
  await expect(card).toHaveAttribute('data-status', 'dismissed');
  await expect(card).toHaveClass(/dismissed/);
  await expect(card.getByTestId('status-badge')).toHaveText('Not a claim');
  await expect(article.text.locator(`mark[data-claim="${id}"]`).first()).toHaveAttribute('data-status', 'dismissed');
  // A dismissed sentence is not a claim: it leaves the count rather than counting as a verdict.
  await expect(article.progressText).toHaveText(`0 of ${total - 1} claims decided`);
  await article.page.getByRole('button', { name: /^Dismissed/ }).click();
  await expect(article.cards).toHaveCount(1);
  await article.page.getByRole('button', { name: /^All/ }).click();
  const opacity = await card.locator(':scope > button').evaluate((el) => Number(getComputedStyle(el).opacity));
  expect(opacity).toBeLessThan(1);
});

test('adds and removes a source on a claim', async ({ library }) => {
  const article = await openSample(library, 'chinaDaily');
  const card = article.selectedCard;
  await card.getByRole('button', { name: 'Add source' }).click();
  const form = card.getByRole('form', { name: 'Add a source' });
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(form.getByRole('alert')).toContainText('Give the source a link or a title.');

  await form.getByRole('textbox', { name: 'Link' }).fill('https://english.customs.gov.cn/statics/report/preliminary.html');
  await form.getByRole('textbox', { name: 'Title' }).fill('GACC preliminary release 2024');
  await form.getByRole('textbox', { name: 'Note' }).fill('Table 6, Kazakhstan row');
  await form.getByRole('button', { name: 'Add source' }).click();

  const sources = card.getByTestId('source');
  await expect(sources).toHaveCount(1);
  await expect(sources.first()).toContainText('GACC preliminary release 2024');
  await expect(sources.first()).toContainText('english.customs.gov.cn');
  await expect(sources.first()).toContainText('Table 6, Kazakhstan row');
  await expect(form).toBeHidden();

  await card.getByRole('button', { name: 'Remove source “GACC preliminary release 2024”' }).click();
  await expect(sources).toHaveCount(0);
  await expect(card).toContainText('No sources yet.');
});

test('unsaved wording and a half-filled source are still there after looking at another claim', async ({ library }) => {
  const article = await openSample(library, 'chinaDaily');
  const first = (await article.selectedClaimId()) as string;
  const card = article.cardById(first);
  await card.getByRole('button', { name: 'Edit wording' }).click();
  await card.getByTestId('claim-text-input').fill('Reworded, not saved yet');
  await card.getByRole('button', { name: 'Add source' }).click();
  await card.getByRole('form', { name: 'Add a source' }).getByRole('textbox', { name: 'Title' }).fill('Customs table, half done');

  await article.selectClaimAt(1);
  await expect(card.getByTestId('claim-text-input')).toHaveCount(0);
  await article.selectClaimAt(0);
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', first);
  await expect(card.getByTestId('claim-text-input')).toHaveValue('Reworded, not saved yet');
  await expect(card.getByRole('form', { name: 'Add a source' }).getByRole('textbox', { name: 'Title' })).toHaveValue(
    'Customs table, half done',
  );

  await card.getByRole('button', { name: 'Cancel' }).first().click();
  await expect(card.getByTestId('claim-text-input')).toHaveCount(0);
  await article.selectClaimAt(1);
  await article.selectClaimAt(0);
  await expect(card.getByTestId('claim-text-input')).toHaveCount(0);
});
