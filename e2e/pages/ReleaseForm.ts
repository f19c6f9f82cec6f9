import { expect, type Locator, type Page } from '@playwright/test';

export interface MilestoneEntry {
  /** The kind as the select shows it: 'Feature freeze', 'Release', … */
  kind: string;
  planned: string;
  actual?: string;
  label?: string;
}

export interface ReleaseEntry {
  name: string;
  status?: 'Planned' | 'Released';
  milestones?: MilestoneEntry[];
}

/** The add/edit release dialog. Rows are numbered from 1, as their labels are. */
export class ReleaseForm {
  readonly dialog: Locator;
  readonly name: Locator;
  readonly status: Locator;
  readonly saveButton: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /release/i });
    this.name = this.dialog.getByLabel('Name', { exact: true });
    this.status = this.dialog.getByLabel('Status', { exact: true });
    this.saveButton = this.dialog.getByRole('button', { name: /^(Add|Save) release$/ });
    this.problems = this.dialog.getByRole('alert').first();
  }

  kind(row: number): Locator {
    return this.dialog.getByLabel(`Milestone ${row} kind`);
  }

  planned(row: number): Locator {
    return this.dialog.getByLabel(`Milestone ${row} planned date`);
  }

  actual(row: number): Locator {
    return this.dialog.getByLabel(`Milestone ${row} actual date`);
  }

  label(row: number): Locator {
    return this.dialog.getByLabel(`Milestone ${row} label`);
  }

  async milestoneCount(): Promise<number> {
    return this.dialog.getByLabel(/^Milestone \d+ kind$/).count();
  }

  async addMilestone(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Add milestone' }).click();
  }

  /** Fills every field; milestones replace the rows the form starts with. */
  async fill(entry: ReleaseEntry): Promise<void> {
    await this.name.fill(entry.name);
    if (entry.status) await this.status.selectOption({ label: entry.status });
    if (!entry.milestones) return;
    while ((await this.milestoneCount()) > entry.milestones.length)
      await this.dialog
        .getByRole('button', { name: /^Remove milestone/ })
        .last()
        .click();
    for (const [index, milestone] of entry.milestones.entries()) {
      const row = index + 1;
      if ((await this.milestoneCount()) < row) await this.addMilestone();
      await this.kind(row).selectOption({ label: milestone.kind });
      await this.label(row).fill(milestone.label ?? '');
      await this.planned(row).fill(milestone.planned);
      await this.actual(row).fill(milestone.actual ?? '');
    }
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
