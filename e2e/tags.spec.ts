// Tags on an article: added and removed in the article's header, offered again on other articles, kept across a
// restart, and a filter of the library's search.
import { expect, test } from './fixtures/factdesk';
import { SAMPLES, samplePath } from './fixtures/paths';

test('tags an article by keyboard, offers the tag on another, and filters the search by it', async ({ library, desk }) => {
  const { page } = library;
  await library.importFromDialog([samplePath('astanaTimes'), samplePath('kazinform')]);
  const article = await library.open(SAMPLES.astanaTimes.title);
  const tagInput = page.getByRole('combobox', { name: 'Add a tag' });
  const tags = page.getByRole('list', { name: 'Tags of this article' }).getByRole('listitem');

  await tagInput.fill('  Trade   2024 ');
  await tagInput.press('Enter');
  await expect(tags).toHaveText(['Trade 2024']);
  await tagInput.fill('Kazakhstan');
  await tagInput.press(',');
  await expect(tags).toHaveText(['Trade 2024', 'Kazakhstan']);
  // The same tag in another case is not added twice; a tag too long is refused with a reason.
  await tagInput.fill('kazakhstan');
  await tagInput.press('Enter');
  await expect(tags).toHaveCount(2);
  await tagInput.fill('x'.repeat(41));
  await tagInput.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'at most 40 characters' })).toBeVisible();
  await expect(tagInput).toHaveAttribute('aria-invalid', 'true');
  await tagInput.fill('');
  const articleId = await article.articleId();
  expect((await desk.call('getArticle', { articleId })).article.tags).toEqual(['Trade 2024', 'Kazakhstan']);

  // Another article is offered the library's tags.
  await article.back();
  await library.open(SAMPLES.kazinform.title);
  await expect(page.locator('datalist#library-tags option')).toHaveCount(2);
  await expect(page.locator('datalist#library-tags option').first()).toHaveAttribute('value', 'Kazakhstan');
  await page.getByRole('button', { name: 'Back to library' }).click();

  // The list shows the tags, and its filter finds an article by one.
  const restarted = await desk.restart();
  const row = restarted.page.locator(`[data-testid="article-row"][data-article-id="${articleId}"]`);
  await expect(row.locator('.tag')).toHaveText(['Trade 2024', 'Kazakhstan']);
  await restarted.page.getByRole('searchbox', { name: 'Search the library' }).fill('trade 2024');
  await expect(restarted.page.getByTestId('article-row')).toHaveCount(1);
  await expect(row).toBeVisible();
  await restarted.page.getByRole('searchbox', { name: 'Search the library' }).fill('');

  // The search's tag filter: only the tagged article's claims.
  await restarted.page.getByLabel('Tag', { exact: true }).selectOption('Trade 2024');
  const hits = restarted.page.getByTestId('search-hit');
  await expect(hits.first()).toBeVisible();
  const shown = await hits.evaluateAll((items) => [...new Set(items.map((item) => item.getAttribute('data-article-id')))]);
  expect(shown).toEqual([articleId]);

  // Removed by its button.
  const again = await restarted.open(SAMPLES.astanaTimes.title);
  await again.page.getByRole('button', { name: 'Remove tag Trade 2024' }).click();
  await expect(again.page.getByRole('list', { name: 'Tags of this article' }).getByRole('listitem')).toHaveText(['Kazakhstan']);
  expect((await desk.call('getArticle', { articleId })).article.tags).toEqual(['Kazakhstan']);
});
