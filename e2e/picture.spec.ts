import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Call } from './support/fixtures';

// The timeline as a release manager posts it, and the parts of it that only
// now take part: other projects' calendars on lanes of their own, follow-up
// fixes moved like any date, and a drag that runs to the edge of the view.

const SHOTS = path.resolve(__dirname, '../screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

const UPSTREAM = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//e2e//EN',
  'BEGIN:VEVENT',
  'UID:merge-window',
  'DTSTART;VALUE=DATE:20270104',
  'DTEND;VALUE=DATE:20270118',
  'SUMMARY:Upstream merge window',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

async function seed(call: Call) {
  await call('releases.create', {
    name: '4.30',
    milestones: [
      { kind: 'feature-freeze', planned: '2027-01-26' },
      { kind: 'code-freeze', planned: '2027-02-09' },
      { kind: 'release', planned: '2027-03-09' },
    ],
  });
  await call('advisories.create', {
    key: 'XSA-900',
    title: 'Grant copy overrun',
    cves: ['CVE-2027-0900'],
    status: 'embargoed',
    predisclosureAt: '2027-02-01T12:00:00Z',
    publicAt: '2027-02-16T12:00:00Z',
    affects: ['4.30'],
    followUps: [{ summary: 'Arm side of the fix', expectedAt: '2027-02-22' }],
  });
  await call('advisories.create', {
    key: 'XSA-880',
    title: 'Public shadow paging bug',
    status: 'public',
    predisclosureAt: '2027-01-11T12:00:00Z',
    publicAt: '2027-01-25T12:00:00Z',
    affects: [],
  });
  await call('calendars.importReference', {
    content: UPSTREAM,
    fileName: 'upstream.ics',
    name: 'Upstream kernel',
  });
}

test('the timeline is saved as a public picture by default; a team one says what it holds', async ({
  page,
  call,
  app,
  timeline,
}) => {
  await seed(call);
  await timeline.open(app.url);
  await expect(timeline.milestone('Release 4.30')).toBeVisible();
  // Another project's calendar on a lane of its own, and in the agenda.
  await expect(timeline.view.locator('.tl-ref-name')).toHaveText('Upstream kernel');
  await expect(timeline.plot.locator('.tl-ref-label')).toHaveText('Upstream merge window');

  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await expect(dialog.getByRole('radio', { name: 'Public' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'PNG' })).toBeChecked();
  await expect(dialog.getByRole('img', { name: /^Preview: Public/ })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(SHOTS, 'export-image-dialog-1280.png') });

  // PNG: a real image, drawn by the browser.
  const png = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save PNG' }).click();
  const pngFile = await (await png).path();
  const header = fs.readFileSync(pngFile).subarray(0, 8);
  expect([...header]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await expect(page.locator('.notices')).toContainText(
    'Exported embargo-planner-plan-public.png (public profile).',
  );

  // SVG, public: the embargoed advisory is not in it at all; the public one and the lane are.
  await page.getByRole('button', { name: 'Export image…' }).click();
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  const svg = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save SVG' }).click();
  const publicSvg = fs.readFileSync(await (await svg).path(), 'utf8');
  for (const secret of ['XSA-900', 'Grant copy overrun', 'CVE-2027-0900', 'Arm side'])
    expect(publicSvg).not.toContain(secret);
  expect(publicSvg).toContain('XSA-880 · Public shadow paging bug');
  expect(publicSvg).toContain('Upstream kernel');

  // Team: a warning first; then the embargo is drawn with its title.
  await page.getByRole('button', { name: 'Export image…' }).click();
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  await dialog.getByRole('radio', { name: 'Team' }).check();
  await expect(dialog.getByRole('alert')).toContainText('This picture shows embargoed titles');
  const team = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save SVG' }).click();
  const teamSvg = fs.readFileSync(await (await team).path(), 'utf8');
  expect(teamSvg).toContain('XSA-900 · Grant copy overrun');
  expect(teamSvg).toContain('TEAM ONLY');

  // Presenting on a shared screen: even a team picture leaves embargoed titles out.
  await page.getByRole('button', { name: /^Presentation mode/ }).click();
  await page.getByRole('button', { name: 'Export image…' }).click();
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  await dialog.getByRole('radio', { name: 'Team' }).check();
  await expect(dialog).toContainText('Presentation mode is on');
  const presenting = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save SVG' }).click();
  const presentingSvg = fs.readFileSync(await (await presenting).path(), 'utf8');
  expect(presentingSvg).toContain('>XSA-900<');
  expect(presentingSvg).not.toContain('Grant copy overrun');
});

test('a follow-up fix is focused, moved with Alt+arrows and dragged, the view panning at the edge', async ({
  page,
  call,
  app,
  timeline,
}) => {
  await seed(call);
  await timeline.open(app.url);
  await expect(timeline.milestone('Release 4.30')).toBeVisible();

  const followUp = timeline.plot.getByRole('button', { name: /^Follow-up fix to XSA-900, / });
  await expect(followUp).toHaveAccessibleName(
    'Follow-up fix to XSA-900, pending, due Mon 22 Feb 2027: Arm side of the fix',
  );
  await timeline.tabIntoItems();
  await timeline.arrowTo('Follow-up fix to XSA-900');
  await page.keyboard.down('Alt');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.up('Alt');
  await expect(timeline.notices).toContainText(
    'Moved the follow-up fix to XSA-900 to Wed 24 Feb 2027. Ctrl+Z undoes it.',
  );
  const stored = async () =>
    (
      await call<{ key: string; followUps: { expectedAt: string }[] }[]>('advisories.list', {})
    ).find((a) => a.key === 'XSA-900')!.followUps[0].expectedAt;
  expect(await stored()).toBe('2027-02-24');

  // Enter opens the advisory at the follow-up's date.
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Edit advisory XSA-900' });
  await expect(editor.getByLabel('Follow-up 1 expected date')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  // Dragged to the right edge and held there: the view pans and the date keeps moving.
  const rangeBefore = await page.locator('.tl-range').textContent();
  const box = (await followUp.boundingBox())!;
  const plot = (await page.locator('.tl-viewport').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(plot.x + plot.width - 6, box.y + box.height / 2, { steps: 12 });
  await expect.poll(() => page.locator('.tl-range').textContent()).not.toBe(rangeBefore);
  await page.waitForTimeout(400);
  await page.mouse.up();
  await expect(timeline.notices).toContainText('Moved the follow-up fix to XSA-900 to');
  // That notice may still be the keyboard move's: wait for the drop's own write.
  await expect.poll(stored).not.toBe('2027-02-24');
  const dropped = await stored();
  // Further than the right edge was when the drag began.
  const edgeBefore = rangeBefore!.split(' – ')[1];
  expect(Date.parse(dropped)).toBeGreaterThan(Date.parse(`${edgeBefore} UTC`));

  // One undo puts the drop back.
  await page.keyboard.press('Control+z');
  await expect.poll(stored).toBe('2027-02-24');
});
