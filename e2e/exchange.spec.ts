import { type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { ExportDialog, ImportDialog } from './pages/ExchangeDialogs';
import { PlannerPage } from './pages/PlannerPage';
import { expect, test, type Call } from './support/fixtures';
import { day } from './support/dates';

// Calendars and sharing as a release manager and the security team use them:
// export under a redaction profile and read what would leave the machine,
// re-export for subscribers after a change, and import files with a preview
// first, all through the browser-mode server on a fresh database.

const ROOT = path.resolve(__dirname, '..');
const SHOTS = path.join(ROOT, 'screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

/** An advisory's row in the Advisories panel (the panel's name carries its count). */
function advisoryRow(page: Page, key: string) {
  return page
    .getByRole('region', { name: /^Advisories \d+$/ })
    .locator('tbody tr')
    .filter({ has: page.locator('.key').getByText(key, { exact: true }) });
}

/**
 * Opens the planner on its Plan view (releases and advisories), whichever
 * view it starts on: the tests edit releases there.
 */
async function openPlanner(planner: PlannerPage, url: string): Promise<void> {
  const page = planner.page;
  await page.goto(url);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Plan' })
    .click();
  // Not waitForPlan(): its advisories locator also matches the findings' "Advisories about…" group.
  await expect(planner.releasesPanel).toBeVisible();
}

const SECRET_TITLE = 'Scheduler leaks host memory to guests';

/** A release ahead, and an embargo inside its freeze that nobody outside may see. */
async function seedPlan(call: Call): Promise<void> {
  await call('releases.create', {
    name: '4.21',
    milestones: [
      { kind: 'hard-code-freeze', planned: day(40) },
      { kind: 'release', planned: day(60) },
    ],
  });
  await call('advisories.create', {
    key: 'XSA-900',
    title: SECRET_TITLE,
    cves: ['CVE-2026-12345'],
    publicAt: `${day(45)}T12:00:00Z`,
    affects: ['4.21'],
    notes: 'Discoverer asked for 14 days more.',
  });
}

interface IcsEvent {
  uid: string;
  sequence: number;
  summary: string;
  start: string;
}

/** The VEVENTs of an iCalendar text: lines unfolded, the few properties the tests read. */
function icsEvents(text: string): IcsEvent[] {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const events: IcsEvent[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push({
        uid: current.UID,
        sequence: Number(current.SEQUENCE ?? '0'),
        summary: current.SUMMARY,
        start: current.DTSTART,
      });
      current = null;
    } else if (current) {
      const match = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line);
      if (match) current[match[1]] = match[2];
    }
  }
  return events;
}

test('a public calendar leaves the embargo out; the team one says it carries it', async ({
  page,
  call,
  app,
  planner,
}) => {
  await seedPlan(call);
  await openPlanner(planner, app.url);

  const exporter = await ExportDialog.open(page);
  await expect(exporter.profile('Public')).toBeChecked();
  await expect(exporter.format('Calendar (.ics)')).toBeChecked();
  const publicText = await exporter.previewContent('public');
  expect(publicText).toContain('SUMMARY:4.21: Release');
  expect(publicText).not.toContain('XSA-900');
  expect(publicText).not.toContain(SECRET_TITLE);
  await expect(exporter.profileEffect).toContainText('(XSA-900) is left out entirely');
  await expect(exporter.warning).toHaveCount(0);
  await expect(exporter.saveButton).toHaveText('Save calendar');

  await exporter.choose({ profile: 'Team' });
  await expect(exporter.warning).toBeVisible();
  await expect(exporter.warning).toContainText('This export includes embargoed details');
  await expect(exporter.warning).toContainText('still under embargo: XSA-900');
  await expect(exporter.saveButton).toHaveText('Save with embargoed details');
  const teamText = await exporter.previewContent('team');
  expect(teamText).toContain('SUMMARY:XSA-900 public');
  expect(teamText).toContain(SECRET_TITLE);
  fs.mkdirSync(SHOTS, { recursive: true });
  await exporter.dialog.screenshot({ path: path.join(SHOTS, 'export-team-warning.png') });

  const saved = await exporter.save();
  expect(saved.fileName).toBe('embargo-planner-plan-team.ics');
  expect(saved.content).toContain(SECRET_TITLE);
  expect(saved.content).toContain('CVE-2026-12345');
  await expect(planner.notices).toContainText('Exported embargo-planner-plan-team.ics');
});

