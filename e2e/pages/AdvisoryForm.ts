import { expect, type Locator, type Page } from '@playwright/test';
import { EditorDialog } from './EditorDialog';

export interface FollowUpEntry {
  summary: string;
  expected?: string;
  status?: 'Pending' | 'Landed' | 'Dropped';
  /** A re-issued version's own lift, "YYYY-MM-DD HH:MM" UTC. */
  lift?: string;
}

export interface AdvisoryEntry {
  key: string;
  title?: string;
  cves?: string;
  status?: 'Embargoed' | 'Public' | 'Withdrawn';
  predisclosureDate?: string;
  predisclosureTime?: string;
  liftDate: string;
  liftTime?: string;
  /** Release names to tick; every other box is cleared. */
  affects?: string[];
  followUps?: FollowUpEntry[];
  notes?: string;
}

/** The add/edit advisory dialog. */
export class AdvisoryForm extends EditorDialog {
  readonly key: Locator;
  readonly title: Locator;
  readonly cves: Locator;
  readonly status: Locator;
  readonly predisclosureDate: Locator;
  readonly predisclosureTime: Locator;
  readonly liftDate: Locator;
  readonly liftTime: Locator;
  readonly notes: Locator;
  /** Only there when an edit moves the lift. */
  readonly reason: Locator;
  readonly addFollowUpButton: Locator;
  /** The "Paste advisory mail" panel at the top of the form. */
  readonly pasteButton: Locator;
  readonly pasteText: Locator;
  readonly fillFromMailButton: Locator;
  /** What the paste filled and what it could not read. */
  readonly pasteReport: Locator;

  constructor(page: Page) {
    super(page, 'advisory');
    this.key = this.dialog.getByLabel('Key', { exact: true });
    this.title = this.dialog.getByLabel('Title', { exact: true });
    this.cves = this.dialog.getByLabel('CVEs', { exact: true });
    this.status = this.dialog.getByLabel('Status', { exact: true });
    this.predisclosureDate = this.dialog.getByLabel('Pre-disclosure date', { exact: true });
    this.predisclosureTime = this.dialog.getByLabel('Pre-disclosure time (UTC)', { exact: true });
    this.liftDate = this.dialog.getByLabel('Lift date', { exact: true });
    this.liftTime = this.dialog.getByLabel('Lift time (UTC)', { exact: true });
    this.notes = this.dialog.getByLabel('Notes', { exact: true });
    this.reason = this.dialog.getByLabel('Reason for the move', { exact: true });
    this.addFollowUpButton = this.dialog.getByRole('button', { name: 'Add follow-up' });
    this.pasteButton = this.dialog.getByRole('button', { name: /^Paste (advisory|another) mail$/ });
    this.pasteText = this.dialog.getByLabel('Advisory mail', { exact: true });
    this.fillFromMailButton = this.dialog.getByRole('button', { name: 'Fill the form' });
    this.pasteReport = this.dialog.locator('.paste-report');
  }

  followUpLift(row: number): Locator {
    return this.dialog.getByLabel(`Follow-up ${row} own lift (UTC)`);
  }

  /** Pastes a mail into the paste panel and has the form filled from it. */
  async pasteMail(text: string): Promise<void> {
    await this.pasteButton.click();
    await this.pasteText.fill(text);
    await this.fillFromMailButton.click();
    await expect(this.pasteReport).toBeVisible();
  }

  affects(release: string): Locator {
    return this.dialog.getByRole('checkbox', {
      name: new RegExp(`^${release.replace(/\./g, '\\.')}\\b`),
    });
  }

  followUpSummary(row: number): Locator {
    return this.dialog.getByLabel(`Follow-up ${row} summary`);
  }

  followUpExpected(row: number): Locator {
    return this.dialog.getByLabel(`Follow-up ${row} expected date`);
  }

  followUpStatus(row: number): Locator {
    return this.dialog.getByLabel(`Follow-up ${row} status`);
  }

  async fill(entry: AdvisoryEntry): Promise<void> {
    await this.key.fill(entry.key);
    if (entry.title !== undefined) await this.title.fill(entry.title);
    if (entry.cves !== undefined) await this.cves.fill(entry.cves);
    if (entry.status) await this.status.selectOption({ label: entry.status });
    if (entry.predisclosureDate !== undefined)
      await this.predisclosureDate.fill(entry.predisclosureDate);
    if (entry.predisclosureTime !== undefined)
      await this.predisclosureTime.fill(entry.predisclosureTime);
    await this.liftDate.fill(entry.liftDate);
    if (entry.liftTime !== undefined) await this.liftTime.fill(entry.liftTime);
    if (entry.affects) {
      for (const box of await this.dialog.getByRole('checkbox').all()) await box.uncheck();
      for (const name of entry.affects) await this.affects(name).check();
    }
    for (const [index, followUp] of (entry.followUps ?? []).entries()) {
      await this.dialog.getByRole('button', { name: 'Add follow-up' }).click();
      await this.followUpSummary(index + 1).fill(followUp.summary);
      await this.followUpExpected(index + 1).fill(followUp.expected ?? '');
      if (followUp.status)
        await this.followUpStatus(index + 1).selectOption({ label: followUp.status });
      if (followUp.lift !== undefined) await this.followUpLift(index + 1).fill(followUp.lift);
    }
    if (entry.notes !== undefined) await this.notes.fill(entry.notes);
  }
}
