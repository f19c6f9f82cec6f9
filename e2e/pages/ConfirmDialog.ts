import { expect, type Locator, type Page } from '@playwright/test';

/** The in-app "Delete …?" confirmation. */
export class ConfirmDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  async confirm(label: RegExp | string = /^Delete/): Promise<void> {
    await this.dialog.getByRole('button', { name: label }).click();
    await expect(this.dialog).toBeHidden();
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
