import path from 'node:path';
import { HistoryDialog } from './pages/HistoryDialog';
import { PlannerPage } from './pages/PlannerPage';
import { ReleaseForm } from './pages/ReleaseForm';
import { expect, test } from './support/fixtures';
import { todayText, tuesdayFromToday } from './support/dates';

// Planning as a release manager meets it: the findings on the sample plan
// and a suggestion applied with one click, a release made from the Xen 4.16
// template, a baseline committed and a slip seen against it, and templates
// of one's own.

const SHOTS = path.resolve(__dirname, '../screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

/** A milestone's row, whether or not it carries the "next" tag. */
function row(planner: PlannerPage, release: string, title: string) {
  return planner
    .release(release)
    .getByRole('row')
    .filter({
      has: planner.page.getByRole('rowheader', { name: new RegExp(`^${title}( next)?$`) }),
    });
}

test('the sample plan’s collisions are listed, and one click slips the release past them', async ({
  page,
  call,
  app,
  planner,
  findings,
}) => {
  await planner.open(app.url);
  await planner.loadSampleButton.click();
  await findings.expectVisible();

  await expect(findings.filter('error')).toHaveText('2 errors');
  await expect(findings.filter('warning')).toHaveText('3 warnings');
  // The header counts the errors in every view, and takes you to them.
  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Timeline', exact: true }).click();
  await page.getByRole('banner').getByRole('button', { name: '2 errors' }).click();
  await expect(views.getByRole('button', { name: 'Plan', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(findings.panel.getByRole('heading', { name: 'Findings' })).toBeFocused();
  const late = findings.finding('4.21', /XSA-472 lifts .*, 1 day after the planned 4\.21 release/);
  await expect(late).toBeVisible();
  // The severity is a word beside its icon, and the figures have a line of their own.
  await expect(late.locator('.severity')).toHaveText('Error');
  await expect(late.locator('.finding-numbers')).toHaveText('1 day after');
  await expect(findings.finding('Advisory dates', /XSA-472 is pre-disclosed/)).toContainText(
    'Warning',
  );
  await expect(planner.notices).toBeEmpty({ timeout: 10_000 });
  await page.screenshot({ path: path.join(SHOTS, 'plan-findings.png'), fullPage: true });

  const slip = findings.applyButton('4.21', /^Slip to /);
  const day = ((await slip.textContent()) ?? '').replace('Slip to ', '');
  expect(day).toMatch(/^Tue \d+ \w{3} \d{4}$/);
  await slip.click();
  await expect(planner.notices).toContainText(`Slipped 4.21 to ${day}.`);
  await expect(late).toHaveCount(0);
  await expect(findings.filter('error')).toHaveText('0 errors');
  await expect(page.getByRole('banner').getByRole('button', { name: /errors?$/ })).toHaveCount(0);
  await expect(planner.milestoneRow('4.21', 'Release')).toContainText(day);

  // One click was one write: a single undo takes it back.
  const undo = await call<{ undoLabel: string | null }>('undo.state', {});
  expect(undo.undoLabel).toBe('Move release 4.21 dates');
  await planner.reload();
  await expect(planner.milestoneRow('4.21', 'Release')).toContainText(day);
  await expect(findings.filter('error')).toHaveText('0 errors');
});

test('moving an embargo from a suggestion asks why, as a drag does, and the history keeps the answer', async ({
  page,
  app,
  planner,
  findings,
}) => {
  await planner.open(app.url);
  await planner.loadSampleButton.click();
  await findings.expectVisible();

  await findings.applyButton('4.21', 'Move XSA-472 lift').click();
  const dialog = page.getByRole('dialog', { name: 'Move the XSA-472 embargo?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.tl-move-proposal')).toContainText('The planner suggests it:');
  // No reason, no move: the change log never gets one nobody gave.
  await expect(dialog.getByRole('textbox', { name: 'Reason for the move' })).toHaveValue('');
  await dialog.getByRole('button', { name: 'Move embargo' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Say why the embargo moves');
  const before = await planner.advisory('XSA-472').textContent();
  await page.screenshot({ path: path.join(SHOTS, 'plan-move-embargo-reason.png') });

  await dialog
    .getByRole('textbox', { name: 'Reason for the move' })
    .fill('Discoverer agreed to lift before the release');
  await dialog.getByRole('button', { name: 'Move embargo' }).click();
  await expect(dialog).toBeHidden();
  await expect(planner.notices).toContainText('Moved the XSA-472 lift to');
  await expect(planner.advisory('XSA-472')).not.toHaveText(before ?? '');

  await planner
    .advisory('XSA-472')
    .getByRole('button', { name: 'History of advisory XSA-472' })
    .click();
  const history = new HistoryDialog(page, 'XSA-472');
  await expect(history.entry(1)).toContainText('Why: Discoverer agreed to lift before the release');
  await expect(history.dialog).not.toContainText('Applied suggestion');
});

test('a release made from the Xen 4.16 template has all its milestones, each date editable', async ({
  page,
  app,
  planner,
}) => {
  await planner.open(app.url);
  const form = await planner.addRelease();
  await form.name.fill('4.22');
  await form.dialog.getByLabel('Template', { exact: true }).selectOption('Xen 4.16 style');
  await form.dialog.getByLabel('Target release date').fill('2027-06-01');
  await form.dialog.getByRole('button', { name: 'Fill milestones' }).click();
  expect(await form.milestoneCount()).toBe(6);
  await expect(form.kind(1)).toHaveValue('last-posting');
  await expect(form.planned(1)).toHaveValue('2027-03-19');
  await expect(form.planned(4)).toHaveValue('2027-05-14');
  await expect(form.kind(6)).toHaveValue('release');
  await expect(form.planned(6)).toHaveValue('2027-06-01');
  // Still a draft: a date can change before anything is saved.
  await form.planned(2).fill('2027-04-08');
  await page.screenshot({ path: path.join(SHOTS, 'release-from-template.png') });
  await form.saveAndClose();

  const rows = planner.release('4.22').getByRole('row');
  await expect(rows).toHaveCount(7); // the heading row and six milestones
  for (const [title, date] of [
    ['Last posting date', 'Fri 19 Mar 2027'],
    ['Feature freeze', 'Thu 8 Apr 2027'],
    ['Code freeze', 'Fri 30 Apr 2027'],
    ['Hard code freeze', 'Fri 14 May 2027'],
    ['Branch / reopen master', 'Tue 18 May 2027'],
    ['Release', 'Tue 1 Jun 2027'],
  ])
    await expect(row(planner, '4.22', title)).toContainText(date);
  // A date that does not exist is refused beside its field, as ever.
  const again = await planner.addRelease();
  await again.dialog.getByLabel('Target release date').fill('2027-02-30');
  await again.dialog.getByRole('button', { name: 'Fill milestones' }).click();
  await expect(again.dialog.getByLabel('Target release date')).toHaveAccessibleDescription(
    /not a real calendar date/,
  );
  expect(await again.milestoneCount()).toBe(1);
  await again.cancel();
});

test('a committed baseline shows how far a moved date slipped; a milestone is marked done today', async ({
  call,
  app,
  planner,
}) => {
  // Its last posting date falls within the coming week: due to be marked done.
  const release = await call<{ milestones: { kind: string; planned: string }[] }>(
    'releases.createFromTemplate',
    { name: '4.22', template: 'Xen 4.16 style', releaseDate: tuesdayFromToday(74) },
  );
  const planned = release.milestones.find((m) => m.kind === 'release')!.planned;
  const moved = new Date(Date.parse(planned) + 7 * 86_400_000).toISOString().slice(0, 10);
  await planner.open(app.url);
  const card = planner.release('4.22');
  await expect(card.locator('.slip')).toHaveCount(0);
  await card.getByRole('button', { name: 'Commit baseline of release 4.22' }).click();
  await expect(planner.notices).toContainText('Committed the plan of 4.22 as its baseline');

  const form = await planner.editRelease('4.22');
  await form.planned(6).fill(moved);
  await form.saveAndClose();
  await expect(card.getByText('slipped 7 days')).toBeVisible();
  await expect(row(planner, '4.22', 'Release')).toContainText('+7 days was');
  // Only what moved shows a slip.
  await expect(row(planner, '4.22', 'Hard code freeze')).not.toContainText('was');
  // Far-off milestones are not offered as done today; the one due is.
  await expect(row(planner, '4.22', 'Code freeze').getByRole('button')).toHaveCount(0);

  await card.getByRole('button', { name: 'Mark Last posting date of 4.22 done today' }).click();
  await expect(row(planner, '4.22', 'Last posting date')).toContainText(todayText());
  await expect(planner.notices).toBeEmpty({ timeout: 10_000 });
  await card.screenshot({ path: path.join(SHOTS, 'release-baseline-slip.png') });
  await planner.reload();
  await expect(card.getByText('slipped 7 days')).toBeVisible();
});

test('a template of one’s own is made, used for a release, and deleted', async ({
  page,
  app,
  planner,
}) => {
  await planner.open(app.url);
  await planner.releasesPanel.getByRole('button', { name: 'Templates' }).click();
  const dialog = page.getByRole('dialog', { name: 'Release templates' });
  await expect(dialog.getByRole('listitem', { name: 'Template Xen 4.16 style' })).toContainText(
    'Feature freeze53 days before (about 7½ weeks)',
  );
  await dialog.getByRole('button', { name: 'New template' }).click();
  await dialog.getByLabel('Template name').fill('Quarterly');
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await dialog.getByLabel('Template milestone 2 kind').selectOption('Feature freeze');
  await dialog.getByLabel('Template milestone 2 days before release').fill('four weeks');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(
    dialog.getByLabel('Template milestone 2 days before release'),
  ).toHaveAccessibleDescription('Days before release must be a whole number of days, 0 to 3650');
  await dialog.getByLabel('Template milestone 2 days before release').fill('28');
  await page.screenshot({ path: path.join(SHOTS, 'template-editor.png') });
  await dialog.getByRole('button', { name: 'Save template' }).click();
  const mine = dialog.getByRole('listitem', { name: 'Template Quarterly' });
  await expect(mine).toContainText('Feature freeze28 days before (4 weeks)');
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toBeHidden();

  const form: ReleaseForm = await planner.addRelease();
  await form.name.fill('5.0');
  await form.dialog.getByLabel('Template', { exact: true }).selectOption('Quarterly');
  await form.dialog.getByLabel('Target release date').fill('2027-06-01');
  await form.dialog.getByRole('button', { name: 'Fill milestones' }).click();
  expect(await form.milestoneCount()).toBe(2);
  await expect(form.planned(2)).toHaveValue('2027-05-04');
  await form.saveAndClose();
  await expect(row(planner, '5.0', 'Feature freeze')).toContainText('Tue 4 May 2027');

  await planner.releasesPanel.getByRole('button', { name: 'Templates' }).click();
  await dialog.getByRole('button', { name: 'Delete template Quarterly' }).click();
  await dialog.getByRole('button', { name: 'Delete template', exact: true }).click();
  await expect(mine).toHaveCount(0);
  await expect(planner.notices).toContainText('Deleted template Quarterly.');
});
