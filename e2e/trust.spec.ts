import path from 'node:path';
import { ExportDialog, ImportDialog } from './pages/ExchangeDialogs';
import { expect, test, type Call } from './support/fixtures';
import { day } from './support/dates';

// Nothing surprising happens to the security team's data: a pasted mail
// never leaves a guessed lift, an embargo becomes public only when someone
// says so, and importing a bundle never replaces settings or holidays
// without asking. Each journey runs on a fresh database in the browser.

const SHOTS = path.resolve(__dirname, '..', 'screenshots');

test.use({ timezoneId: 'UTC', locale: 'en-GB' });

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "20 January 2027" for a YYYY-MM-DD. */
function written(date: string): string {
  return `${Number(date.slice(8))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

async function seedReleases(call: Call): Promise<void> {
  await call('releases.create', {
    name: '4.20',
    status: 'released',
    milestones: [{ kind: 'release', planned: day(-200), actual: day(-200) }],
  });
  for (const [name, days] of [
    ['4.21', 70],
    ['4.22', 250],
  ] as const)
    await call('releases.create', {
      name,
      milestones: [{ kind: 'release', planned: day(days) }],
    });
}

const LIFT = day(40);

function advisoryMail(liftLine: string): string {
  return `From: Xen.org security team <security@xen.example>
Subject: Xen Security Advisory 905 v1 (CVE-2027-41905) - x86: shadow paging overrun
Date: ${new Date(Date.now() - 86_400_000).toUTCString().replace('GMT', '+0000')}

            Xen Security Advisory CVE-2027-41905 / XSA-905
                               version 1

                    x86: shadow paging overrun

ISSUE DESCRIPTION
=================

A missing bounds check in the shadow pagetable code lets a guest write
past the end of a shadow page.

IMPACT
======

A malicious HVM guest may crash the host or escalate its privileges.

VULNERABLE SYSTEMS
==================

Xen 4.21 and later are vulnerable.  Xen 4.20 and older are not
vulnerable.

${liftLine}
`;
}

test('a pasted mail fills the form from the phrasing it uses, and never leaves a guessed lift', async ({
  call,
  app,
  planner,
  advisoryForm: form,
}) => {
  await seedReleases(call);
  await planner.open(app.url);
  await planner.addAdvisoryButton.click();
  await expect(form.dialog).toBeVisible();
  // The server's default lift arrives first; the mail must replace it.
  await expect(form.liftDate).not.toHaveValue('');

  await form.pasteMail(
    advisoryMail(`The embargo will be lifted on ${written(LIFT)} at 12:00 UTC.`),
  );
  await expect(form.key).toHaveValue('XSA-905');
  await expect(form.liftDate).toHaveValue(LIFT);
  await expect(form.liftTime).toHaveValue('12:00');
  await expect(form.affects('4.20')).not.toBeChecked();
  await expect(form.affects('4.21')).toBeChecked();
  await expect(form.affects('4.22')).toBeChecked();
  await expect(form.notes).toHaveValue(/^ISSUE DESCRIPTION\nA missing bounds check/);
  await expect(form.notes).toHaveValue(/IMPACT\nA malicious HVM guest/);
  await expect(form.pasteReport).toContainText(
    `from “The embargo will be lifted on ${written(LIFT)} at 12:00 UTC”`,
  );
  await expect(form.pasteReport).toContainText(
    '4.21, 4.22, from “Xen 4.21 and later are vulnerable.”',
  );
  await form.dialog.screenshot({ path: path.join(SHOTS, 'paste-mail-read.png') });

  // The mail is kept: correct it (here: lose the lift line) and read it again.
  await form.dialog.getByRole('button', { name: 'Correct the mail and read again' }).click();
  await expect(form.pasteText).toHaveValue(/The embargo will be lifted on/);
  await form.pasteText.fill(advisoryMail('Please do not discuss this issue in public.'));
  await form.fillFromMailButton.click();
  await expect(form.liftDate).toHaveValue('');
  const liftGroup = form.dialog.getByRole('group', { name: 'Embargo lifts (UTC)' });
  await expect(liftGroup).toContainText('Not in the mail: enter when the embargo lifts.');
  await expect(form.liftDate).toHaveAccessibleDescription(/Not in the mail/);
  await expect(form.pasteReport).toContainText('the mail says nowhere when the embargo ends');
  await form.dialog.screenshot({ path: path.join(SHOTS, 'paste-mail-no-lift.png') });

  // It cannot be saved on a guess.
  await form.save();
  await expect(form.problems).toContainText('Nothing was saved.');
  await expect(liftGroup).toContainText(
    'Lift date is required: the pasted mail does not say when the embargo lifts',
  );
  await expect(form.dialog).toBeVisible();
  expect(await call<unknown[]>('advisories.list', {})).toEqual([]);

  await form.liftDate.fill(day(41));
  await expect(liftGroup).not.toContainText('Not in the mail');
  await form.saveAndClose();
  const [saved] = await call<{ key: string; publicAt: string; affects: string[] }[]>(
    'advisories.list',
    {},
  );
  expect(saved).toMatchObject({
    key: 'XSA-905',
    publicAt: `${day(41)}T12:00:00Z`,
    affects: ['4.21', '4.22'],
  });
});

test('an embargo whose lift passed stays embargoed everywhere until someone marks it public', async ({
  page,
  call,
  app,
  planner,
  findings,
}) => {
  await seedReleases(call);
  await call('advisories.create', {
    key: 'XSA-906',
    title: 'Grant table leak under embargo',
    cves: ['CVE-2027-41906'],
    publicAt: `${day(-3)}T12:00:00Z`,
    affects: ['4.21'],
  });
  await planner.open(app.url);
  const row = planner.advisory('XSA-906');
  await expect(row.locator('.badge')).toHaveText(/Embargoed.*lift passed/);
  const warning = findings.finding(
    'Advisory dates',
    /XSA-906 was to lift .* nobody has marked it public/,
  );
  await expect(warning).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'lift-passed-not-public.png'), fullPage: true });

  // No public export carries it.
  const exporter = await ExportDialog.open(page);
  await exporter.choose({ format: 'Calendar (.ics)', profile: 'Public' });
  expect(await exporter.previewContent('public')).not.toContain('XSA-906');
  await exporter.cancel();

  // One click, beside the row (or the finding).
  await row.getByRole('button', { name: 'Mark XSA-906 public' }).click();
  await expect(planner.notices).toContainText('Marked XSA-906 public');
  await expect(row.locator('.badge')).toHaveText('Public');
  await expect(warning).toHaveCount(0);
  const after = await ExportDialog.open(page);
  await after.choose({ format: 'Calendar (.ics)', profile: 'Public' });
  expect(await after.previewContent('public')).toContain('XSA-906 public');
  await after.cancel();

  // Undo puts the embargo back.
  await page.keyboard.press('Control+z');
  await expect(row.locator('.badge')).toHaveText(/Embargoed.*lift passed/);
  await findings.panel.getByRole('button', { name: 'Mark XSA-906 public' }).click();
  await expect(row.locator('.badge')).toHaveText('Public');

  // With "make public automatically at the lift time" on, a passed lift is public at once.
  await call('advisories.create', {
    key: 'XSA-907',
    publicAt: `${day(-1)}T12:00:00Z`,
    affects: ['4.21'],
  });
  await planner.reload();
  await expect(planner.advisory('XSA-907').locator('.badge')).toHaveText(/lift passed/);
  const settings = await call<{ revision: number }>('settings.get', {});
  await call('settings.update', { revision: settings.revision, autoPublishAtLift: true });
  await planner.reload();
  await expect(planner.advisory('XSA-907').locator('.badge')).toHaveText('Public');
});

test('importing a bundle shows each differing setting and holiday and asks what to keep', async ({
  page,
  call,
  app,
  planner,
}) => {
  const ours = await call<{ revision: number }>('settings.get', {});
  await call('settings.update', {
    revision: ours.revision,
    holidays: ['2026-12-25', '2026-12-26'],
    holidayNames: { '2026-12-25': 'Christmas Day', '2026-12-26': "St Stephen's Day" },
  });
  const bundle = JSON.stringify({
    format: 'embargo-planner/bundle',
    version: 1,
    profile: 'public',
    settings: {
      warnWindowDays: 21,
      releaseWeekdays: [2, 3],
      holidays: ['2026-12-25', '2027-04-02', '2027-04-05'],
      holidayNames: {
        '2026-12-25': 'Christmas',
        '2027-04-02': 'Good Friday',
        '2027-04-05': 'Easter Monday',
      },
    },
    releases: [{ name: '4.21', milestones: [{ kind: 'release', planned: day(70) }] }],
  });
  await planner.open(app.url);
  const importer = await ImportDialog.open(page);
  await importer.chooseFile('from-the-release-manager.json', bundle);
  const differences = importer.dialog.getByRole('region', {
    name: 'Settings and holidays in the file',
  });
  await expect(differences).toContainText('2 settings in the file differ from yours');
  const table = differences.getByRole('table');
  await expect(table.getByRole('row', { name: /Warning window/ })).toContainText(
    'Warning window14 days21 days',
  );
  await expect(table.getByRole('row', { name: /Preferred release weekdays/ })).toContainText(
    'Tue, Wed, ThuTue, Wed',
  );
  await expect(differences).toContainText('Only in the file 2');
  await expect(differences).toContainText('Fri 2 Apr 2027 · Good Friday');
  await expect(differences).toContainText("Sat 26 Dec 2026 · St Stephen's Day");
  await expect(differences).toContainText('yours “Christmas Day”, the file’s “Christmas”');
  // The defaults: your settings stay, the holidays merge.
  await expect(differences.getByRole('radio', { name: 'Keep yours' }).first()).toBeChecked();
  await expect(differences.getByRole('radio', { name: 'Merge' })).toBeChecked();
  await importer.dialog.screenshot({ path: path.join(SHOTS, 'import-settings-differences.png') });
  await differences.screenshot({ path: path.join(SHOTS, 'import-holidays-differences.png') });

  await differences
    .getByRole('group', { name: "The file's settings" })
    .getByRole('radio', { name: 'Take the file’s' })
    .check();
  await expect(importer.count('To change')).toContainText('settings');
  await importer.importButton.click();
  await expect(importer.done).toContainText('Imported from-the-release-manager.json');
  const settings = await call<Record<string, unknown>>('settings.get', {});
  expect(settings).toMatchObject({
    warnWindowDays: 21,
    releaseWeekdays: [2, 3],
    holidays: ['2026-12-25', '2026-12-26', '2027-04-02', '2027-04-05'],
    holidayNames: {
      '2026-12-25': 'Christmas Day',
      '2026-12-26': "St Stephen's Day",
      '2027-04-02': 'Good Friday',
      '2027-04-05': 'Easter Monday',
    },
  });
});
