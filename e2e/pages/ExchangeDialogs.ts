import { expect, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs/promises';

export type ExportFormatLabel = 'Calendar (.ics)' | 'Schedule mail' | 'Bundle (.json)';
export type ProfileLabel = 'Public' | 'Pre-disclosure' | 'Team';
export type ImportKindLabel = 'Plan data' | 'Holidays' | 'Reference calendar';

export interface SavedFile {
  fileName: string;
  content: string;
}

/** The header's Export… dialog: format, scope, profile, preview, save. */
export class ExportDialog {
  readonly dialog: Locator;
  readonly preview: Locator;
  readonly previewText: Locator;
  readonly mailSubject: Locator;
  readonly warning: Locator;
  readonly profileEffect: Locator;
  readonly saveButton: Locator;
  readonly releaseSelect: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export', exact: true });
    this.preview = this.dialog.getByRole('region', { name: 'Preview' });
    this.previewText = this.dialog.getByLabel('Preview text');
    this.mailSubject = this.dialog.getByLabel('Mail subject');
    this.warning = this.dialog.getByRole('alert').filter({ hasText: 'embargoed details' });
    this.profileEffect = this.dialog.locator('.export-effect');
    this.saveButton = this.dialog.getByRole('button', { name: /^Save/ });
    this.releaseSelect = this.dialog.getByLabel('Release', { exact: true });
  }

  static async open(page: Page): Promise<ExportDialog> {
    await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click();
    const dialog = new ExportDialog(page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  format(label: ExportFormatLabel): Locator {
    return this.dialog.getByRole('radio', { name: label, exact: true });
  }

  profile(label: ProfileLabel): Locator {
    return this.dialog.getByRole('radio', { name: label, exact: true });
  }

  /** Chooses what to export; `release: null` is the whole plan. */
  async choose(choice: {
    format?: ExportFormatLabel;
    release?: string | null;
    profile?: ProfileLabel;
  }): Promise<void> {
    if (choice.format) await this.format(choice.format).check();
    if (choice.release === null)
      await this.dialog.getByRole('radio', { name: 'Whole plan' }).check();
    else if (choice.release !== undefined) {
      await this.dialog.getByRole('radio', { name: 'One release' }).check();
      await this.releaseSelect.selectOption(choice.release);
    }
    if (choice.profile) await this.profile(choice.profile).check();
  }

  /** Waits until the preview shows the export of `profile`, not one still on its way. */
  async previewReady(profile: 'public' | 'predisclosure' | 'team'): Promise<void> {
    await expect(this.preview).toHaveAttribute('aria-busy', 'false');
    await expect(this.preview).toHaveAttribute('data-profile', profile);
  }

  async previewContent(profile: 'public' | 'predisclosure' | 'team'): Promise<string> {
    await this.previewReady(profile);
    return (await this.previewText.textContent()) ?? '';
  }

  /** Saves through the browser's download and returns what was written. */
  async save(): Promise<SavedFile> {
    const download = this.page.waitForEvent('download');
    await this.saveButton.click();
    const file = await download;
    const content = await fs.readFile(await file.path(), 'utf8');
    await expect(this.dialog).toBeHidden();
    return { fileName: file.suggestedFilename(), content };
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** The header's Import… dialog: file, what it is, preview, import; reference calendars. */
export class ImportDialog {
  readonly dialog: Locator;
  readonly fileInput: Locator;
  readonly report: Locator;
  readonly refused: Locator;
  readonly problems: Locator;
  readonly importButton: Locator;
  readonly footerNote: Locator;
  readonly done: Locator;
  readonly referenceCalendars: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import', exact: true });
    this.fileInput = this.dialog.getByLabel('File to import');
    this.report = this.dialog.getByRole('region', { name: 'Import preview' });
    this.refused = this.dialog.getByRole('region', { name: 'Refused entries' });
    this.problems = this.dialog.locator('.form-problems');
    this.importButton = this.dialog.getByRole('button', { name: 'Import', exact: true });
    this.footerNote = this.dialog.locator('.footer-note');
    this.done = this.dialog.locator('.import-done');
    this.referenceCalendars = this.dialog.getByRole('region', { name: 'Reference calendars' });
  }

  static async open(page: Page): Promise<ImportDialog> {
    await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click();
    const dialog = new ImportDialog(page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  kind(label: ImportKindLabel): Locator {
    return this.dialog.getByRole('radio', { name: label, exact: true });
  }

  /** Chooses a file as the file chooser would hand it over: text as UTF-8, or bytes as they are. */
  async chooseFile(fileName: string, content: string | Buffer): Promise<void> {
    const mimeType = fileName.endsWith('.ics') ? 'text/calendar' : 'application/json';
    const buffer = typeof content === 'string' ? Buffer.from(content) : content;
    await this.fileInput.setInputFiles({ name: fileName, mimeType, buffer });
  }

  /** The line of the preview that counts `label` ('Added', 'Refused', 'New holidays'…). */
  count(label: string): Locator {
    return this.report.locator('.import-count').filter({
      has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }),
    });
  }

  referenceCalendar(name: string): Locator {
    return this.referenceCalendars
      .getByRole('listitem')
      .filter({ has: this.page.locator('.reference-name', { hasText: name }) });
  }

  async deleteReferenceCalendar(name: string): Promise<void> {
    await this.referenceCalendars
      .getByRole('button', { name: `Delete reference calendar ${name}` })
      .click();
    const confirm = this.page.getByRole('dialog', { name: `Delete reference calendar ${name}?` });
    await confirm.getByRole('button', { name: 'Delete calendar' }).click();
    await expect(confirm).toBeHidden();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Cancel|Done)$/ }).click();
    await expect(this.dialog).toBeHidden();
  }
}
