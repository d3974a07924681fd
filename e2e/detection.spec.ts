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

  // New imports use it: an article imported now has as many claims as it would flag at 0.90. (It is in the
  // library already: kept as a second copy.)
  desk.host.filesToImport = [samplePath('chinaDaily')];
  await restarted.header.getByRole('button', { name: 'Import files…' }).click();
  await restarted.imports.choose(SAMPLES.chinaDaily.title, 'Keep both');
  await expect(restarted.rows).toHaveCount(5);
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

test('a wording being typed and a source being added keep their claims through Save and re-run', async ({ library, desk }) => {
  await desk.call('setPreferences', { claimThreshold: 0.05 });
  await library.importFromDialog([samplePath('chinaDaily')]);
  const article = await library.open(SAMPLES.chinaDaily.title);
  const articleId = await article.articleId();
  // Untouched claims that 0.95 would remove (detection flags a sentence when it scores at least that).
  const goners = (await desk.call('getArticle', { articleId })).claims.filter((claim) => claim.score < 0.95);
  expect(goners.length).toBeGreaterThan(2);
  const [reworded, sourced, untouched] = goners;
  const wording = 'The centre is the first of its kind, the ambassador said.';
  await article.typeWordingOf(reworded!.id, wording);
  await article.typeSourceTitleOf(sourced!.id, 'Embassy press release');

  await desk.sendMenuCommand('open-preferences');
  const preferences = new PreferencesDialog(article.page);
  await preferences.waitUntilOpen();
  await preferences.setThreshold(0.95);
  await preferences.saveAndRedetect();
  const notice = article.page.getByTestId('notice-success').filter({ hasText: 'Claim detection re-run on 1 article' });
  await expect(notice).toContainText('The 2 claims you worked on were kept as they were.');

  // Both claims are still there, their forms open with the text as typed; an untouched one went.
  await expect(article.cardById(untouched!.id)).toHaveCount(0);
  await expect(article.selectedCard).toHaveAttribute('data-claim-id', sourced!.id);
  await expect(article.selectedCard.getByRole('form', { name: 'Add a source' }).getByRole('textbox', { name: 'Title' })).toHaveValue(
    'Embassy press release',
  );
  await article.selectClaimById(reworded!.id);
  const editor = article.cardById(reworded!.id).getByTestId('claim-text-input');
  await expect(editor).toHaveValue(wording);
  // Nothing was saved for the user; the draft saves when they say so.
  expect((await desk.call('getArticle', { articleId })).claims.find((claim) => claim.id === reworded!.id)?.text).toBe(reworded!.quote);
  await editor.press('Enter');
  await expect(article.cardById(reworded!.id).getByTestId('claim-text')).toHaveText(wording);
  expect((await desk.call('getArticle', { articleId })).claims.find((claim) => claim.id === reworded!.id)?.text).toBe(wording);
});

test('Save and re-run waits for a re-run of one article in progress, then re-runs all', async ({ library, desk }) => {
  await desk.call('setPreferences', { claimThreshold: 0.95 });
  await library.importFromDialog([samplePath('chinaDaily'), samplePath('astanaTimes')]);
  const article = await library.open(SAMPLES.chinaDaily.title);
  const single = desk.holdNext('redetectClaims');
  await article.redetectButton.click();
  await single.started;

  await desk.sendMenuCommand('open-preferences');
  const preferences = new PreferencesDialog(article.page);
  await preferences.waitUntilOpen();
  await preferences.setThreshold(0.05);
  await preferences.startSaveAndRedetect();
  // It waits its turn, saying so, rather than closing without re-running.
  await expect(preferences.dialog.getByRole('button', { name: 'Re-running detection…' })).toBeDisabled();
  single.release();
  await expect(preferences.dialog).toBeHidden({ timeout: 30_000 });
  await expect(article.page.getByTestId('notice-success').filter({ hasText: 'Claim detection re-run on 2 articles' })).toBeVisible();
  // Every article now has the claims 0.05 flags.
  for (const summary of await desk.call('listArticles', undefined)) {
    expect(summary.claimCount, summary.title).toBe(countAtThreshold(summary.scoreHistogram, 0.05));
  }
});

test('a re-run of one article whose answer comes after leaving it still says what it did', async ({ library, desk }) => {
  await desk.call('setPreferences', { claimThreshold: 0.05 });
  await library.importFromDialog([samplePath('chinaDaily')]);
  const article = await library.open(SAMPLES.chinaDaily.title);
  await desk.call('setPreferences', { claimThreshold: 0.95 });
  const slow = desk.holdNext('redetectClaims');
  await article.redetectButton.click();
  await slow.started;
  const back = await article.back();
  slow.release();
  const notice = back.successNotice().filter({ hasText: `Claim detection re-run on “${SAMPLES.chinaDaily.title}”` });
  await expect(notice).toContainText(/\d+ removed/);
  // The library shows the article's new count.
  const [summary] = await desk.call('listArticles', undefined);
  await expect(back.row(SAMPLES.chinaDaily.title).getByTestId('progress-text')).toHaveText(`0 of ${summary!.claimCount} claims decided`);
});

test('a preferences dialog cancelled while loading stays closed when its values arrive', async ({ library, desk }) => {
  await library.importFromDialog([samplePath('chinaDaily')]);
  // Added behind the page's back: it shows once the dialog's own library load answers.
  await desk.call('importText', { text: 'Late article\n\nExports rose 12 percent to $3.4 billion in 2024, the ministry said.\n', name: null });
  const slow = desk.holdNext('listArticles');
  const preferences = new PreferencesDialog(library.page);
  await library.page.getByRole('banner').getByRole('button', { name: 'Preferences' }).click();
  await slow.started;
  await expect(preferences.dialog).toBeVisible();
  await library.page.keyboard.press('Escape');
  await expect(preferences.dialog).toBeHidden();
  slow.release();
  await expect(library.rows).toHaveCount(2);
  // The late answer set nothing in the closed dialog and moved no focus into it.
  await expect(preferences.value).toHaveCount(0);
  // (The dialog is closed, so its slider is found by id rather than by role.)
  await expect(library.page.locator('#claim-threshold')).toBeDisabled();
  expect(await library.page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('claim-threshold');
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
  // The quote reads as it is, with each part's kind after it for a screen reader (visually hidden).
  const parts = [...claim.checkables].sort((a, b) => a.start - b.start);
  let heard = '';
  let at = 0;
  for (const part of parts) {
    heard += `${claim.quote.slice(at, part.end)} (${part.kind})`;
    at = part.end;
  }
  await expect(card.getByTestId('claim-text')).toHaveText(heard + claim.quote.slice(at));

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
