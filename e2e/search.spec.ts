// Full-text search in the library: claims and article text found by their words, narrowed by status, and a
// result opening its article with the claim selected.
import { expect, test } from './fixtures/factdesk';
import { SAMPLES, samplePath } from './fixtures/paths';
import { ArticlePage } from './pages/article-page';

test('finds a claim by its words, narrows by status, and opens it selected in its article', async ({ library, desk }) => {
  const { page } = library;
  await library.importFromDialog([samplePath('astanaTimes'), samplePath('kazinform')]);
  const summary = (await desk.call('listArticles', undefined)).find((a) => a.title === SAMPLES.astanaTimes.title)!;
  const doc = await desk.call('getArticle', { articleId: summary.id });
  // A claim other than the first (the article opens on the first), marked disputed behind the page's back.
  const claim = doc.claims.at(-1)!;
  await desk.call('setClaimStatus', { articleId: summary.id, claimId: claim.id, status: 'disputed' });
  const word = claim.quote.match(/\p{L}{5,}/gu)!.sort((a, b) => b.length - a.length)[0]!;

  await page.getByRole('searchbox', { name: 'Search the library' }).fill(word);
  const hits = page.getByTestId('search-hit');
  await expect(hits.first()).toBeVisible();
  await expect(page.locator(`[data-testid="search-hit"][data-claim-id="${claim.id}"]`)).toHaveCount(1);
  await expect(hits.first().locator('mark').first()).toHaveText(new RegExp(word, 'iu'));

  await page.getByLabel('Claim status').selectOption('disputed');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toHaveAttribute('data-claim-id', claim.id);
  await expect(hits.first().getByTestId('status-badge')).toHaveAttribute('data-status', 'disputed');

  // A status no claim has: nothing, said so.
  await page.getByLabel('Claim status').selectOption('misleading');
  await expect(hits).toHaveCount(0);
  await expect(page.getByTestId('search-results')).toContainText('No claim or article text matches');
  await page.getByLabel('Claim status').selectOption('disputed');

  await hits.first().click();
  const article = new ArticlePage(page, desk);
  await article.waitUntilLoaded(SAMPLES.astanaTimes.title);
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', claim.id);
  await expect(article.selectedCard).toBeInViewport();
});
