// Page object for the side-by-side page: rows by their text, cells by side, highlights by
// significance, quote outlines by status, the jump list and the toolbar.
import type { Locator, Page } from '@playwright/test';

export class ComparePage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.locator('table.rows');
  }

  /** The table row whose copy (right) cell contains `text`. */
  rowByCopy(text: string | RegExp): Locator {
    return this.table.locator('tbody tr').filter({ has: this.page.locator('td[data-side="copy"]', { hasText: text }) });
  }

  cell(row: Locator, side: 'copy' | 'known'): Locator {
    return row.locator(`td[data-side="${side}"]`);
  }

  marks(scope: Locator, significance: 'substantive' | 'style'): Locator {
    return scope.locator(`mark[data-change="${significance}"]`);
  }

  quote(scope: Locator, status: string): Locator {
    return scope.locator(`[data-quote-status="${status}"]`);
  }

  get hideStyle(): Locator {
    return this.page.getByLabel('Hide style-only changes');
  }

  get jumpLinks(): Locator {
    return this.page.locator('nav.jumps ol a');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name });
  }

  /** The id of the element that has focus. */
  focusedId(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.id ?? '');
  }
}
