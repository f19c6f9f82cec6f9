import fs from 'node:fs';
import path from 'node:path';
import { HistoryDialog } from './pages/HistoryDialog';
import { expect, test, type Call } from './support/fixtures';

// The settings as a release manager tunes them: thresholds, the working
// week, the waiting policy and the holidays, named, imported from a public
// holiday calendar, seen on the timeline, and taken back with undo.

const SHOTS = path.resolve(__dirname, '../screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

/** A public-holiday calendar as a government site publishes it. */
const BANK_HOLIDAYS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//e2e//EN',
  'X-WR-CALNAME:Bank holidays',
  'BEGIN:VEVENT',
  'UID:xmas-2026',
  'DTSTART;VALUE=DATE:20261225',
  'SUMMARY:Christmas Day',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:boxing-2026',
  'DTSTART;VALUE=DATE:20261228',
  'SUMMARY:Boxing Day (substitute day)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:ny-2027',
  'DTSTART;VALUE=DATE:20270101',
  'SUMMARY:New Year’s Day',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** Release 4.30 in February 2027, so the holidays above are on its timeline. */
async function seed(call: Call) {
  await call('releases.create', {
    name: '4.30',
    milestones: [
      { kind: 'feature-freeze', planned: '2026-12-15' },
      { kind: 'code-freeze', planned: '2027-01-12' },
      { kind: 'release', planned: '2027-02-09' },
    ],
  });
}

test('the settings: thresholds and named holidays saved as one undoable step, shown on the timeline', async ({
  page,
  call,
  app,
  timeline,
  settings,
}) => {
  await seed(call);
  const icsFile = path.join(path.dirname(app.dbFile), 'bank-holidays.ics');
  fs.writeFileSync(icsFile, BANK_HOLIDAYS);
  await timeline.open(app.url);
  await settings.show();
  await expect(settings.warnWindow).toHaveValue('14');
  await expect(settings.weekday('Working days', 'Friday')).toBeChecked();
  await expect(settings.policy(/^Decide from how long past releases waited/)).toBeChecked();
  await expect(settings.saveButton).toBeDisabled();
  await expect(settings.status).toHaveText('All settings are saved.');

  // A typo is named beside its field and nothing is saved.
  await settings.warnWindow.fill('three');
  await settings.save();
  await expect(settings.warnWindow).toHaveAccessibleDescription(
    /^Warning window must be a whole number of days/,
  );
  await expect(settings.warnWindow).toBeFocused();
  await expect(settings.problems).toContainText('Nothing was saved');
  await settings.warnWindow.fill('21');
  await settings.weekday('Preferred release weekdays', 'Monday').check();
  await settings.policy(/^Wait up to a number of weeks/).check();
  await settings.form.getByLabel('Longest wait', { exact: true }).fill('3');

  // Holidays: one typed, with a name; a date that does not exist is refused on the spot.
  await settings.addHoliday('2026-12-32', 'Nonsense');
  await expect(settings.newHolidayDate).toHaveAccessibleDescription(
    /2026-12-32 is not a real calendar date/,
  );
  await settings.addHoliday('2026-12-24', 'Christmas Eve');
  await expect(settings.holidayName('Thu 24 Dec 2026')).toHaveValue('Christmas Eve');
  await expect(settings.newHolidayDate).toHaveValue('');

  // Then a public-holiday calendar, previewed day by day before anything changes.
  await settings.holidays.getByRole('button', { name: 'Import from .ics…' }).click();
  await settings.importDialog.getByLabel('Calendar file').setInputFiles(icsFile);
  await expect(settings.importDialog.getByRole('status')).toHaveText(
    'bank-holidays.ics: 3 new holidays.',
  );
  const preview = settings.importDialog.getByRole('table');
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview.getByRole('row').nth(2)).toContainText(
    'Mon 28 Dec 2026Boxing Day (substitute day)New holiday',
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(SHOTS, 'settings-import-holidays-1280.png') });
  await settings.importDialog.getByRole('button', { name: 'Add 3 holidays' }).click();
  await expect(settings.importDialog).toBeHidden();
  await expect(settings.holidayName('Fri 25 Dec 2026')).toHaveValue('Christmas Day');

  // Rename one, remove one: still one draft.
  await settings.holidayName('Mon 28 Dec 2026').fill('Boxing Day');
  await settings.removeHoliday('Fri 1 Jan 2027').click();
  await expect(settings.holidayName('Fri 1 Jan 2027')).toHaveCount(0);
  await expect(settings.status).toHaveText(
    'Not saved yet: warning window, preferred release weekdays, holidays, holiday names, wait for embargoes, longest wait.',
  );

  // The draft survives a look at the timeline; the tab says it is not saved.
  await timeline.show();
  await expect(settings.tab).toHaveAccessibleName('Settings (changes not saved)');
  await settings.show();
  await expect(settings.warnWindow).toHaveValue('21');
  await page.screenshot({ path: path.join(SHOTS, 'settings-unsaved-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: path.join(SHOTS, 'settings-unsaved-1440.png') });

  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.notices')).toContainText('Saved the settings');
  await expect(settings.status).toHaveText('All settings are saved.');
  await expect(settings.tab).toHaveAccessibleName('Settings');
  const stored = await call<Record<string, unknown>>('settings.get', {});
  expect(stored).toMatchObject({
    warnWindowDays: 21,
    releaseWeekdays: [1, 2, 3, 4],
    embargoWaitPolicy: 'up-to',
    embargoWaitWeeks: 3,
    holidays: ['2026-12-24', '2026-12-25', '2026-12-28'],
    holidayNames: {
      '2026-12-24': 'Christmas Eve',
      '2026-12-25': 'Christmas Day',
      '2026-12-28': 'Boxing Day',
    },
  });

  // The history says what changed, holidays by name.
  await settings.view.getByRole('button', { name: 'History' }).click();
  const history = new HistoryDialog(page, 'the settings');
  await expect(history.entries).toHaveCount(1);
  await expect(history.change(1, 'Warning window')).toContainText('14 days→21 days');
  await expect(history.change(1, 'Holiday Thu 24 Dec 2026')).toContainText('Christmas Eve');
  await expect(history.change(1, 'Wait for embargoes')).toContainText(
    'Decide from how long past releases waited→Wait up to a number of weeks',
  );
  await page.screenshot({ path: path.join(SHOTS, 'settings-history-1440.png') });
  await history.close();

  // The timeline names the holidays, and its legend says what the tint means.
  await timeline.show();
  await expect(timeline.view.locator('.tl-legend')).toContainText('Holiday (named at the top)');
  await timeline.page.getByRole('button', { name: 'Fit release' }).click();
  await expect(timeline.plot.locator('.tl-holiday')).toHaveCount(3);
  await expect(timeline.plot.locator('.tl-holiday-label').first()).toHaveText('Christmas Eve');
  await timeline.agendaButton.click();
  await expect(timeline.agenda.getByRole('row', { name: /Boxing Day/ })).toContainText(
    'Mon 28 Dec 2026HolidayBoxing DayNon-working day',
  );
  await timeline.timelineButton.click();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(SHOTS, 'timeline-holidays-1280.png') });

  // One undo takes the whole save back.
  await page.keyboard.press('Control+z');
  await expect(page.locator('.notices')).toContainText(
    'Undone: Change settings (warning window, preferred release weekdays, 3 more).',
  );
  await settings.show();
  await expect(settings.warnWindow).toHaveValue('14');
  await expect(
    settings.holidays.getByRole('textbox', { name: /^Name of the holiday/ }),
  ).toHaveCount(0);
  expect((await call<{ holidays: string[] }>('settings.get', {})).holidays).toEqual([]);
});

test('discarding settings changes asks first and puts back what is stored', async ({
  page,
  app,
  settings,
}) => {
  await page.goto(app.url);
  await settings.show();
  await settings.releaseBuffer.fill('4');
  await settings.form.getByRole('checkbox', { name: /^Make public automatically/ }).check();
  await settings.discardButton.click();
  const ask = page.getByRole('dialog', { name: 'Unsaved changes' });
  await expect(ask).toContainText('You have changed the settings and not saved it.');
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(settings.releaseBuffer).toHaveValue('4');
  await settings.discardButton.click();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(settings.releaseBuffer).toHaveValue('2');
  await expect(
    settings.form.getByRole('checkbox', { name: /^Make public automatically/ }),
  ).not.toBeChecked();
  await expect(settings.saveButton).toBeDisabled();
});
