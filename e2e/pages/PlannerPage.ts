import { expect, type Locator, type Page } from '@playwright/test';
import { AdvisoryForm } from './AdvisoryForm';
import { ConfirmDialog } from './ConfirmDialog';
import { ReleaseForm } from './ReleaseForm';
import { viewTab } from './viewTab';

/** The main screen: header, Releases panel and Advisories panel, as a user sees them. */
export class PlannerPage {
  readonly header: Locator;
  readonly firstStart: Locator;
  readonly loadSampleButton: Locator;
  readonly releasesPanel: Locator;
  readonly advisoriesPanel: Locator;
  readonly addReleaseButton: Locator;
  readonly addAdvisoryButton: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.firstStart = this.header.getByRole('region', { name: 'This plan is empty' });
    this.loadSampleButton = page.getByRole('button', { name: 'Load sample plan' });
    this.releasesPanel = page.getByRole('region', { name: /^Releases\b/ });
    this.advisoriesPanel = page.getByRole('region', { name: /^Advisories\b/ });
    this.addReleaseButton = this.releasesPanel.getByRole('button', { name: 'Add release' });
    this.addAdvisoryButton = this.advisoriesPanel.getByRole('button', { name: 'Add advisory' });
    this.notices = page.getByRole('status');
  }

  /** Opens the address the server printed and waits until the plan has loaded. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitForPlan();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForPlan();
  }

  async waitForPlan(): Promise<void> {
    // The timeline is the default view; the panels are in the Plan view.
    const planTab = viewTab(this.page, 'Plan');
    if ((await planTab.getAttribute('aria-current')) !== 'page') await planTab.click();
    await expect(this.releasesPanel).toBeVisible();
    await expect(this.advisoriesPanel).toBeVisible();
  }

  release(name: string): Locator {
    return this.releasesPanel.getByRole('article', { name, exact: true });
  }

  /** The milestone row of a release, found by its title ('Feature freeze', 'Release candidate — RC1'). */
  milestoneRow(release: string, title: string): Locator {
    return this.release(release)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }

  advisory(key: string): Locator {
    return this.advisoriesPanel
      .locator('tbody tr')
      .filter({ has: this.page.locator('.key').getByText(key, { exact: true }) });
  }

  async addRelease(): Promise<ReleaseForm> {
    await this.addReleaseButton.click();
    return new ReleaseForm(this.page);
  }

  async editRelease(name: string): Promise<ReleaseForm> {
    await this.release(name)
      .getByRole('button', { name: `Edit release ${name}` })
      .click();
    return new ReleaseForm(this.page);
  }

  async deleteRelease(name: string): Promise<ConfirmDialog> {
    await this.release(name)
      .getByRole('button', { name: `Delete release ${name}` })
      .click();
    return new ConfirmDialog(this.page);
  }

  async addAdvisory(): Promise<AdvisoryForm> {
    await this.addAdvisoryButton.click();
    return new AdvisoryForm(this.page);
  }

  async editAdvisory(key: string): Promise<AdvisoryForm> {
    await this.advisory(key)
      .getByRole('button', { name: `Edit advisory ${key}` })
      .click();
    return new AdvisoryForm(this.page);
  }

  async deleteAdvisory(key: string): Promise<ConfirmDialog> {
    await this.advisory(key)
      .getByRole('button', { name: `Delete advisory ${key}` })
      .click();
    return new ConfirmDialog(this.page);
  }
}
