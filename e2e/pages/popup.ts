// Page object for the popup: its state and the three sections of a report.
import type { Locator, Page } from '@playwright/test';

export class PopupPage {
  constructor(readonly page: Page) {}

  /** The state the popup settled on ('report', 'not-article', …), or 'checking'. */
  async settledState(): Promise<string> {
    const state = this.page.getByTestId('state').first();
    await state.waitFor();
    return (await state.getAttribute('data-state')) ?? '';
  }

  get source(): Locator {
    return this.page.getByTestId('source');
  }
  get likelyOriginal(): Locator {
    return this.page.getByTestId('likely-original');
  }
  get copies(): Locator {
    return this.page.getByTestId('copies');
  }
  get verdict(): Locator {
    return this.page.getByTestId('verdict');
  }
  /** The changes that matter: the first three above the fold and the rest in their fold. */
  get substantive(): Locator {
    return this.page.locator('[data-testid^="substantive"]');
  }
  /** The headline sentence ("This page copies …", "This is the original. …"). */
  get headline(): Locator {
    return this.page.getByTestId('headline');
  }
  /** The changes listed above the fold. */
  get topChanges(): Locator {
    return this.page.getByTestId('substantive-top').locator('li.wt-diff');
  }

  /** Opens every folded section and shows every quote, as a reader clicking through would. */
  async expandAll(): Promise<void> {
    await this.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const more = this.page.getByTestId('more-quotes');
    if (await more.count()) await more.click();
  }
  get styleGroups(): Locator {
    return this.page.getByTestId('style');
  }

  /** A substantive difference whose text matches. */
  difference(text: string | RegExp): Locator {
    return this.substantive.locator('li.wt-diff').filter({ hasText: text });
  }

  /** The quote whose text matches (a quote item carries data-status). */
  quote(text: string | RegExp): Locator {
    return this.page.getByTestId('quotes').locator('li.wt-quote').filter({ hasText: text });
  }
}
