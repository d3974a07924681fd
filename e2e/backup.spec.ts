// Backing up the library (File → Back Up Library…, or the library's button) and restoring it into an empty
// library (File → Restore Library…, or the empty library's link), through the test host's dialogs.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { expect, test } from './fixtures/factdesk';
import { SAMPLES, samplePath } from './fixtures/paths';

/** The backup's text without the two lines that may differ between backups of the same library. */
const withoutTimestamps = (text: string) =>
  text.replace(/\n {2}"createdAt": "[^"]*",\n/, '\n').replace(/\n {2}"app": \{\n {4}"version": "[^"]*"\n {2}\},\n/, '\n');

test('backs up from the File menu, restores into an empty library from the File menu, and backs up the same file again', async ({
  library,
  desk,
}) => {
  await library.importFromDialog([samplePath('chinaDaily'), samplePath('newsAgencies')]);
  const [summary] = await desk.call('listArticles', undefined);
  const doc = await desk.call('getArticle', { articleId: summary!.id });
  const claimId = doc.claims[0]!.id;
  await desk.call('setClaimStatus', { articleId: summary!.id, claimId, status: 'disputed' });
  await desk.call('setClaimNote', { articleId: summary!.id, claimId, note: 'Two sources disagree.' });
  const worked = await desk.call('getArticle', { articleId: summary!.id });

  // Restore is refused politely while the library has articles, before any dialog.
  await desk.sendMenuCommand('restore-library');
  await expect(library.page.getByTestId('notice-info').filter({ hasText: 'Restore needs an empty library' })).toContainText('This library has 2 articles');
  expect(desk.host.dialogCalls).not.toContain('open-backup');

  await desk.sendMenuCommand('backup-library');
  const saved = library.successNotice().filter({ hasText: '2 articles backed up' });
  await expect(saved).toBeVisible();
  const path = desk.host.savedBackups[0]!;
  expect(basename(path)).toMatch(/^factdesk-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(saved.getByTestId('report-path')).toHaveText(path);
  const first = await readFile(path, 'utf8');
  expect(JSON.parse(first).articles).toHaveLength(2);

  for (const { id } of await desk.call('listArticles', undefined)) await desk.call('deleteArticle', { articleId: id });
  const empty = await desk.restart();
  await expect(empty.emptyState).toBeVisible();
  desk.host.backupToRestore = path;
  await desk.sendMenuCommand('restore-library');
  await expect(empty.successNotice().filter({ hasText: '2 articles restored' })).toContainText(`From ${path}`);
  await expect(empty.rows).toHaveCount(2);
  await expect(empty.row(SAMPLES.newsAgencies.title)).toBeVisible();
  const restored = await desk.call('getArticle', { articleId: summary!.id });
  expect(restored).toEqual(worked);
  expect(restored.claims.find((claim) => claim.id === claimId)).toMatchObject({ status: 'disputed', note: 'Two sources disagree.' });

  // The library's own button backs up again: the same file, apart from when it was made.
  desk.host.backupPath = join(desk.host.reportDir, 'again.json');
  await empty.page.getByRole('button', { name: 'Back up library…' }).click();
  await expect(empty.successNotice().filter({ hasText: '2 articles backed up' })).toBeVisible();
  expect(withoutTimestamps(await readFile(desk.host.backupPath, 'utf8'))).toBe(withoutTimestamps(first));
});

test('the empty library restores a backup from its link; a damaged file is refused with its reason, a cancelled dialog does nothing', async ({
  library,
  desk,
}) => {
  await library.importFromDialog([samplePath('astanaTimes')]);
  desk.host.backupPath = join(desk.host.reportDir, 'backup.json');
  await library.page.getByRole('button', { name: 'Back up library…' }).click();
  await expect(library.successNotice().filter({ hasText: '1 article backed up' })).toBeVisible();
  const text = await readFile(desk.host.backupPath, 'utf8');
  const [only] = await desk.call('listArticles', undefined);
  await desk.call('deleteArticle', { articleId: only!.id });
  const empty = await desk.restart();
  const restoreLink = empty.emptyState.getByRole('button', { name: 'Restore from a backup…' });

  desk.host.backupToRestore = null;
  await restoreLink.click();
  await expect.poll(() => desk.host.dialogCalls).toContain('open-backup');
  await expect(empty.page.getByTestId('busy')).toHaveCount(0);
  await expect(empty.page.getByTestId('notice-error')).toHaveCount(0);
  await expect(empty.successNotice()).toHaveCount(0);

  const damaged = join(desk.host.reportDir, 'damaged.json');
  await writeFile(damaged, text.slice(0, Math.floor(text.length / 2)));
  desk.host.backupToRestore = damaged;
  await restoreLink.click();
  const error = empty.errorNotice().filter({ hasText: 'Couldn’t restore the library' });
  await expect(error).toContainText('“damaged.json” is damaged or cut short (it is not complete JSON). Nothing was restored.');
  await expect(empty.emptyState).toBeVisible();
  expect(await desk.call('listArticles', undefined)).toEqual([]);

  desk.host.backupToRestore = desk.host.backupPath;
  await restoreLink.click();
  await expect(empty.row(SAMPLES.astanaTimes.title)).toBeVisible();
  await expect(empty.successNotice().filter({ hasText: '1 article restored' })).toBeVisible();
  await expect(error).toHaveCount(0);
});
