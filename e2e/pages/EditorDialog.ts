import { expect, type Locator, type Page } from '@playwright/test';

/** What the release and the advisory editor share: a dialog that saves, or asks before it discards. */
export class EditorDialog {
  readonly dialog: Locator;
  readonly saveButton: Locator;
  /** The announcement that a save failed. */
  readonly problems: Locator;

  /** `what` is the thing edited, as the dialog's title and its save button name it: 'release'. */
  constructor(
    readonly page: Page,
    what: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: new RegExp(what, 'i') });
    this.saveButton = this.dialog.getByRole('button', {
      name: new RegExp(`^(Add|Save) ${what}$`),
    });
    this.problems = this.dialog.getByRole('alert').first();
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  /** Saves and waits for the dialog to close, as it does when the save was accepted. */
  async saveAndClose(): Promise<void> {
    await this.save();
    await expect(this.dialog).toBeHidden();
  }

  /** Cancels, throwing away what was typed: with changes the editor asks first. */
  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
    const ask = this.page.getByRole('dialog', { name: 'Unsaved changes' });
    await expect
      .poll(async () => (await ask.isVisible()) || !(await this.dialog.isVisible()))
      .toBe(true);
    if (await ask.isVisible()) await ask.getByRole('button', { name: 'Discard changes' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
