// Contrast of status colours, names of controls, visible keyboard focus, text rendered as text.
import type { Page } from '@playwright/test';
import { buildHtmlPage, WHEAT as WHEAT_PAGE, type HtmlArticle } from './fixtures/article-files';
import { expect, test } from './fixtures/factdesk';
import { SAMPLES, samplePath } from './fixtures/paths';

/** The shared page, 2 paragraphs of it. */
const WHEAT: HtmlArticle = { ...WHEAT_PAGE, paragraphs: WHEAT_PAGE.paragraphs.slice(0, 2) };

/** Contrast ratios (WCAG 2) of the text in every element matching `selector` against its own background. */
async function contrasts(page: Page, selector: string): Promise<{ text: string; ratio: number }[]> {
  return page.locator(selector).evaluateAll((elements) => {
    const parse = (value: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const backgroundOf = (element: Element | null): { r: number; g: number; b: number } => {
      for (let node = element; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour.a > 0.5) return colour;
      }
      return { r: 255, g: 255, b: 255 };
    };
    return elements.map((element) => {
      const fg = luminance(parse(getComputedStyle(element).color));
      const bg = luminance(backgroundOf(element));
      return {
        text: element.textContent?.trim() ?? '',
        ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05),
      };
    });
  });
}

test('status colours meet WCAG AA contrast in badges, buttons and keycaps', async ({ library }) => {
  await library.importFromDialog([samplePath('kazinform')]);
  const article = await library.open(SAMPLES.kazinform.title);
  // One claim in each status, so every badge colour is on screen.
  for (const key of ['1', '2', '3', '4', '5', '6', '7', '8']) {
    await article.press(key);
    await article.press('j');
  }
  await article.press('k');
  const statuses = await article.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-status')));
  expect(new Set(statuses).size).toBe(8);

  const results = [
    ...(await contrasts(article.page, '[data-testid="status-badge"]')),
    ...(await contrasts(article.page, '[role="group"][aria-label="Status"] button .label')),
    ...(await contrasts(article.page, '[role="group"][aria-label="Status"] button kbd')),
    ...(await contrasts(article.page, '[data-testid="excluded-label"] .reason')),
    ...(await contrasts(article.page, '[data-testid="article-text"] .greyed')),
    ...(await contrasts(article.page, '[data-testid="article-text"] mark')),
    ...(await contrasts(article.page, '[data-testid="checkable"]')),
    ...(await contrasts(article.page, '[data-testid="claim-reason"] .feature')),
    ...(await contrasts(article.page, '[data-testid="claim-reason"] .evidence')),
  ];
  // Figures, dates and names are marked in the claims, each kind in its own style.
  const kinds = await article.page.getByTestId('checkable').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-kind')));
  expect(new Set(kinds)).toEqual(new Set(['figure', 'date', 'name']));
  // Not by sight alone: a screen reader hears each part's kind after it, in the name of the claim's button.
  for (const kind of ['figure', 'date', 'name']) {
    const mark = article.page.locator(`[data-testid="checkable"][data-kind="${kind}"]`).first();
    const label = mark.getByTestId('checkable-kind');
    await expect(label).toHaveText(`(${kind})`);
    expect(await label.evaluate((el) => el.getBoundingClientRect().width * el.getBoundingClientRect().height), 'visually hidden').toBeLessThanOrEqual(1);
    const part = await mark.evaluate((el) => el.firstChild?.textContent ?? '');
    const button = article.cards.filter({ has: mark }).first().locator(':scope > button');
    await expect(button).toHaveAccessibleName(new RegExp(`${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(${kind}\\)`));
  }
  expect(results.length).toBeGreaterThan(30);
  const failing = results.filter((r) => r.ratio < 4.5).map((r) => `${r.text.slice(0, 40)}: ${r.ratio.toFixed(2)}`);
  expect(failing, 'text below 4.5:1 contrast').toEqual([]);
});

