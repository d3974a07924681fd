// Claim detection a fact-checker can trust: the sensitivity in Preferences with live counts, re-running
// detection without losing work, checkable parts marked in claims, and the reasons a claim was flagged.
import { countAtThreshold } from '../src/shared/model';
import { expect, test } from './fixtures/factdesk';
import { ALL_SAMPLE_PATHS, SAMPLES, samplePath } from './fixtures/paths';
import { PreferencesDialog } from './pages/preferences-dialog';

test('the sensitivity slider counts flagged sentences per article live; a saved value survives a restart', async ({ library, desk }) => {
  await library.importFromDialog(ALL_SAMPLE_PATHS);
  const summaries = await desk.call('listArticles', undefined);
  const initial = (await desk.call('getPreferences', undefined)).claimThreshold;
  const preferences = new PreferencesDialog(library.page);
  await preferences.openFromLibrary();

  await expect(preferences.rows).toHaveCount(4);
  await expect(preferences.value).toContainText(initial.toFixed(2));
  for (const summary of summaries) {
    await expect(preferences.row(summary.id).getByTestId('claims-now')).toHaveText(String(summary.claimCount));
  }

  for (const threshold of [0.05, 0.95, 0.35]) {
    await preferences.setThreshold(threshold);
    for (const summary of summaries) {
      await expect(preferences.row(summary.id).getByTestId('would-flag')).toHaveText(String(countAtThreshold(summary.scoreHistogram, threshold)));
    }
    const total = summaries.reduce((sum, summary) => sum + countAtThreshold(summary.scoreHistogram, threshold), 0);
    await expect(preferences.total).toContainText(`At ${threshold.toFixed(2)}, ${total} sentences would be flagged in 4 articles`);
  }
  await preferences.setThreshold(0.05);
  await expect(preferences.value).toContainText('More claims, more noise');
  await preferences.setThreshold(0.95);
  await expect(preferences.value).toContainText('Fewer, surer claims');
  const atHigh = await preferences.wouldFlag(summaries[0]!.id);
  await preferences.setThreshold(0.05);
  expect(await preferences.wouldFlag(summaries[0]!.id)).toBeGreaterThan(atHigh);

  // Escape leaves without saving.
  await library.page.keyboard.press('Escape');
  await expect(preferences.dialog).toBeHidden();
  expect((await desk.call('getPreferences', undefined)).claimThreshold).toBe(initial);

  await preferences.openFromLibrary();
  await expect(preferences.value).toContainText(initial.toFixed(2));
  await preferences.setThreshold(0.9);
  await preferences.save();
  await expect(library.successNotice().filter({ hasText: 'Preferences saved' })).toBeVisible();

  const restarted = await desk.restart();
  const again = new PreferencesDialog(restarted.page);
  await again.openFromLibrary();
  await expect(again.value).toContainText('0.90');
  await expect(again.slider).toHaveValue('0.9');
  await again.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(again.dialog).toBeHidden();

  // New imports use it: an article imported now has as many claims as it would flag at 0.90.
  await restarted.importFromDialog([samplePath('chinaDaily')]);
  const imported = (await desk.call('listArticles', undefined)).find((summary) => !summaries.some((old) => old.id === summary.id))!;
  expect(imported.claimCount).toBe(countAtThreshold(imported.scoreHistogram, 0.9));
});

