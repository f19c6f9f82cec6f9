import { expect, type Locator, type Page } from '@playwright/test';
import { viewTab } from './viewTab';

/** The Settings view: thresholds, working week, embargo policy and the named holidays. */
export class SettingsPage {
  readonly tab: Locator;
  readonly view: Locator;
  readonly form: Locator;
  readonly warnWindow: Locator;
  readonly releaseBuffer: Locator;
  readonly holidays: Locator;
  readonly newHolidayDate: Locator;
  readonly newHolidayName: Locator;
  readonly addHolidayButton: Locator;
  readonly saveButton: Locator;
  readonly discardButton: Locator;
  readonly status: Locator;
  readonly problems: Locator;
  readonly importDialog: Locator;

  constructor(readonly page: Page) {
    this.tab = viewTab(page, /^Settings/);
    this.view = page.getByRole('region', { name: 'Settings', exact: true });
    this.form = this.view.getByRole('form', { name: 'Settings' });
    this.warnWindow = this.form.getByLabel('Warning window', { exact: true });
    this.releaseBuffer = this.form.getByLabel('Release buffer', { exact: true });
    this.holidays = this.form.getByRole('region', { name: /^Holidays/ });
    const add = this.holidays.getByRole('group', { name: 'Add a holiday' });
    this.newHolidayDate = add.getByLabel('Date', { exact: true });
    this.newHolidayName = add.getByLabel('Name', { exact: true });
    this.addHolidayButton = add.getByRole('button', { name: 'Add holiday' });
    this.saveButton = this.form.getByRole('button', { name: 'Save settings' });
    this.discardButton = this.form.getByRole('button', { name: 'Discard changes' });
    this.status = this.form.locator('.settings-bar-text');
    this.problems = this.form.getByRole('alert').first();
    this.importDialog = page.getByRole('dialog', { name: 'Import holidays' });
  }

  async show(): Promise<void> {
    await this.tab.click();
    await expect(this.form).toBeVisible();
  }

  weekday(group: 'Working days' | 'Preferred release weekdays', day: string): Locator {
    return this.form.getByRole('checkbox', { name: `${group}: ${day}` });
  }

  policy(name: RegExp): Locator {
    return this.form.getByRole('radio', { name });
  }

  /** The name field of the holiday on a day, by the date as the list writes it ("Thu 24 Dec 2026"). */
  holidayName(day: string): Locator {
    return this.holidays.getByLabel(`Name of the holiday on ${day}`, { exact: true });
  }

  removeHoliday(day: string): Locator {
    return this.holidays.getByRole('button', { name: new RegExp(`^Remove the holiday on ${day}`) });
  }

  async addHoliday(date: string, name: string): Promise<void> {
    await this.newHolidayDate.fill(date);
    await this.newHolidayName.fill(name);
    await this.addHolidayButton.click();
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
