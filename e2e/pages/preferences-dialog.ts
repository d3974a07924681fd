// The Preferences dialog: the claim sensitivity slider and the live count of flagged sentences per article.
import { expect, type Locator, type Page } from '@playwright/test';
import { CLAIM_THRESHOLD_MIN, CLAIM_THRESHOLD_STEP } from '../../src/shared/preferences';

export class PreferencesDialog {
  readonly dialog: Locator;
  readonly slider: Locator;
  readonly value: Locator;
  readonly rows: Locator;
  readonly total: Locator;
  readonly userName: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Preferences' });
    this.slider = this.dialog.getByRole('slider', { name: 'Claim sensitivity' });
    this.value = this.dialog.getByTestId('threshold-value');
    this.rows = this.dialog.getByTestId('threshold-row');
    this.total = this.dialog.getByTestId('flag-total');
    this.userName = this.dialog.getByRole('textbox', { name: 'Your name' });
  }

  /** Opens it from the library's header button. */
  async openFromLibrary(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Preferences' }).click();
    await this.waitUntilOpen();
  }

  async waitUntilOpen(): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await expect(this.slider).toBeEnabled();
    await expect(this.slider).toBeFocused();
  }

  /** Moves the slider with the keyboard, as a user does: Home, then one arrow press per step. */
  async setThreshold(threshold: number): Promise<void> {
    await this.slider.focus();
    await this.slider.press('Home');
    const steps = Math.round((threshold - CLAIM_THRESHOLD_MIN) / CLAIM_THRESHOLD_STEP);
    for (let i = 0; i < steps; i += 1) await this.slider.press('ArrowRight');
    await expect(this.value).toContainText(threshold.toFixed(2));
  }

  row(articleId: string): Locator {
    return this.dialog.locator(`[data-testid="threshold-row"][data-row-id="${articleId}"]`);
  }

  async wouldFlag(articleId: string): Promise<number> {
    return Number(await this.row(articleId).getByTestId('would-flag').textContent());
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  async saveAndRedetect(): Promise<void> {
    await this.startSaveAndRedetect();
    await expect(this.dialog).toBeHidden({ timeout: 30_000 });
  }

  /** Clicks "Save and re-run…" without waiting for it to finish. */
  async startSaveAndRedetect(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save and re-run detection on all articles' }).click();
  }
}
