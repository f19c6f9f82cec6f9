import { expect, type Locator, type Page } from '@playwright/test';
import { viewTab } from './viewTab';

/** The Forecast view, as a release manager uses it. */
export class ForecastPage {
  readonly view: Locator;
  readonly release: Locator;
  readonly cutoff: Locator;
  readonly futures: Locator;
  readonly seed: Locator;
  readonly status: Locator;
  readonly chart: Locator;
  readonly table: Locator;
  readonly assumptions: Locator;
  readonly profile: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Forecast' });
    this.release = this.view.getByLabel('Release');
    this.cutoff = this.view.getByLabel('Cut-off');
    this.futures = this.view.getByLabel('Futures');
    this.seed = this.view.getByLabel('Seed');
    this.status = this.view.locator('.forecast-status');
    this.chart = this.view.getByTestId('forecast-chart');
    this.table = this.view.getByTestId('forecast-table');
    this.assumptions = this.view.locator('.assumptions');
    this.profile = this.view.getByRole('group', { name: /^Export/ }).getByLabel('Profile');
  }

  async open(): Promise<void> {
    await viewTab(this.page, 'Forecast').click();
    await expect(this.view).toBeVisible();
  }

  /** Waits until the forecast for the current inputs is in (not a stale one). */
  async waitForResult(): Promise<void> {
    await expect(this.status).toHaveText(/futures in \d+ ms/, { timeout: 30_000 });
    await expect(this.view.locator('.forecast-body')).not.toHaveClass(/is-stale/);
  }

  row(policy: 'wait' | 'cutoff' | 'ship' | 'branch'): Locator {
    return this.table.locator(`tr[data-policy="${policy}"]`);
  }

  /** The P10, P50 and P90 cells of a policy's row, as text. */
  async dates(policy: 'wait' | 'cutoff' | 'ship' | 'branch'): Promise<string[]> {
    const cells = this.row(policy).locator('td');
    return [
      await cells.nth(0).innerText(),
      await cells.nth(1).innerText(),
      await cells.nth(2).innerText(),
    ];
  }

  policyToggle(label: string): Locator {
    return this.view
      .getByRole('group', { name: 'Policies shown' })
      .getByRole('button', { name: label });
  }

  exportButton(label: string): Locator {
    return this.view.getByRole('group', { name: /^Export/ }).getByRole('button', { name: label });
  }
}