test('while presenting, a team export is not shown on screen, only saved', async ({
  page,
  call,
  app,
  planner,
}) => {
  await seedPlan(call);
  await openPlanner(planner, app.url);
  await page.getByRole('button', { name: /^Presentation mode/ }).click();
  const exporter = await ExportDialog.open(page);
  await exporter.choose({ profile: 'Team' });
  await exporter.previewReady('team');
  await expect(exporter.preview).toContainText('Hidden while presenting');
  await expect(exporter.previewText).toHaveCount(0);
  await expect(exporter.dialog).not.toContainText(SECRET_TITLE);
  const saved = await exporter.save();
  expect(saved.content).toContain(SECRET_TITLE);
});

test('the schedule mail is about one release, in plain text to copy', async ({
  page,
  call,
  app,
  planner,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedPlan(call);
  await openPlanner(planner, app.url);

  const exporter = await ExportDialog.open(page);
  await exporter.choose({ format: 'Schedule mail', profile: 'Pre-disclosure' });
  await expect(exporter.dialog.getByRole('radio', { name: 'Whole plan' })).toBeDisabled();
  await expect(exporter.releaseSelect).toHaveValue('4.21');
  const mail = await exporter.previewContent('predisclosure');
  expect(mail).toContain('4.21');
  expect(mail).toContain('XSA-900');
  expect(mail).not.toContain(SECRET_TITLE);
  await expect(exporter.mailSubject).toContainText('4.21');
  await expect(exporter.previewText).toHaveCSS('white-space', 'pre');

  await exporter.dialog.getByRole('button', { name: 'Copy mail text' }).click();
  await expect(exporter.dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
  // The preview drops the final newline the copied text keeps.
  expect((await page.evaluate(() => navigator.clipboard.readText())).trimEnd()).toBe(mail);
  await exporter.dialog.screenshot({ path: path.join(SHOTS, 'export-mail.png') });

  const saved = await exporter.save();
  expect(saved.fileName).toBe('embargo-planner-4.21-schedule-predisclosure.txt');
  expect(saved.content).toMatch(/^Subject: .*4\.21/);
});

test('a calendar exported again after a change keeps the UID and raises SEQUENCE', async ({
  page,
  call,
  app,
  planner,
  releaseForm: form,
}) => {
  await seedPlan(call);
  await openPlanner(planner, app.url);

  const before = icsEvents((await (await ExportDialog.open(page)).save()).content);
  const release = before.find((event) => event.summary === '4.21: Release');
  expect(release).toBeDefined();
  expect(release!.start).toBe(day(60).replace(/-/g, ''));

  // The release slips a week, through the editor as a release manager would.
  await planner.editRelease('4.21');
  await form.planned(2).fill(day(67));
  await form.saveAndClose();

  const after = icsEvents((await (await ExportDialog.open(page)).save()).content);
  const moved = after.find((event) => event.uid === release!.uid);
  expect(moved).toMatchObject({ summary: '4.21: Release', start: day(67).replace(/-/g, '') });
  expect(moved!.sequence).toBeGreaterThan(release!.sequence);
  // Nothing else moved, so nothing else asks subscribers' calendars to update.
  const freeze = before.find((event) => event.summary === '4.21: Hard code freeze')!;
  expect(after.find((event) => event.uid === freeze.uid)!.sequence).toBe(freeze.sequence);
});

const XSA_JSON = JSON.stringify([
  {
    xsas: [
      {
        xsa: 263,
        title: 'Speculative Store Bypass',
        cve: ['CVE-2018-3639'],
        public_time: '2018-05-21 12:00',
      },
      { xsa: 264, title: 'preemption checks bypassed', cve: [], public_time: '2018-06-27 12:00' },
      { xsa: 268, title: 'Use of v2 grant tables', cve: 'CVE-2018-15469', public_time: 'soon' },
    ],
  },
]);

test('an xsa.json with a bad entry is named in the preview and nothing is imported', async ({
  page,
  app,
  planner,
}) => {
  await openPlanner(planner, app.url);

  const importer = await ImportDialog.open(page);
  await importer.chooseFile('xsa.json', XSA_JSON);
  await expect(importer.kind('Plan data')).toBeChecked();
  await expect(importer.report).toContainText("as Xen's xsa.json");
  await expect(importer.count('To add')).toContainText('XSA-263');
  await expect(importer.count('Refused')).toContainText('1');
  const entry = importer.refused.getByRole('listitem');
  await expect(entry).toHaveCount(1);
  await expect(entry.locator('.import-where')).toHaveText('[0].xsas[2] (XSA-268)');
  await expect(entry).toContainText('public_time: "soon" is not a date and time');
  await expect(importer.importButton).toBeDisabled();
  await expect(importer.footerNote).toHaveText(
    'Nothing can be imported: 1 entry is refused, and an import is all or nothing. Correct the file and choose it again.',
  );
  await expect(importer.importButton).toHaveAccessibleDescription(/1 entry is refused/);
  fs.mkdirSync(SHOTS, { recursive: true });
  await importer.dialog.screenshot({ path: path.join(SHOTS, 'import-refused-entry.png') });

  await importer.close();
  await expect(advisoryRow(page, 'XSA-263')).toHaveCount(0);
});

test('a bundle is previewed, then imported whole, and a second import has nothing to do', async ({
  page,
  app,
  planner,
}) => {
  await openPlanner(planner, app.url);
  const bundle = fs.readFileSync(path.join(ROOT, 'examples/xen-4.11.bundle.json'), 'utf8');

  const importer = await ImportDialog.open(page);
  await importer.chooseFile('xen-4.11.bundle.json', bundle);
  const size = `${(Buffer.byteLength(bundle) / 1024).toFixed(1)} KB`;
  await expect(importer.report).toContainText(
    `Read xen-4.11.bundle.json (${size}) as a planner bundle`,
  );
  await expect(importer.report).toContainText('Nothing has been written yet');
  await expect(importer.count('To add')).toContainText('release 4.11');
  await expect(importer.count('To add')).toContainText('XSA-263');
  await expect(importer.count('Refused')).toContainText('0');
  // The preview wrote nothing.
  await expect(planner.release('4.11')).toHaveCount(0);

  await importer.importButton.click();
  await expect(importer.done).toContainText(/^Imported xen-4\.11\.bundle\.json: \d+ added/);
  await expect(planner.notices).toContainText('Imported xen-4.11.bundle.json');
  await expect(importer.report).toHaveCount(0);
  await importer.close();
  await expect(planner.release('4.11')).toBeVisible();
  await expect(advisoryRow(page, 'XSA-263')).toBeVisible();

  const again = await ImportDialog.open(page);
  await again.chooseFile('xen-4.11.bundle.json', bundle);
  await expect(again.count('To add')).toContainText('0');
  await expect(again.importButton).toBeDisabled();
  await expect(again.footerNote).toHaveText(
    'Nothing to import: everything in the file is already in the plan.',
  );
});

test('a file that is not a bundle says what is wrong with it, by place', async ({
  page,
  app,
  planner,
}) => {
  await openPlanner(planner, app.url);
  const importer = await ImportDialog.open(page);
  await importer.chooseFile(
    'broken.json',
    JSON.stringify({
      format: 'embargo-planner/bundle',
      version: 1,
      advisories: [{ key: 'XSA-1', publicAt: 'tomorrow' }],
    }),
  );
  await expect(importer.problems).toContainText('broken.json cannot be imported as plan data');
  await expect(importer.problems.locator('.import-where')).toHaveText('advisories[0].publicAt');
  fs.mkdirSync(SHOTS, { recursive: true });
  await importer.dialog.screenshot({ path: path.join(SHOTS, 'import-broken-bundle.png') });
  await expect(importer.importButton).toBeDisabled();
});

function calendar(name: string, events: { uid: string; summary: string; date: string }[]) {
  const body = events.flatMap((event) => [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    'DTSTAMP:20261101T000000Z',
    `DTSTART;VALUE=DATE:${event.date.replace(/-/g, '')}`,
    `SUMMARY:${event.summary}`,
    'END:VEVENT',
  ]);
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//e2e//EN',
    `X-WR-CALNAME:${name}`,
    ...body,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

test('holidays from an .ics become non-working days, and the count is shown', async ({
  page,
  app,
  planner,
}) => {
  await openPlanner(planner, app.url);
  const importer = await ImportDialog.open(page);
  await importer.chooseFile(
    'holidays-2027.ics',
    calendar('Public holidays', [
      { uid: 'ny-2027', summary: "New Year's Day", date: '2027-01-01' },
      { uid: 'may-2027', summary: 'Labour Day', date: '2027-05-01' },
    ]),
  );
  await expect(importer.kind('Holidays')).toBeChecked();
  await expect(importer.count('New holidays')).toContainText('2');
  await expect(importer.count('New holidays')).toContainText('Fri 1 Jan 2027');
  await expect(importer.count('Holidays afterwards')).toContainText('2');
  fs.mkdirSync(SHOTS, { recursive: true });
  await importer.dialog.screenshot({ path: path.join(SHOTS, 'import-holidays-preview.png') });
  await importer.importButton.click();
  await expect(importer.done).toHaveText(
    'Imported 2 holidays from holidays-2027.ics. The working-day calendar now has 2 holidays.',
  );
  await expect(planner.notices).toContainText('now has 2 holidays');
});

test("another project's calendar is kept as a reference, listed, and deleted", async ({
  page,
  app,
  planner,
}) => {
  await openPlanner(planner, app.url);
  const importer = await ImportDialog.open(page);
  await expect(importer.referenceCalendars).toContainText('None yet');
  await importer.chooseFile(
    'qemu.ics',
    calendar('QEMU releases', [
      { uid: 'qemu-10.0', summary: 'QEMU 10.0', date: '2027-04-20' },
      { uid: 'qemu-10.1', summary: 'QEMU 10.1', date: '2027-08-19' },
    ]),
  );
  await expect(importer.kind('Reference calendar')).toBeChecked();
  await expect(importer.count('Events')).toContainText('2');
  await expect(importer.count('Events')).toContainText('“QEMU releases”, a new reference calendar');
  await importer.importButton.click();
  await expect(importer.done).toHaveText(
    'Added the reference calendar "QEMU releases" with 2 events.',
  );
  await expect(importer.referenceCalendar('QEMU releases')).toContainText(
    '2 events · from qemu.ics',
  );
  await importer.dialog.screenshot({ path: path.join(SHOTS, 'import-reference-done.png') });

  await importer.deleteReferenceCalendar('QEMU releases');
  await expect(importer.referenceCalendar('QEMU releases')).toHaveCount(0);
  await expect(importer.referenceCalendars).toContainText('None yet');
  await expect(importer.dialog).toBeVisible();
});

test('a file that is not UTF-8 is refused at its byte, and UTF-16 by name', async ({
  page,
  app,
  planner,
}) => {
  await openPlanner(planner, app.url);
  const importer = await ImportDialog.open(page);
  const bundle = JSON.stringify({
    format: 'embargo-planner/bundle',
    version: 1,
    advisories: [{ key: 'XSA-1', title: 'Zürich', publicAt: '2027-01-01T12:00:00Z' }],
  });
  // As a Latin-1 editor would save it: "ü" is the single byte 0xFC.
  await importer.chooseFile('latin1.json', Buffer.from(bundle, 'latin1'));
  const problem = importer.dialog.getByText(/is not UTF-8 text/);
  await expect(problem).toContainText(
    `latin1.json: is not UTF-8 text: byte ${bundle.indexOf('ü')} (line 1) is not part of a UTF-8 character; save it as UTF-8 and try again.`,
  );
  await expect(importer.importButton).toBeDisabled();
  fs.mkdirSync(SHOTS, { recursive: true });
  await importer.dialog.screenshot({ path: path.join(SHOTS, 'import-not-utf8.png') });
  await importer.chooseFile('utf16.json', Buffer.from(`\ufeff${bundle}`, 'utf16le'));
  await expect(importer.dialog.getByText(/UTF-16/)).toContainText(
    'utf16.json: is UTF-16 (little-endian) text; save it as UTF-8 and try again.',
  );
});

test('holidays that repeat every second are refused at once, and the app stays responsive', async ({
  page,
  app,
  planner,
}) => {
  await openPlanner(planner, app.url);
  const importer = await ImportDialog.open(page);
  const events = Array.from({ length: 12 }, (_, i) => [
    'BEGIN:VEVENT',
    `UID:tick-${i}`,
    'DTSTART:20270101T000000Z',
    `RRULE:FREQ=SECONDLY;BYMONTHDAY=${3 + i};BYHOUR=0;BYMINUTE=0;BYSECOND=0`,
    'END:VEVENT',
  ]);
  const content = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events.flat(), 'END:VCALENDAR', ''].join(
    '\r\n',
  );
  await importer.chooseFile('office-days.ics', content);
  await importer.kind('Holidays').check();
  await expect(importer.problems).toContainText(
    'event 1 (UID tick-0): repeats within a day (RRULE FREQ=SECONDLY); holidays are whole days',
  );
  await expect(importer.importButton).toBeDisabled();
  await importer.dialog.screenshot({ path: path.join(SHOTS, 'import-holidays-secondly.png') });
  // As another project's calendar it may repeat within a day; its cost is what is refused.
  await importer.kind('Reference calendar').check();
  await expect(importer.problems).toContainText('takes too long to expand', { timeout: 15_000 });
  await importer.dialog.screenshot({ path: path.join(SHOTS, 'import-reference-too-costly.png') });
});

test('a record changed on both sides since the last exchange is shown, kept as yours, or taken from the file', async ({
  page,
  app,
  planner,
  call,
}) => {
  const release = await call<{ id: number; revision: number }>('releases.create', {
    name: '4.21',
    milestones: [{ kind: 'release', planned: '2027-02-16' }],
  });
  // The team bundle sent to the security team, as saved: it marks what 4.21 was.
  await call('exchange.exportBundle', { profile: 'team' });
  // What the security team sends back: 4.21 moved to the 18th, based on that exchange
  // (a preview carries the marks without moving them).
  const back = await call<{ releases: { milestones: { planned: string }[] }[] }>(
    'exchange.exportBundle',
    { profile: 'team', preview: true },
  );
  back.releases[0].milestones[0].planned = '2027-02-18';
  // Meanwhile the release manager moved it to the 23rd.
  await call('releases.update', {
    id: release.id,
    revision: release.revision,
    milestones: [{ kind: 'release', planned: '2027-02-23' }],
  });

  await openPlanner(planner, app.url);
  const importer = await ImportDialog.open(page);
  await importer.chooseFile('from-security.json', JSON.stringify(back));
  const conflicts = page.getByRole('region', { name: 'Changed on both sides' });
  await expect(conflicts).toContainText('1 record changed on both sides since your last exchange');
  await expect(conflicts).toContainText('release 4.21');
  await expect(conflicts.getByRole('radio', { name: /Keep yours/ })).toBeChecked();
  await expect(importer.footerNote).toHaveText(
    'Nothing else to import: the file changes only 1 record you changed too, and you keep yours.',
  );
  await page.screenshot({ path: path.join(SHOTS, 'import-conflicts.png') });

  await conflicts.getByRole('radio', { name: /Take the file’s/ }).check();
  await importer.importButton.click();
  await expect(importer.done).toContainText('Imported from-security.json');
  await importer.close();
  await expect(planner.release('4.21')).toContainText('Thu 18 Feb 2027');
});
