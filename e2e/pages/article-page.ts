// The article screen: the text with highlighted claims and excluded lines, and the claims list.
import { expect, type Locator, type Page } from '@playwright/test';
import { STATUS_LABELS } from '../../src/shared/labels';
import type { ClaimStatus } from '../../src/shared/model';
import type { FactdeskSession } from '../fixtures/factdesk';
import { LibraryPage } from './library-page';

/** The status buttons' names: the app's labels, except Dismiss, whose button says what it does. */
export const STATUS_BUTTON_LABELS: Record<ClaimStatus, string> = { ...STATUS_LABELS, dismissed: 'Dismiss' };

export class ArticlePage {
  readonly header: Locator;
  readonly title: Locator;
  readonly text: Locator;
  readonly cards: Locator;
  readonly selectedCard: Locator;
  readonly excludedLabels: Locator;
  readonly highlights: Locator;
  readonly progressText: Locator;
  readonly redetectButton: Locator;

  constructor(
    readonly page: Page,
    readonly session: FactdeskSession,
  ) {
    this.header = page.getByRole('banner');
    this.title = this.header.getByRole('heading', { level: 1 });
    this.text = page.getByTestId('article-text');
    this.cards = page.getByTestId('claim-card');
    this.selectedCard = this.cards.filter({ has: page.locator(':scope > button[aria-expanded="true"]') });
    this.excludedLabels = page.getByTestId('excluded-label');
    this.highlights = this.text.locator('mark[data-claim]');
    this.progressText = this.header.getByTestId('progress-text');
    this.redetectButton = page.getByRole('button', { name: 'Re-run detection' });
  }

  async waitUntilLoaded(title?: string): Promise<void> {
    await expect(this.text).toBeVisible();
    if (title) await expect(this.title).toHaveText(title);
  }

  async articleId(): Promise<string> {
    return (await this.page.locator('[data-article-id]').getAttribute('data-article-id')) as string;
  }

  card(index: number): Locator {
    return this.cards.nth(index);
  }

  cardById(claimId: string): Locator {
    return this.page.locator(`[data-testid="claim-card"][data-claim-id="${claimId}"]`);
  }

  async selectedClaimId(): Promise<string | null> {
    if ((await this.selectedCard.count()) === 0) return null;
    return this.selectedCard.getAttribute('data-claim-id');
  }

  excludedLabel(reason: string): Locator {
    return this.page.locator(`[data-testid="excluded-label"][data-reason="${reason}"]`);
  }

  /** The text runs kept out of claim detection (greyed), joined. */
  async excludedText(): Promise<string> {
    return (await this.text.locator('.greyed').allTextContents()).join('');
  }

  async selectClaimAt(index: number): Promise<string> {
    const card = this.card(index);
    await card.locator(':scope > button').click();
    await expect(card.locator(':scope > button')).toHaveAttribute('aria-expanded', 'true');
    return (await card.getAttribute('data-claim-id')) as string;
  }

  /** Selects the claim, unless it is selected already (a click on a selected card closes it). */
  async selectClaimById(claimId: string): Promise<void> {
    const button = this.cardById(claimId).locator(':scope > button');
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  }

  async setStatusByButton(status: ClaimStatus): Promise<void> {
    await this.selectedCard.getByRole('group', { name: 'Status' }).getByRole('button', { name: STATUS_BUTTON_LABELS[status], exact: true }).click();
  }

  /** Selects the claim, opens its wording editor and types `text` without saving it. */
  async typeWordingOf(claimId: string, text: string): Promise<Locator> {
    const card = this.cardById(claimId);
    await this.selectClaimById(claimId);
    await card.getByRole('button', { name: 'Edit wording' }).click();
    const input = card.getByTestId('claim-text-input');
    await input.fill(text);
    return input;
  }

  /** Selects the claim, opens its "Add source" form and fills the title without saving it. */
  async typeSourceTitleOf(claimId: string, title: string): Promise<Locator> {
    const card = this.cardById(claimId);
    await this.selectClaimById(claimId);
    await card.getByRole('button', { name: 'Add source' }).click();
    const input = card.getByRole('form', { name: 'Add a source' }).getByRole('textbox', { name: 'Title' });
    await input.fill(title);
    return input;
  }

  noteInput(): Locator {
    return this.selectedCard.getByRole('textbox', { name: 'Note' });
  }

  noteState(): Locator {
    return this.selectedCard.getByTestId('note-state');
  }

  /** Selects the first occurrence of `phrase` in the article text, as a mouse selection ending in mouseup. */
  async selectTextInArticle(phrase: string): Promise<void> {
    const found = await this.text.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at >= 0 && node.parentElement?.closest('[data-start]')) {
          node.parentElement.scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          const selection = window.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          node.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
          return true;
        }
      }
      return false;
    }, phrase);
    expect(found, `"${phrase}" is in one run of the article text`).toBe(true);
  }

  async back(): Promise<LibraryPage> {
    await this.header.getByRole('button', { name: 'Back to library' }).click();
    const library = new LibraryPage(this.page, this.session);
    await library.waitUntilLoaded();
    return library;
  }

  /** Presses a key with the focus outside any text field. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }
}
