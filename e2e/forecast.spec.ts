import { type Download, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { milestonesFromTemplate, XEN_416_TEMPLATE } from '../shared/planning/templates';
import { expect, test, type App, type Call } from './support/fixtures';
import { dayText, tuesdayFromToday } from './support/dates';

// The two views that answer the thread's questions with data, on Xen's own
// history: where the time of 4.6–4.16 went, and what each policy would do
// to the next release, 4.17, planned ten weeks from today with one embargo
// still to lift a week before it. Charts are exported and read back.

const SHOTS = path.resolve(__dirname, '../screenshots');
const SECRET_TITLE = 'SECRET guest escape via the frobnicator';

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

const RELEASE = tuesdayFromToday(70);
const LIFT = new Date(Date.parse(RELEASE) - 7 * 86_400_000).toISOString().slice(0, 10);

/** Xen 4.17, planned with the 4.16 template ten weeks out. */
async function plan417(call: Call, withEmbargo: boolean): Promise<void> {
  await call('releases.create', {
    name: '4.17',
    milestones: milestonesFromTemplate(XEN_416_TEMPLATE, RELEASE).map((m) => ({
      kind: m.kind,
      planned: m.planned,
    })),
  });
  if (withEmbargo)
    await call('advisories.create', {
      key: 'XSA-420',
      title: SECRET_TITLE,
      status: 'embargoed',
      predisclosureAt: `${new Date(Date.parse(LIFT) - 14 * 86_400_000).toISOString().slice(0, 10)}T12:00:00Z`,
      publicAt: `${LIFT}T12:00:00Z`,
      affects: ['4.17'],
    });
}

/** Opens the app and loads the Xen history sample from the first-start screen. */
async function openWithXenHistory(page: Page, app: App): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Load Xen history' }).click();
  await expect(page.getByText(/Loaded Xen’s release history/)).toBeVisible();
}

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, bytes: fs.readFileSync((await download.path())!) };
}

test('the retrospective tells the story of Xen 4.6–4.16 and exports its chart and table', async ({
  page,
  app,
  retrospective: retro,
}) => {
  await openWithXenHistory(page, app);
  await retro.open();

  await expect(retro.headlines).toContainText(
    'Waiting only on embargoes added a median of 11 days to the last 11 releases (4.6–4.16)',
  );
  await expect(retro.headlines).toContainText(
    'In the last 5 (4.12–4.16) it was a median of 17 days.',
  );
  await expect(retro.headlines).toContainText(
    'measured from RC1 to the release: no feature freeze date is recorded',
  );
  const r411 = retro.row('4.11');
  await expect(r411.locator('td').nth(2)).toHaveText('+35');
  await expect(r411.locator('td').nth(3)).toHaveText('35');
  await expect(r411.locator('td').nth(6)).toContainText('from RC1');
  // Every number explains itself.
  await expect(r411.locator('td').nth(3)).toHaveAttribute(
    'title',
    /35 late days waiting only on XSA-264/,
  );
  await expect(retro.chart.locator('svg')).toHaveAttribute('aria-label', /Release cadence/);

  await r411.getByRole('button', { name: '4.11' }).click();
  await expect(retro.table.locator('.retro-details')).toContainText('Branch stable-4.11');
  await expect(retro.table.locator('.retro-details')).toContainText(
    'Held past its plan by: XSA-264',
  );
  await page.screenshot({ path: path.join(SHOTS, 'retrospective-xen.png'), fullPage: true });

  const svg = await downloaded(page, () => retro.exportButton('Chart SVG').click());
  expect(svg.download.suggestedFilename()).toBe('retrospective-cadence.svg');
  expect(svg.bytes.toString('utf8')).toMatch(/^<\?xml[^]*<title>Release cadence/);
  const png = await downloaded(page, () => retro.exportButton('Chart PNG').click());
  expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.bytes.readUInt32BE(16)).toBe(1920);
  const csv = await downloaded(page, () => retro.exportButton('Table CSV').click());
  const rows = csv.bytes.toString('utf8').split('\r\n');
  expect(rows[0]).toMatch(
    /^name,plannedRelease,actualRelease,daysLate,waitingOnEmbargoDays,otherBlockerDays/,
  );
  expect(rows).toContainEqual(
    expect.stringMatching(/^4\.11,2018-06-05,2018-07-10,35,35,0,0,84,rc1,/),
  );
});

