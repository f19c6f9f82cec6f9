import { expect, type Locator, type Page } from '@playwright/test';
import { viewTab } from './viewTab';

/** The Retrospective view: headlines, cadence chart, the table and its exports. */
export class RetrospectivePage {
  readonly view: Locator;
  readonly headlines: Locator;
  readonly chart: Locator;
  readonly table: Locator;
  readonly profile: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Retrospective' });
    this.headlines = this.view.getByTestId('retro-headlines');
    this.chart = this.view.getByTestId('retro-chart');
    this.table = this.view.getByTestId('retro-table');
    this.profile = this.view.getByRole('group', { name: /^Export/ }).getByLabel('Profile');
  }

  async open(): Promise<void> {
    await viewTab(this.page, 'Retrospective').click();
    await expect(this.view).toBeVisible();
  }

  row(release: string): Locator {
    return this.table
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('rowheader', { name: release, exact: true }) });
  }

  exportButton(label: string): Locator {
    return this.view.getByRole('group', { name: /^Export/ }).getByRole('button', { name: label });
  }
}
