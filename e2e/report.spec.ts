// Exporting the report PDF from the article view; its text is read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from './fixtures/factdesk';
import { SAMPLES, samplePath } from './fixtures/paths';

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

test('exports a report PDF with the title, the statuses and the note, and says where it was saved', async ({
  library,
  desk,
}) => {
  await library.importFromDialog([samplePath('chinaDaily')]);
  const article = await library.open(SAMPLES.chinaDaily.title);

  await article.press('3');
  const note = 'Customs figure matches the GACC yearly table.';
  await article.noteInput().fill(note);
  await expect(article.noteState()).toHaveText('Saved');
  await article.noteInput().press('Escape');
  await article.press('j');
  await article.press('5');
  await expect(article.selectedCard).toHaveAttribute('data-status', 'false');

  await article.header.getByRole('button', { name: 'Export report' }).click();
  const saved = article.page.getByTestId('notice-success').filter({ hasText: 'Report saved' });
  await expect(saved).toBeVisible({ timeout: 30_000 });
  const path = (await saved.getByTestId('report-path').textContent()) ?? '';
  expect(path).toBe(desk.host.savedReports[0]);
  expect(existsSync(path)).toBe(true);
  await expect(article.page.getByText(`Last report: ${path}`)).toBeVisible();

  const text = pdfText(path).replace(/\s+/g, ' ');
  expect(text).toContain('Kazakhstan, China deepen cultural cooperation');
  expect(text).toContain('Verified');
  expect(text).toContain('False');
  expect(text).toContain(note);
});

test('a cancelled save dialog writes nothing and shows no error', async ({ library, desk }) => {
  await library.importFromDialog([samplePath('astanaTimes')]);
  const article = await library.open(SAMPLES.astanaTimes.title);
  desk.host.isSaveCancelled = true;
  await article.header.getByRole('button', { name: 'Export report' }).click();
  // Only once the app has asked and finished can "nothing happened" be checked.
  await expect.poll(() => desk.host.dialogCalls).toContain('save');
  await expect(article.page.getByTestId('busy')).toHaveCount(0);
  await expect(article.header.getByRole('button', { name: 'Export report' })).toBeEnabled();
  expect(desk.host.savedReports).toEqual([]);
  await expect(article.page.getByTestId('notice-success')).toHaveCount(0);
  await expect(article.page.getByTestId('notice-error')).toHaveCount(0);
});
