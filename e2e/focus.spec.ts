// Where keyboard focus goes when the screen or a part of it changes, and how notices are announced.
import { expect, test } from './fixtures/factdesk';
import { SAMPLES, samplePath } from './fixtures/paths';

test('opening an article focuses its title; Back focuses its row; deleting focuses the next row', async ({ library }) => {
  await library.importFromDialog([samplePath('astanaTimes'), samplePath('chinaDaily'), samplePath('kazinform')]);
  const article = await library.open(SAMPLES.chinaDaily.title);
  await expect(article.title).toBeFocused();

  const back = await article.back();
  const row = back.row(SAMPLES.chinaDaily.title);
  await expect(row.getByRole('button', { name: SAMPLES.chinaDaily.title, exact: true })).toBeFocused();

  const order = await back.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-article-id')));
  const index = order.indexOf(await row.getAttribute('data-article-id'));
  const nextId = order[index + 1] ?? order[index - 1];
  await row.getByRole('button', { name: `Delete “${SAMPLES.chinaDaily.title}”` }).click();
  await back.page.getByRole('dialog', { name: 'Delete this article?' }).getByRole('button', { name: 'Delete article' }).click();
  await expect(back.rows).toHaveCount(2);
  await expect(back.page.locator(`tr[data-article-id="${nextId}"] button.open`)).toBeFocused();
});

test('saving or cancelling the wording, and adding or removing a source, return focus to the opening button', async ({ library }) => {
  await library.importFromDialog([samplePath('chinaDaily')]);
  const article = await library.open(SAMPLES.chinaDaily.title);
  const card = article.selectedCard;
  const edit = card.getByRole('button', { name: 'Edit wording' });
  await edit.click();
  await card.getByTestId('claim-text-input').press('Escape');
  await expect(edit).toBeFocused();
  await edit.click();
  await card.getByTestId('claim-text-input').fill('Tokayev opened a cultural centre in Beijing.');
  await card.getByTestId('claim-text-input').press('Enter');
  await expect(card.getByTestId('claim-text')).toHaveText('Tokayev opened a cultural centre in Beijing.');
  await expect(edit).toBeFocused();

  const add = card.getByRole('button', { name: 'Add source' });
  await add.click();
  const form = card.getByRole('form', { name: 'Add a source' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Xinhua report');
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(card.getByTestId('source')).toHaveCount(1);
  await expect(add).toBeFocused();
  await card.getByRole('button', { name: 'Remove source “Xinhua report”' }).click();
  await expect(card.getByTestId('source')).toHaveCount(0);
  await expect(add).toBeFocused();
});

test('notices live in a permanent polite region, and a confirmation stays while the pointer is on it', async ({ library, desk }) => {
  const region = library.page.getByRole('region', { name: 'Notifications' });
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(library.page.locator('[role="status"][aria-live="polite"]')).toHaveCount(1);

  await library.page.clock.install();
  desk.host.filesToImport = [samplePath('astanaTimes')];
  await library.header.getByRole('button', { name: 'Import files…' }).click();
  const success = library.successNotice();
  await expect(success).toBeVisible();
  await success.hover();
  await library.page.clock.runFor(10_000);
  await expect(success).toBeVisible();
  await library.page.mouse.move(5, 5);
  await library.page.clock.runFor(7_000);
  await expect(success).toHaveCount(0);
});
