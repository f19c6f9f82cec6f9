import fs from 'node:fs';
import path from 'node:path';
import { ExportDialog } from './pages/ExchangeDialogs';
import { expect, test, type Call } from './support/fixtures';
import { day } from './support/dates';
import { openPlanner } from './support/openPlanner';

// Calendars and sharing as a release manager and the security team use them,
// the export side: export under a redaction profile and read what would leave
// the machine, and re-export for subscribers after a change, all through the
// browser-mode server on a fresh database.

const ROOT = path.resolve(__dirname, '..');
const SHOTS = path.join(ROOT, 'screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

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