test('re-running detection keeps a verified claim with its note, while untouched claims change', async ({ library, desk }) => {
  await desk.call('setPreferences', { claimThreshold: 0.05 });
  await library.importFromDialog([samplePath('chinaDaily')]);
  const article = await library.open(SAMPLES.chinaDaily.title);
  const before = await article.cards.count();
  const verifiedId = await article.selectClaimAt(2);
  await article.press('3');
  await expect(article.cardById(verifiedId)).toHaveAttribute('data-status', 'verified');
  const note = 'Matches the ministry’s 2024 yearbook, table 4.';
  await article.noteInput().fill(note);
  await expect(article.noteState()).toHaveText('Saved');
  const untouchedIds = (await article.cards.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-claim-id')))).filter(
    (id) => id !== verifiedId,
  );

  // Fewer claims: the untouched ones below the new threshold go, the verified one stays with its note.
  await desk.call('setPreferences', { claimThreshold: 0.95 });
  await article.page.getByRole('button', { name: 'Re-run detection' }).click();
  const notice = article.page.getByTestId('notice-success').filter({ hasText: 'Claim detection re-run' });
  await expect(notice).toContainText('The claim you worked on was kept as it was.');
  await expect(notice).toContainText(/\d+ removed/);
  const afterIds = await article.cards.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-claim-id')));
  expect(afterIds.length).toBeLessThan(before);
  expect(afterIds).toContain(verifiedId);
  expect(untouchedIds.filter((id) => !afterIds.includes(id)).length).toBeGreaterThan(0);
  await expect(article.cardById(verifiedId)).toHaveAttribute('data-status', 'verified');
  await expect(article.progressText).toHaveText(`1 of ${afterIds.length} claims decided`);
  const articleId = await article.articleId();
  const stored = (await desk.call('getArticle', { articleId })).claims.find((claim) => claim.id === verifiedId)!;
  expect(stored).toMatchObject({ status: 'verified', note });

  // More claims again, through Preferences (the menu works from the article too): all articles re-run.
  await desk.sendMenuCommand('open-preferences');
  const preferences = new PreferencesDialog(article.page);
  await preferences.waitUntilOpen();
  await preferences.setThreshold(0.05);
  await preferences.saveAndRedetect();
  await expect(article.page.getByTestId('notice-success').filter({ hasText: 'Claim detection re-run on 1 article' })).toBeVisible();
  await expect(article.cards).toHaveCount(before);
  await expect(article.cardById(verifiedId)).toHaveAttribute('data-status', 'verified');
  // It stayed selected through both runs, its note in the editor.
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', verifiedId);
  await expect(article.noteInput()).toHaveValue(note);
});

test('checkable parts are marked in a claim, and the reasons it was flagged are shown on it', async ({ library, desk }) => {
  await library.importFromDialog([samplePath('chinaDaily')]);
  const article = await library.open(SAMPLES.chinaDaily.title);
  const card = article.cards.filter({ hasText: '$43.82 billion' }).first();
  const claimId = (await card.getAttribute('data-claim-id')) as string;
  const claim = (await desk.call('getArticle', { articleId: await article.articleId() })).claims.find((c) => c.id === claimId)!;

  // Each checkable part the claim has is marked, by kind, as text.
  const marks = card.getByTestId('claim-text').getByTestId('checkable');
  await expect(marks).toHaveCount(claim.checkables.length);
  expect(claim.checkables.length).toBeGreaterThan(0);
  await expect(marks.filter({ hasText: '43.82' })).toHaveAttribute('data-kind', 'figure');
  await expect(marks.first()).toBeVisible();
  await expect(card.getByTestId('claim-text')).toHaveText(claim.quote);

  // The top reasons show on the card; the rest are under "More reasons".
  const reasons = card.getByTestId('claim-reason');
  await expect(reasons).toHaveCount(Math.min(3, claim.reasons.length));
  await expect(reasons.first()).toHaveText(claim.reasons[0]!);
  await expect(reasons.first()).toBeVisible();

  // Reworded, the claim shows as typed; the marks stay on the article's quote.
  await card.locator(':scope > button').click();
  await card.getByRole('button', { name: 'Edit wording' }).click();
  await card.getByTestId('claim-text-input').fill('Trade with China reached $43.82 billion in 2024.');
  await card.getByTestId('claim-text-input').press('Enter');
  await expect(card.getByTestId('claim-text')).toHaveText('Trade with China reached $43.82 billion in 2024.');
  await expect(card.getByTestId('claim-text').getByTestId('checkable')).toHaveCount(0);
  await expect(card.getByTestId('claim-quote').getByTestId('checkable')).toHaveCount(claim.checkables.length);
});
