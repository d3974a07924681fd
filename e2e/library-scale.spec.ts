// The library list at a newsroom's scale: 5,000 articles, only the rows in view rendered, and everything the
// list does (scrolling, the filter, keyboard moves, focus coming back from an article) still working.
import { buildArticle } from '../scripts/bench-store';
import { LibraryStore } from '../src/core/library/library-store';
import { createSeededRandom } from '../src/core/seeded-random';
import type { Article } from '../src/shared/model';
import { expect, test } from './fixtures/factdesk';

const ARTICLE_COUNT = 5000;

/**
 * Writes a library of `count` articles (two claims each) into `dataDir` before the app opens it, through the
 * store's batch API. Returns the articles in the list's order: newest import first.
 */
async function fillLibrary(dataDir: string, count: number): Promise<Article[]> {
  const random = createSeededRandom(5000);
  const store = await LibraryStore.open(dataDir, 'write', { isDurable: false });
  const articles: Article[] = [];
  try {
    const BATCH = 250;
    for (let first = 0; first < count; first += BATCH) {
      const docs = Array.from({ length: Math.min(BATCH, count - first) }, (_, offset) => buildArticle(first + offset, 2, random));
      await store.addArticles(docs);
      articles.push(...docs.map((doc) => doc.article));
    }
  } finally {
    await store.close();
  }
  // buildArticle imports article N seven minutes after article N-1.
  return articles.reverse();
}

