// Page object for the options page: feeds, search, library.
import type { Locator, Page } from '@playwright/test';

export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(context: import('@playwright/test').BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
    await page.getByRole('heading', { name: 'Wiretrace options' }).waitFor();
    return new OptionsPage(page);
  }

  async addFeed(url: string): Promise<void> {
    await this.page.locator('input[name="feed"]').fill(url);
    await this.page.getByRole('button', { name: 'Add feed', exact: true }).click();
  }

  feed(url: string): Locator {
    return this.page.locator(`[data-feed="${url}"]`);
  }

  async enableSearch(template: string): Promise<void> {
    await this.page.locator('input[name="search-enabled"]').check();
    await this.page.locator('input[name="search-template"]').fill(template);
    await this.page.getByRole('button', { name: 'Save search' }).click();
  }

  get lastQuery(): Locator {
    return this.page.locator('.wt-last-query');
  }

  get librarySize(): Locator {
    return this.page.locator('.wt-library-size');
  }

  get failures(): Locator {
    return this.page.locator('.wt-failures');
  }
}
