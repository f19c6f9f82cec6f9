import type { Locator, Page } from '@playwright/test';
import { EditorDialog } from './EditorDialog';

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
export class ReleaseForm extends EditorDialog {
  readonly name: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    super(page, 'release');
    this.name = this.dialog.getByLabel('Name', { exact: true });
    this.status = this.dialog.getByLabel('Status', { exact: true });
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
}