test('a library of 5,000 articles renders only the rows in view and keeps the list working', async ({ desk }, testInfo) => {
  test.setTimeout(240_000);
  const articles = await fillLibrary(desk.dataDir, ARTICLE_COUNT);
  const library = await desk.open();
  const { page, rows, table, listScroller } = library;
  const article = (rowIndex: number) => articles[rowIndex - 2]!;

  await expect(page.getByRole('heading', { name: `${ARTICLE_COUNT} articles` })).toBeVisible();
  await expect(rows.first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('library-5000.png') });

  // Far fewer rows in the page than articles, yet the table announces all of them, each row in its place.
  const rendered = await library.renderedRowIndexes();
  expect(rendered.length).toBeGreaterThan(5);
  expect(rendered.length).toBeLessThan(40);
  await expect(table).toHaveAttribute('aria-rowcount', String(ARTICLE_COUNT + 1));
  expect(rendered).toEqual(rendered.map((_, at) => 2 + at));
  await expect(rows.first()).toHaveAttribute('data-article-id', article(2).id);

  // One row height, from one CSS variable; the scroll box is as tall as every row, and it is the list that scrolls, not the page.
  const layout = await listScroller.evaluate((scroller) => ({
    rowHeight: getComputedStyle(scroller).getPropertyValue('--row-height'),
    rowHeights: [...scroller.querySelectorAll('tr[data-testid="article-row"]')].map((row) => row.getBoundingClientRect().height),
    headHeight: scroller.querySelector('thead')!.getBoundingClientRect().height,
    scrollHeight: scroller.scrollHeight,
    clientHeight: scroller.clientHeight,
    isPageScrollable: document.scrollingElement!.scrollHeight > window.innerHeight,
    isMainScrollable: document.querySelector('main')!.scrollHeight > document.querySelector('main')!.clientHeight,
  }));
  const rowHeight = parseFloat(layout.rowHeight);
  expect(rowHeight).toBeGreaterThan(40);
  expect(new Set(layout.rowHeights)).toEqual(new Set([rowHeight]));
  expect(layout.scrollHeight).toBe(Math.round(layout.headHeight + ARTICLE_COUNT * rowHeight));
  expect(layout.clientHeight).toBeGreaterThan(5 * rowHeight);
  expect(layout.isPageScrollable).toBe(false);
  expect(layout.isMainScrollable).toBe(false);

  // The middle: the rows in view are the ones at that depth of the list.
  await library.scrollListTo(2500 * rowHeight);
  await expect(library.rowAt(2502)).toBeInViewport();
  await expect(library.rowAt(2502)).toHaveAttribute('data-article-id', article(2502).id);
  await expect(library.rowAt(2)).toHaveCount(0);
  expect((await library.renderedRowIndexes()).length).toBeLessThan(40);

  // The end: the last article.
  await library.scrollListTo('end');
  const last = library.row(article(ARTICLE_COUNT + 1).title);
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-rowindex', String(ARTICLE_COUNT + 1));
  await expect(last).toHaveAttribute('data-article-id', article(ARTICLE_COUNT + 1).id);
  await page.screenshot({ path: testInfo.outputPath('library-5000-end.png') });

  // The filter, by the title of an article far down: its row, at the top of a short list.
  const wanted = article(3210);
  await library.filterField.fill(wanted.title);
  await expect(library.row(wanted.title)).toBeInViewport();
  await expect(table).toHaveAttribute('aria-rowcount', String((await rows.count()) + 1));
  expect(await rows.count()).toBeLessThan(5);
  await library.filterField.fill('no title has this in it');
  await expect(page.getByText('No article matches “no title has this in it”.')).toBeVisible();
  await expect(rows).toHaveCount(0);
  await library.filterField.fill('');
  await expect(table).toHaveAttribute('aria-rowcount', String(ARTICLE_COUNT + 1));
  await expect(library.rowAt(2)).toBeInViewport();

  // Keyboard: the arrows walk down past the rows that were rendered, each row scrolled in as it is reached.
  const firstWindow = await library.renderedRowIndexes();
  expect(firstWindow).not.toContain(32);
  await library.rowAt(2).locator('button.open').focus();
  for (let step = 0; step < 30; step += 1) await page.keyboard.press('ArrowDown');
  await expect(library.focusedRow()).toHaveAttribute('aria-rowindex', '32');
  await expect(library.rowAt(32).getByRole('button', { name: article(32).title, exact: true })).toBeFocused();
  await expect(library.rowAt(32)).toBeInViewport({ ratio: 1 });

  // Page Down moves by the rows the list shows at once; End and Home go to the ends; Up goes back one.
  const rowsPerPage = Math.floor((layout.clientHeight - layout.headHeight) / rowHeight);
  await page.keyboard.press('PageDown');
  await expect(library.focusedRow()).toHaveAttribute('aria-rowindex', String(32 + rowsPerPage));
  await page.keyboard.press('End');
  await expect(library.focusedRow()).toHaveAttribute('aria-rowindex', String(ARTICLE_COUNT + 1));
  await expect(library.rowAt(ARTICLE_COUNT + 1)).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('ArrowUp');
  await expect(library.focusedRow()).toHaveAttribute('aria-rowindex', String(ARTICLE_COUNT));
  await page.keyboard.press('Home');
  await expect(library.focusedRow()).toHaveAttribute('aria-rowindex', '2');
  await expect(library.rowAt(2)).toBeInViewport({ ratio: 1 });

  // Tab from the last row rendered: the browser scrolls it in, the next row renders, and Tab reaches it.
  const lastRendered = Math.max(...(await library.renderedRowIndexes()));
  await library.rowAt(lastRendered).getByRole('button', { name: `Delete “${article(lastRendered).title}”` }).focus();
  await expect(library.rowAt(lastRendered + 1)).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(library.rowAt(lastRendered + 1).getByRole('button', { name: article(lastRendered + 1).title, exact: true })).toBeFocused();

  // On a Delete button, the arrows go to the next row's Delete button.
  await page.keyboard.press('Home');
  await library.rowAt(2).getByRole('button', { name: `Delete “${article(2).title}”` }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(library.rowAt(3).getByRole('button', { name: `Delete “${article(3).title}”` })).toBeFocused();

  // Scrolled far away from the focused row, the focus stays on it, and the next arrow carries on from it.
  await library.scrollListTo(4000 * rowHeight);
  await expect(library.rowAt(4002)).toBeInViewport();
  await expect(library.rowAt(3).getByRole('button', { name: `Delete “${article(3).title}”` })).toBeFocused();
  expect((await library.renderedRowIndexes()).length).toBeLessThan(41);
  await page.keyboard.press('ArrowDown');
  await expect(library.rowAt(4).getByRole('button', { name: `Delete “${article(4).title}”` })).toBeFocused();
  await expect(library.rowAt(4)).toBeInViewport({ ratio: 1 });

  // An article far down, opened and closed: the list comes back where it was, the focus on that article's row.
  const far = article(4321);
  await library.scrollListTo(4315 * rowHeight);
  const opened = await library.open(far.title);
  const back = await opened.back();
  const farRow = back.row(far.title);
  await expect(farRow.getByRole('button', { name: far.title, exact: true })).toBeFocused();
  await expect(farRow).toHaveAttribute('aria-rowindex', '4321');
  await expect(farRow).toBeInViewport({ ratio: 1 });
  expect((await back.renderedRowIndexes()).length).toBeLessThan(40);
});
