// A claim's history says who changed what: the name set in Preferences signs each change made after it.
import { expect, test } from './fixtures/factdesk';
import { SAMPLES, samplePath } from './fixtures/paths';
import { PreferencesDialog } from './pages/preferences-dialog';

test('changes made after a name is set in Preferences show that name in the claim’s history', async ({ library }) => {
  await library.importFromDialog([samplePath('astanaTimes')]);
  const preferences = new PreferencesDialog(library.page);
  await preferences.openFromLibrary();
  await preferences.userName.fill('  Aigerim   Nurlanovna ');
  await preferences.save();

  const article = await library.open(SAMPLES.astanaTimes.title);
  await article.setStatusByButton('verified');
  const card = article.selectedCard;
  const history = card.locator('details.history');
  await history.locator('summary').click();
  await expect(history.getByRole('listitem').first()).toContainText('Verified · Aigerim Nurlanovna');
  // Detection's own entry is Factdesk's, never signed.
  await expect(history.getByRole('listitem').last()).toHaveText(/Found by claim detection/);
  await expect(history.getByRole('listitem').last()).not.toContainText('Aigerim');

  // The name is kept: the dialog shows it tidied when opened again.
  await article.back();
  await preferences.openFromLibrary();
  await expect(preferences.userName).toHaveValue('Aigerim Nurlanovna');
});
