import fs from 'node:fs';
import path from 'node:path';
import { ImportDialog } from './pages/ExchangeDialogs';
import { expect, test } from './support/fixtures';
import { openPlanner } from './support/openPlanner';

// Calendars imported as a release manager uses them: holidays from an .ics
// with a preview first, another project's calendar kept as a reference, and
// calendars too costly to expand refused, all through the browser-mode server
// on a fresh database.

const ROOT = path.resolve(__dirname, '..');
const SHOTS = path.join(ROOT, 'screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

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
