import path from 'node:path';
import { exportBundle } from '../shared/exchange/exportBundle';
import { planAsKnownOn } from '../shared/planning/replay';
import { xenHistoryRecords } from '../shared/sample/xenHistorySample';
import { expect, test, type Call } from './support/fixtures';

// The moment the planner exists for, on Xen's real record: 4.11 on 14 June
// 2018, past its planned date with XSA-264..266 still to lift. The page's
// clock is set to that day; the plan is what was known then.

const SHOTS = path.resolve(__dirname, '../screenshots');
const TODAY = '2018-06-14';

test.use({ timezoneId: 'UTC', locale: 'en-GB', viewport: { width: 1440, height: 1000 } });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T09:00:00Z`));
});

async function loadKnownOn(call: Call, today: string) {
  const { releases, advisories } = xenHistoryRecords();
  const plan = planAsKnownOn(releases, advisories, '4.11', today);
  const content = JSON.stringify(exportBundle(plan, 'team', new Date(`${today}T09:00:00Z`)));
  await call('exchange.import', { content, fileName: 'known.json' });
}

test('an overdue release held only by embargoes: its card says so, and branching is recommended with the evidence', async ({
  call,
  app,
  planner,
  findings,
}) => {
  await loadKnownOn(call, TODAY);
  await planner.open(app.url);

  const card = planner.release('4.11');
  await expect(card.getByText('Overdue', { exact: true })).toBeVisible();
  await expect(card.getByText('Held by embargoes: XSA-264, XSA-265, XSA-266.')).toBeVisible();
  await expect(card.getByText('Only waiting on security')).toBeVisible();
  // The planned branch (Tue 22 May) passed without one; the freezes were done on time.
  await expect(planner.milestoneRow('4.11', 'Branch / reopen master')).toContainText(
    /Overdue 23 days/,
  );
  await expect(planner.milestoneRow('4.11', 'Hard code freeze')).not.toContainText('Overdue');

  const group = findings.group('4.11');
  await expect(
    findings.finding('4.11', /4\.11 is overdue: planned for Tue 5 Jun 2018/),
  ).toBeVisible();
  await expect(
    group.locator('.suggestion').filter({ hasText: 'Branch and reopen master' }),
  ).toContainText('Branch 4.11 on Thu 14 Jun 2018 and reopen master');
  // Exactly one of slip and point release is recommended, and says why.
  await expect(group.locator('.suggestion.is-recommended')).toHaveCount(1);
  await expect(group.locator('.suggestion-why')).toContainText('Why this one:');
  const evidence = findings.panel.locator('.evidence');
  await expect(evidence).toContainText('4.7: 11, 4.9: 5, 4.10: 1');
  await findings.panel.screenshot({ path: path.join(SHOTS, 'planning-truth-4.11-findings.png') });
  await card.screenshot({ path: path.join(SHOTS, 'planning-truth-4.11-card.png') });
});

test('a bug entered on the card stops branch-and-reopen until it is resolved', async ({
  call,
  app,
  planner,
  findings,
}) => {
  await loadKnownOn(call, TODAY);
  await planner.open(app.url);
  const card = planner.release('4.11');
  const branch = findings
    .group('4.11')
    .locator('.suggestion')
    .filter({ hasText: 'Branch and reopen master' });
  await expect(branch).toHaveCount(1);

  await card.getByRole('button', { name: 'Add a blocker to 4.11' }).click();
  const form = card.getByRole('form', { name: 'New blocker of 4.11' });
  await form.getByRole('textbox', { name: 'Blocker title' }).fill('Credit2 crash on boot');
  await form.getByRole('textbox', { name: /Expected resolution/ }).fill('2018-06-40');
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(form.getByRole('alert')).toHaveText('Expected: is not a real calendar date.');
  await form.getByRole('textbox', { name: /Expected resolution/ }).fill('2018-06-19');
  await form.getByRole('button', { name: 'Add' }).click();

  await expect(card.locator('.blocker').filter({ hasText: 'Credit2 crash on boot' })).toContainText(
    'expected Tue 19 Jun 2018',
  );
  await expect(card.getByText('Only waiting on security')).toHaveCount(0);
  await expect(branch).toHaveCount(0);
  await expect(findings.group('4.11').locator('.branch-waits')).toContainText(
    'bug “Credit2 crash on boot” is still open',
  );
  await card.screenshot({ path: path.join(SHOTS, 'planning-truth-blocker-card.png') });
  await findings
    .group('4.11')
    .screenshot({ path: path.join(SHOTS, 'planning-truth-blocker-findings.png') });

  await card.getByRole('button', { name: 'Resolve Credit2 crash on boot today' }).click();
  await expect(card.locator('.blocker.is-resolved')).toContainText('resolved Thu 14 Jun 2018');
  await expect(branch).toHaveCount(1);
  await expect(card.getByText('Only waiting on security')).toBeVisible();
});

test('Xen history loads from the first start, and the planner learns from it', async ({
  page,
  app,
  planner,
  findings,
}) => {
  await page.clock.setFixedTime(new Date('2022-07-01T09:00:00Z'));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Load Xen history' }).click();
  await planner.waitForPlan();
  await expect(planner.releasesPanel.getByRole('heading', { name: /Releases/ })).toContainText(
    '11',
  );
  const evidence = findings.panel.locator('.evidence');
  await evidence.locator('summary').click();
  await expect(evidence).toContainText(
    '4.7: 11, 4.9: 5, 4.10: 1, 4.11: 9, 4.12: 20, 4.13: 5, 4.14: 6, 4.15: 7',
  );
  await expect(evidence).toContainText('past releases held by embargoes came out a median of');
});

test('on the timeline, overdue milestones are carried to today, and the release opens to its blockers', async ({
  page,
  call,
  app,
  timeline,
}) => {
  await loadKnownOn(call, TODAY);
  await timeline.open(app.url);
  const release = timeline.milestone('Release 4.11');
  await expect(release).toHaveAttribute(
    'aria-label',
    /overdue: planned Tue 5 Jun 2018, 9 days ago, not recorded as done/,
  );
  await expect(release).toHaveClass(/is-overdue/);
  await expect(timeline.milestone('4.11 Hard code freeze')).not.toHaveClass(/is-overdue/);

  await release.hover();
  await expect(timeline.popover).toContainText('Overdue9 days: not recorded as done');
  await expect(timeline.popover).toContainText(
    'XSA-264, XSA-265, XSA-266 (only waiting on security)',
  );

  // Click to edit: the release editor, with its blockers.
  await release.click();
  const editor = page.getByRole('dialog', { name: 'Edit release 4.11' });
  await editor.getByRole('button', { name: 'Add blocker' }).click();
  await editor.getByRole('textbox', { name: 'Blocker 1 title' }).fill('Push gate not passed');
  await editor.getByRole('combobox', { name: 'Blocker 1 kind' }).selectOption('test-gate');
  await editor.getByRole('textbox', { name: 'Blocker 1 expected resolution' }).fill('2018-06-18');
  await editor.getByRole('button', { name: 'Save release' }).click();
  await expect(editor).toHaveCount(0);
  await expect(timeline.plot.locator('.tl-blocker-badge')).toHaveText('1');
  await release.hover();
  await expect(timeline.popover).toContainText(
    'Test gate: Push gate not passed (holds the release)',
  );
  await page.screenshot({ path: path.join(SHOTS, 'planning-truth-timeline.png') });

  await release.click();
  await editor.getByRole('textbox', { name: 'Blocker 1 resolved' }).fill('2018-06-14');
  await editor.getByRole('button', { name: 'Save release' }).click();
  await expect(timeline.plot.locator('.tl-blocker-badge')).toHaveCount(0);
});