test('the forecast compares the policies for 4.17, follows a change of policy and exports its chart', async ({
  page,
  call,
  app,
  forecast,
}) => {
  await openWithXenHistory(page, app);
  await plan417(call, true);
  await page.reload();

  await forecast.open();
  await expect(forecast.release).toHaveValue('4.17');
  await forecast.waitForResult();
  await expect(forecast.status).toHaveAttribute('title', /background worker/);
  await expect(forecast.table.locator('tbody tr')).toHaveCount(4);
  // Shipping keeps the date (only the history's unrecorded delays move it);
  // what cannot be in with the buffer waits for 4.17.1.
  expect((await forecast.dates('ship'))[1]).toBe(dayText(RELEASE));
  await expect(forecast.row('ship').locator('td').nth(6)).not.toHaveText('0');
  await expect(forecast.row('wait').locator('td').nth(1)).toHaveAttribute(
    'title',
    /half of the 10,000 futures ship by/,
  );
  await expect(forecast.assumptions).toContainText('New embargo batches');
  await expect(forecast.assumptions).toContainText('Other delays');
  // The chart names the known embargo by key and title on screen (not presenting).
  await expect(forecast.chart).toContainText('XSA-420');
  await page.screenshot({ path: path.join(SHOTS, 'forecast-4.17.png'), fullPage: true });

  // Change the policy: a six-week cut-off, and ship-and-point hidden.
  const before = await forecast.row('cutoff').innerText();
  await forecast.cutoff.fill('6');
  await forecast.waitForResult();
  await expect(forecast.table.locator('caption')).toContainText('cut-off 6 weeks');
  await expect(forecast.row('cutoff').locator('th')).toHaveText('Security cut-off (6 weeks)');
  expect(await forecast.row('cutoff').innerText()).not.toBe(before);
  await forecast.policyToggle('Ship on the date, point release').click();
  await expect(forecast.row('ship')).toHaveCount(0);
  await expect(forecast.chart).not.toContainText('Ship + point release');
  await page.screenshot({ path: path.join(SHOTS, 'forecast-4.17-cutoff.png'), fullPage: true });

  // Export: the public profile leaves the embargoed advisory out entirely,
  // the team profile carries its title and says so.
  const open = await downloaded(page, () => forecast.exportButton('Chart SVG').click());
  expect(open.download.suggestedFilename()).toBe('forecast-4.17.svg');
  const publicSvg = open.bytes.toString('utf8');
  expect(publicSvg).toContain('4.17: when it ships under each policy');
  expect(publicSvg).not.toContain('XSA-420');
  expect(publicSvg).not.toContain('SECRET');
  await forecast.profile.selectOption('team');
  await expect(forecast.view.getByRole('alert')).toContainText('EVERYTHING');
  const team = await downloaded(page, () => forecast.exportButton('Chart SVG').click());
  expect(team.bytes.toString('utf8')).toContain(`XSA-420 ${SECRET_TITLE}`);
  const png = await downloaded(page, () => forecast.exportButton('Chart PNG').click());
  expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);

  // Presentation mode: the title leaves the screen, and team exports are not offered.
  await page.getByRole('button', { name: /Presentation mode/ }).click();
  await expect(forecast.chart).toContainText('XSA-420');
  await expect(forecast.chart).not.toContainText('SECRET');
  await expect(forecast.profile).toHaveValue('predisclosure');
  await expect(forecast.profile.locator('option[value="team"]')).toBeDisabled();
});

test('a long forecast shows its progress, keeps the page responsive and stops when the input changes', async ({
  page,
  call,
  app,
  forecast,
}) => {
  await openWithXenHistory(page, app);
  await plan417(call, false);
  await page.reload();
  await forecast.open();
  await forecast.waitForResult();

  await forecast.futures.selectOption('1000000');
  await expect(forecast.status.locator('progress')).toBeVisible();
  await expect(forecast.status).toContainText(/\d+% of 1,000,000/);
  // The page answers while the worker simulates.
  const toggle = forecast.policyToggle('Branch and reopen master');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false', { timeout: 1000 });
  await page.screenshot({ path: path.join(SHOTS, 'forecast-progress.png') });
  // A new input cancels the million and brings the short run's result.
  await forecast.futures.selectOption('10000');
  await forecast.waitForResult();
  await expect(forecast.status).toHaveText(/^10,000 futures in/);
});
