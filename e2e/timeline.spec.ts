import { type Page } from '@playwright/test';
import path from 'node:path';
import { expect, test, type Call } from './support/fixtures';

// The timeline as a release manager uses it: dragging a date and watching
// the warnings follow, doing the same with the keyboard alone, applying a
// suggestion, and hiding embargoed details for a shared screen.

const SHOTS = path.resolve(__dirname, '../screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

/**
 * Release 4.30 on Tue 9 Mar 2027 and XSA-900 lifting three weeks earlier,
 * on Tue 16 Feb: far enough apart that nothing is wrong yet.
 */
async function seedCollisionPlan(call: Call) {
  await call('releases.create', {
    name: '4.30',
    milestones: [
      { kind: 'feature-freeze', planned: '2027-01-26' },
      { kind: 'code-freeze', planned: '2027-02-09' },
      { kind: 'hard-code-freeze', planned: '2027-02-23' },
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
  });
}

const AFTER_RELEASE = /^Error: XSA-900 lifts .* after the planned 4\.30 release/;

async function loadSample(page: Page) {
  await page.getByRole('button', { name: 'Load sample plan' }).click();
}

test('dragging a release date across an embargo lift shows the warning live, and undo takes it back', async ({
  page,
  call,
  app,
  timeline,
}) => {
  await seedCollisionPlan(call);
  await timeline.open(app.url);
  const release = timeline.milestone('Release 4.30');
  await expect(release).toBeVisible();
  await expect(timeline.findings(AFTER_RELEASE)).toHaveCount(0);

  const liftX = (await timeline.center(timeline.lift('XSA-900'))).x;
  const startX = (await timeline.center(release)).x;
  await timeline.pressAndMove(release, [liftX - 30, startX, liftX - 30], async (step) => {
    // While the button is still down: the findings are recomputed on the previewed plan.
    if (step === 0) await expect(timeline.findings(AFTER_RELEASE)).toBeVisible();
    if (step === 1) await expect(timeline.findings(AFTER_RELEASE)).toHaveCount(0);
    if (step === 2) await expect(timeline.findings(AFTER_RELEASE)).toBeVisible();
  });
  await timeline.release();
  await expect(timeline.notices).toContainText('Moved Release 4.30 to');
  await expect(timeline.findings(AFTER_RELEASE)).toBeVisible();
  await expect(release).not.toHaveAttribute('aria-label', /planned Tue 9 Mar 2027/);
  await page.screenshot({ path: path.join(SHOTS, 'timeline-drag-collision.png') });

  await page.keyboard.press('Control+z');
  await expect(release).toHaveAttribute('aria-label', /planned Tue 9 Mar 2027/);
  await expect(timeline.findings(AFTER_RELEASE)).toHaveCount(0);

  await page.keyboard.press('Control+Shift+z');
  await expect(timeline.findings(AFTER_RELEASE)).toBeVisible();
});

test('a release is re-planned with the keyboard alone', async ({ page, call, app, timeline }) => {
  await seedCollisionPlan(call);
  await timeline.open(app.url);

  await timeline.tabIntoItems();
  await timeline.arrowTo('Release 4.30');
  expect(await timeline.focusedLabel()).toContain('planned Tue 9 Mar 2027');

  // Alt held: four weeks earlier, the warnings follow; letting go of Alt writes one change.
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect(timeline.findings(AFTER_RELEASE)).toBeVisible();
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  await expect(timeline.notices).toContainText('Moved Release 4.30 to Tue 9 Feb 2027');
  expect(await timeline.focusedLabel()).toContain('planned Tue 9 Feb 2027');

  // One more day with Alt+Right, written at once.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(timeline.notices).toContainText('Moved Release 4.30 to Wed 10 Feb 2027');

  // Enter opens the release's editor, which shows the new date.
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Edit release 4.30' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Undo, from the keyboard too, puts back one step at a time.
  await page.keyboard.press('Control+z');
  await expect(timeline.milestone('Release 4.30')).toHaveAttribute(
    'aria-label',
    /planned Tue 9 Feb 2027/,
  );
  await page.keyboard.press('Control+z');
  await expect(timeline.milestone('Release 4.30')).toHaveAttribute(
    'aria-label',
    /planned Tue 9 Mar 2027/,
  );
  await expect(timeline.findings(AFTER_RELEASE)).toHaveCount(0);
});

test('an embargo lift dragged on the timeline asks why, then moves', async ({
  call,
  app,
  timeline,
}) => {
  await seedCollisionPlan(call);
  await timeline.open(app.url);
  const releaseX = (await timeline.center(timeline.milestone('Release 4.30'))).x;
  await timeline.pressAndMove(timeline.lift('XSA-900'), [releaseX + 30]);
  await expect(timeline.findings(AFTER_RELEASE)).toBeVisible();
  await timeline.release();
  await expect(timeline.moveDialog).toBeVisible();
  const reason = timeline.moveDialog.getByLabel('Reason for the move');
  // Never pre-filled: an unread default would be the history's only answer to "why".
  await expect(reason).toHaveValue('');
  await expect(reason).toBeFocused();
  await timeline.moveDialog.getByRole('button', { name: 'Move embargo' }).click();
  await expect(timeline.moveDialog).toContainText('Say why the embargo moves');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await timeline.moveDialog.screenshot({ path: path.join(SHOTS, 'timeline-move-reason.png') });
  await reason.fill('Discoverer asked for more time');
  await timeline.moveDialog.getByRole('button', { name: 'Move embargo' }).click();
  await expect(timeline.moveDialog).toBeHidden();
  await expect(timeline.notices).toContainText('Moved the XSA-900 lift to');
  await expect(timeline.findings(AFTER_RELEASE)).toBeVisible();
  const moves = (await call('advisories.embargoMoves', { key: 'XSA-900' })) as {
    moves: { reason: string }[];
  };
  expect(moves.moves.map((m) => m.reason)).toEqual(['Discoverer asked for more time']);
});

test('a suggestion is applied from the timeline', async ({ page, app, timeline }) => {
  await timeline.open(app.url);
  await loadSample(page);
  const slip = timeline.suggestion('4.21', 'Slip the release');
  await expect(slip).toBeVisible();
  const label = (await slip.getAttribute('aria-label')) ?? '';
  const to = /to (\w{3} \d{1,2} \w{3} \d{4})/.exec(label)![1];

  await slip.hover();
  await expect(timeline.popover).toContainText('Slip the release');
  await slip.click();
  const details = page.getByRole('dialog', { name: 'Slip the release' });
  await expect(details).toBeVisible();
  // The same button as in the findings panel: it says what one click writes.
  await details.getByRole('button', { name: `Slip to ${to}` }).click();
  await expect(timeline.notices).toContainText(`Slipped 4.21 to ${to}.`);
  await expect(timeline.milestone('Release 4.21')).toHaveAttribute(
    'aria-label',
    new RegExp(`planned ${to}`),
  );
  await expect(timeline.suggestion('4.21', 'Slip the release')).toHaveCount(0);
});

const EMBARGOED_SECRETS = [
  'Arm: speculative store bypass mitigation incomplete',
  'grant table: missing unmap check',
  'x86 HVM: emulator state leak',
  'CVE-2026-31471',
  'CVE-2026-31472',
  'Arm SSBD control fix-up',
  'Discoverer asked for one more week',
];

async function expectNoSecrets(page: Page) {
  const text = await page.evaluate(() => document.body.innerText);
  const html = await page.evaluate(() => document.body.outerHTML);
  for (const secret of EMBARGOED_SECRETS) {
    expect(text, `"${secret}" on screen`).not.toContain(secret);
    expect(html, `"${secret}" in the page`).not.toContain(secret);
  }
}

test('presentation mode leaves no embargoed detail in the page', async ({
  page,
  app,
  timeline,
}) => {
  await timeline.open(app.url);
  await loadSample(page);
  await expect(timeline.advisory('XSA-472')).toBeVisible();
  // Before: the details are there to hide.
  await timeline.advisory('XSA-472').hover();
  await expect(timeline.popover).toContainText('grant table: missing unmap check');

  await timeline.presentationToggle.click();
  await expect(page.getByRole('note')).toContainText('Presentation mode is on');
  await timeline.advisory('XSA-472').hover();
  await expect(timeline.popover).toContainText('hidden while presenting');
  await expectNoSecrets(page);
  await page.screenshot({ path: path.join(SHOTS, 'timeline-presenting.png') });

  await timeline.agendaButton.click();
  await expect(timeline.agenda).toContainText('XSA-472 embargo lifts');
  await expectNoSecrets(page);

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Plan' })
    .click();
  await expect(page.getByRole('region', { name: /^Advisories\b/ })).toContainText('XSA-472');
  await expectNoSecrets(page);

  // Still hidden after a reload in the middle of the meeting.
  await page.reload();
  await expect(page.getByRole('note')).toContainText('Presentation mode is on');
  await expectNoSecrets(page);
});

test('screenshots: the default view, a freeze with a collision up close, and the agenda', async ({
  page,
  app,
  timeline,
}) => {
  await timeline.open(app.url);
  await loadSample(page);
  await expect(timeline.suggestion('4.21', 'Slip the release')).toBeVisible();
  await expect(timeline.notices).toBeEmpty({ timeout: 10_000 });
  await page.mouse.move(5, 5);
  await page.screenshot({ path: path.join(SHOTS, 'timeline-default.png') });

  // Zoom in on the hard code freeze, where an embargo lifts after the release.
  await page.getByRole('button', { name: 'Fit release' }).click();
  const collision = timeline.findings(/^Error: XSA-472 lifts/).first();
  await collision.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  // Drag the empty part of the plot to bring the collision to the middle.
  const spot = await timeline.center(collision);
  const below = page.viewportSize()!.height - 60;
  await page.mouse.move(spot.x, below);
  await page.mouse.down();
  await page.mouse.move(760, below, { steps: 10 });
  await page.mouse.up();
  await collision.hover();
  await expect(timeline.popover).toContainText('Embargo lifts after the release');
  await page.screenshot({ path: path.join(SHOTS, 'timeline-freeze-collision.png') });

  await timeline.agendaButton.click();
  await expect(timeline.agenda).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'timeline-agenda.png'), fullPage: true });
});
