import { expect, type Locator, type Page } from '@playwright/test';

/** The History dialog of an advisory or a release. */
export class HistoryDialog {
  readonly dialog: Locator;
  readonly entries: Locator;
  readonly summary: Locator;

  constructor(
    readonly page: Page,
    name: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: `History of ${name}` });
    this.entries = this.dialog.getByRole('listitem');
    this.summary = this.dialog.locator('.history-summary');
  }

  /** The n-th change, newest first, counted from 1. */
  entry(n: number): Locator {
    return this.entries.nth(n - 1);
  }

  /** The row of a change table for a field ("Embargo lift"), in the n-th change. */
  change(n: number, field: string): Locator {
    return this.entry(n)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: field, exact: true }) });
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expect(this.dialog).toBeHidden();
  }
}
