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
  get substantive(): Locator {
    return this.page.getByTestId('substantive');
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