test('every button has a name, and keyboard focus is visible', async ({ library }) => {
  await library.importFromDialog([samplePath('astanaTimes')]);
  const nameless = async () =>
    library.page.locator('button').evaluateAll((buttons) =>
      buttons
        .filter((b) => !(b.getAttribute('aria-label') || b.textContent?.trim() || b.getAttribute('title')))
        .map((b) => b.outerHTML.slice(0, 80)),
    );
  expect(await nameless()).toEqual([]);

  // From the top of the window, Tab reaches the header's buttons first, each with a visible outline.
  await library.header.click({ position: { x: 400, y: 20 } });
  await library.page.keyboard.press('Tab');
  const focused = library.page.locator(':focus');
  await expect(focused).toHaveAccessibleName('Paste article');
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await library.page.keyboard.press('Tab');
  await expect(focused).toHaveAccessibleName('From web address…');
  await library.page.keyboard.press('Tab');
  await expect(focused).toHaveAccessibleName('Import folder…');
  await library.page.keyboard.press('Tab');
  await expect(focused).toHaveAccessibleName('Import files…');
  await library.page.keyboard.press('Tab');
  await expect(focused).toHaveAccessibleName('Preferences');
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  // Then the library's own: backing it up, beside its count, and the search field, which shows a ring instead.
  await library.page.keyboard.press('Tab');
  await expect(focused).toHaveAccessibleName(/Back up library/);
  await library.page.keyboard.press('Tab');
  await expect(focused).toHaveAttribute('type', 'search');
  await expect.poll(() => focused.evaluate((el) => getComputedStyle(el).boxShadow)).toContain('0px 0px 0px 3px');

  const article = await library.open(SAMPLES.astanaTimes.title);
  expect(await nameless()).toEqual([]);
  await expect(article.page.getByRole('list', { name: 'Claims' })).toBeVisible();
  await expect(article.page.getByRole('progressbar', { name: 'Claims decided' })).toBeVisible();
});

test('article text is rendered as text, never as HTML', async ({ library }) => {
  const hostile = `Markup in a pasted article

<img src=x onerror="document.title='pwned'"> The ministry said <b>42 percent</b> of exports went to China in 2023, up from 30 percent in 2022.
`;
  const article = await library.pasteArticle(hostile);
  await expect(article.text).toContainText(`<img src=x onerror="document.title='pwned'">`);
  await expect(article.text).toContainText('<b>42 percent</b>');
  await expect(article.text.locator('img, b')).toHaveCount(0);
  expect(await article.page.title()).toBe('Factdesk');
});

test('the import summary and the claims not found in a new version name their controls and meet AA contrast', async ({ library, desk }) => {
  const page = (article: HtmlArticle) => Buffer.from(buildHtmlPage(article)).toString('base64');
  const first = await desk.call('importFile', { name: 'wheat.html', contentBase64: page(WHEAT) });
  if (first.kind !== 'imported') throw new Error('expected a new article');
  const articleId = first.summary.id;
  const claim = (await desk.call('getArticle', { articleId })).claims.find((c) => c.quote.includes('11.2 million'))!;
  await desk.call('setClaimStatus', { articleId, claimId: claim.id, status: 'false' });
  await desk.call('setClaimNote', { articleId, claimId: claim.id, note: 'The ministry’s own bulletin says 10.9 Mt.' });
  await library.page.reload();
  await library.waitUntilLoaded();

  const updated: HtmlArticle = { ...WHEAT, paragraphs: ['ASTANA – Exports had their best season in a decade, the ministry said.', ...WHEAT.paragraphs.slice(1)] };
  await library.dropFiles([
    { name: 'wheat-updated.html', content: buildHtmlPage(updated), type: 'text/html' },
    { name: 'notes.png', content: { byteValues: [0x89, 0x50, 0x4e, 0x47] }, type: 'image/png' },
  ]);
  const { imports } = library;
  await imports.waitUntilDone();
  const nameless = () =>
    library.page.locator('button').evaluateAll((buttons) =>
      buttons.filter((b) => !(b.getAttribute('aria-label') || b.textContent?.trim() || b.getAttribute('title'))).map((b) => b.outerHTML.slice(0, 80)),
    );
  expect(await nameless()).toEqual([]);
  await expect(imports.summary).toHaveAccessibleName('Import finished');
  await expect(imports.summary.getByRole('region', { name: 'Import details' })).toHaveAttribute('tabindex', '0');
  const summaryText = await contrasts(library.page, '[data-testid="import-summary"] :is(h2, h3, p, li, span, button)');
  expect(summaryText.length).toBeGreaterThan(10);
  expect(summaryText.filter((r) => r.ratio < 4.5).map((r) => `${r.text.slice(0, 40)}: ${r.ratio.toFixed(2)}`)).toEqual([]);

  await imports.choose(WHEAT.title, 'Replace');
  await imports.close();
  const article = await library.open(WHEAT.title);
  expect(await nameless()).toEqual([]);
  const section = article.page.getByTestId('unplaced-claims');
  await expect(section).toHaveAccessibleName('Not found in the new version (1)');
  await expect(section.getByRole('list', { name: 'Claims not found in the new version' }).getByRole('listitem')).toHaveCount(1);
  const unplacedText = await contrasts(article.page, '[data-testid="unplaced-claims"] :is(p, button, [data-testid="status-badge"])');
  expect(unplacedText.length).toBeGreaterThan(4);
  expect(unplacedText.filter((r) => r.ratio < 4.5).map((r) => `${r.text.slice(0, 40)}: ${r.ratio.toFixed(2)}`)).toEqual([]);
});
