import path from 'node:path';
import { PlannerPage } from './pages/PlannerPage';
import { expect, test } from './support/fixtures';

// The first real screen, driven as a release manager would: through the
// browser-mode server on a fresh database, in a zone that is not UTC so that
// the local-time column has something to show.

const SHOTS = path.resolve(__dirname, '../screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

const XEN_411 = {
  name: '4.11',
  milestones: [
    { kind: 'Feature freeze', planned: '2018-03-30' },
    { kind: 'Hard code freeze', planned: '2018-04-13' },
    { kind: 'Release candidate', planned: '2018-04-17', label: 'RC1' },
    { kind: 'Release', planned: '2018-06-01', actual: '2018-07-10' },
  ],
};

const XSA_263 = {
  key: 'XSA-263',
  title: 'Speculative Store Bypass',
  cves: 'CVE-2018-3639',
  predisclosureDate: '2018-05-07',
  liftDate: '2018-05-21',
  affects: ['4.11'],
  followUps: [{ summary: 'Arm SSBD control', expected: '2018-06-22' }],
};

async function expectXen411(planner: PlannerPage) {
  const release = planner.release('4.11');
  await expect(release).toBeVisible();
  await expect(release.getByText('Released', { exact: true })).toBeVisible();
  await expect(planner.milestoneRow('4.11', 'Feature freeze')).toContainText('Fri 30 Mar 2018');
  await expect(planner.milestoneRow('4.11', 'Release candidate — RC1')).toContainText(
    'Tue 17 Apr 2018',
  );
  await expect(planner.milestoneRow('4.11', 'Release')).toContainText('Fri 1 Jun 2018');
  await expect(planner.milestoneRow('4.11', 'Release')).toContainText('Tue 10 Jul 2018');
}

async function expectXsa263(planner: PlannerPage) {
  const row = planner.advisory('XSA-263');
  await expect(row).toBeVisible();
  await expect(row).toContainText('Speculative Store Bypass');
  await expect(row).toContainText('CVE-2018-3639');
  await expect(row).toContainText('4.11');
  await expect(row).toContainText('Mon 7 May 2018');
  // Recorded as embargoed: its lift has long passed, but nobody marked it public.
  await expect(row.locator('.badge')).toHaveText(/Embargoed.*lift passed/);
  await expect(row.getByRole('button', { name: 'Mark XSA-263 public' })).toBeVisible();
  await expect(row).toContainText('Mon 21 May 2018 12:00 UTC');
  await expect(row).toContainText('Mon 21 May 2018 14:00 CEST');
  await expect(row).toContainText('1 follow-up pending');
}

test('a first start offers the sample plan and loads it', async ({ page, app, planner }) => {
  await planner.open(app.url);
  await expect(planner.firstStart).toBeVisible();
  await expect(planner.releasesPanel).toContainText('No releases yet');
  await expect(planner.advisoriesPanel).toContainText('No advisories yet');
  await page.screenshot({ path: path.join(SHOTS, 'first-start-empty.png') });

  await planner.loadSampleButton.click();
  await expect(planner.release('4.21')).toBeVisible();
  await expect(planner.release('4.20')).toBeVisible();
  for (const key of ['XSA-470', 'XSA-471', 'XSA-472', 'XSA-473'])
    await expect(planner.advisory(key)).toBeVisible();
  await expect(planner.advisory('XSA-472')).toContainText('Embargoed');
  await expect(planner.advisory('XSA-470')).toContainText('Public');
  await expect(planner.advisoriesPanel).toContainText('Europe/Berlin');
  await expect(planner.firstStart).toBeHidden();
  await expect(planner.loadSampleButton).toBeHidden();
  // Let the confirmation fade so that the screenshot shows the plan itself.
  await expect(planner.notices).toBeEmpty({ timeout: 10_000 });
  await page.screenshot({ path: path.join(SHOTS, 'main-sample-plan.png'), fullPage: true });

  await planner.reload();
  await expect(planner.advisory('XSA-471')).toBeVisible();
  await expect(planner.loadSampleButton).toBeHidden();
});

test('a release and an advisory added in the UI survive a reload and a server restart', async ({
  app,
  planner,
}) => {
  await planner.open(app.url);

  const releaseForm = await planner.addRelease();
  await releaseForm.fill(XEN_411);
  await releaseForm.saveAndClose();
  await expectXen411(planner);

  const advisoryForm = await planner.addAdvisory();
  // A new advisory affects every release not yet out; 4.11 is out, so nothing is ticked.
  await expect(advisoryForm.affects('4.11')).not.toBeChecked();
  await expect(advisoryForm.liftTime).toHaveValue('12:00');
  await advisoryForm.fill(XSA_263);
  await expect(advisoryForm.dialog).toContainText('Your time: Mon 21 May 2018 14:00 CEST');
  await advisoryForm.saveAndClose();
  await expectXsa263(planner);
  await expect(planner.firstStart).toBeHidden();

  await planner.reload();
  await expectXen411(planner);
  await expectXsa263(planner);

  await app.stop();
  const oldUrl = app.url;
  await app.start();
  expect(app.url).not.toBe(oldUrl);
  await planner.open(app.url);
  await expectXen411(planner);
  await expectXsa263(planner);
});

test('a date that does not exist is refused beside its field and nothing changes', async ({
  app,
  planner,
}) => {
  await planner.open(app.url);
  const create = await planner.addRelease();
  await create.fill(XEN_411);
  await create.saveAndClose();

  const form = await planner.editRelease('4.11');
  await form.planned(2).fill('2018-02-30');
  await form.save();
  await expect(form.dialog).toBeVisible();
  await expect(form.planned(2)).toHaveAttribute('aria-invalid', 'true');
  await expect(form.planned(2)).toHaveAccessibleDescription(
    'Planned date is not a real calendar date',
  );
  await expect(form.planned(2)).toBeFocused();
  await expect(form.problems).toContainText('Nothing was saved');
  // What the user typed stays, to be corrected.
  await expect(form.planned(2)).toHaveValue('2018-02-30');
  await form.cancel();

  await expect(planner.milestoneRow('4.11', 'Hard code freeze')).toContainText('Fri 13 Apr 2018');
  await planner.reload();
  await expect(planner.milestoneRow('4.11', 'Hard code freeze')).toContainText('Fri 13 Apr 2018');

  // The same for an advisory's lift date, which nothing is saved for either.
  const advisory = await planner.addAdvisory();
  await advisory.fill({ ...XSA_263, liftDate: '2018-02-30' });
  await advisory.save();
  await expect(advisory.liftDate).toHaveAccessibleDescription(
    /Lift date is not a real calendar date/,
  );
  await advisory.cancel();
  await planner.reload();
  await expect(planner.advisory('XSA-263')).toHaveCount(0);
  await expect(planner.advisoriesPanel).toContainText('No advisories yet');
});

test('an embargo that lifts before its pre-disclosure is refused under the lift', async ({
  page,
  app,
  planner,
}) => {
  await planner.open(app.url);
  const release = await planner.addRelease();
  await release.fill({ name: '4.11', milestones: [{ kind: 'Release', planned: '2018-06-01' }] });
  await release.saveAndClose();

  const form = await planner.addAdvisory();
  await expect(form.affects('4.11')).toBeChecked();
  await form.fill({ ...XSA_263, predisclosureDate: '2018-05-21', liftDate: '2018-05-07' });
  await form.save();
  await expect(form.dialog).toBeVisible();
  const message =
    'The embargo lifts (Mon 7 May 2018 12:00 UTC) before its pre-disclosure (Mon 21 May 2018 12:00 UTC)';
  await expect(form.liftDate).toHaveAccessibleDescription(new RegExp(`^${escape(message)}`));
  await expect(form.dialog.locator('.instant-fields').nth(1)).toContainText(message);
  await expect(form.liftDate).toBeFocused();
  await expect(form.liftDate).toHaveValue('2018-05-07');
  await expect(form.predisclosureDate).toHaveValue('2018-05-21');
  await expect(form.title).toHaveValue('Speculative Store Bypass');
  await page.screenshot({ path: path.join(SHOTS, 'advisory-form-validation-error.png') });

  // Fixing the field clears its message; cancelling then leaves the plan as it was.
  await form.liftDate.fill('2018-05-22');
  await expect(form.dialog.locator('.instant-fields').nth(1)).not.toContainText(message);
  await form.cancel();
  await expect(planner.advisoriesPanel).toContainText('No advisories yet');
  await planner.reload();
  await expect(planner.advisoriesPanel).toContainText('No advisories yet');
});

test('moving an embargo asks why before it is saved', async ({ app, planner }) => {
  await planner.open(app.url);
  const release = await planner.addRelease();
  await release.fill({ name: '4.11', milestones: [{ kind: 'Release', planned: '2018-06-01' }] });
  await release.saveAndClose();
  const create = await planner.addAdvisory();
  await create.fill(XSA_263);
  await create.saveAndClose();

  const form = await planner.editAdvisory('XSA-263');
  await expect(form.reason).toHaveCount(0);
  await form.liftDate.fill('2018-05-28');
  await expect(form.reason).toBeVisible();
  await form.save();
  await expect(form.reason).toHaveAccessibleDescription(/^Say why the embargo moves/);
  await expect(form.reason).toBeFocused();
  await form.reason.fill('Discoverer asked for one more week');
  await form.saveAndClose();
  await expect(planner.advisory('XSA-263')).toContainText('Mon 28 May 2018 12:00 UTC');
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('the server has the last word: a duplicate name shows beside the name', async ({
  app,
  planner,
}) => {
  await planner.open(app.url);
  for (const attempt of [1, 2]) {
    const form = await planner.addRelease();
    await form.fill({ name: '4.11', milestones: [{ kind: 'Release', planned: '2018-06-01' }] });
    if (attempt === 1) {
      await form.saveAndClose();
      continue;
    }
    await form.save();
    await expect(form.name).toHaveAccessibleDescription(/A release named 4\.11 already exists/);
    await expect(form.name).toBeFocused();
    await form.cancel();
  }
  await expect(planner.releasesPanel.getByRole('article')).toHaveCount(1);
});

test('an edit based on an old copy is refused with a reload, not merged', async ({
  call,
  app,
  planner,
}) => {
  await planner.open(app.url);
  const create = await planner.addRelease();
  await create.fill(XEN_411);
  await create.saveAndClose();

  const form = await planner.editRelease('4.11');
  await form.planned(1).fill('2018-03-23');

  // Meanwhile someone else moves the hard code freeze.
  const [stored] = (await call('releases.list', {})) as {
    id: number;
    revision: number;
    milestones: { kind: string; planned: string }[];
  }[];
  await call('releases.update', {
    id: stored.id,
    revision: stored.revision,
    milestones: stored.milestones.map((m) =>
      m.kind === 'hard-code-freeze' ? { ...m, planned: '2018-04-20' } : m,
    ),
  });

  await form.save();
  await expect(form.dialog).toContainText('was changed elsewhere since you opened it');
  await expect(form.saveButton).toBeDisabled();
  await form.dialog.getByRole('button', { name: 'Reload latest' }).click();
  // In date order: the moved hard code freeze now comes after RC1.
  await expect(form.planned(2)).toHaveValue('2018-04-17');
  await expect(form.planned(3)).toHaveValue('2018-04-20');
  await expect(form.planned(1)).toHaveValue('2018-03-30');
  await form.planned(1).fill('2018-03-23');
  await form.saveAndClose();
  await expect(planner.milestoneRow('4.11', 'Feature freeze')).toContainText('Fri 23 Mar 2018');
  await expect(planner.milestoneRow('4.11', 'Hard code freeze')).toContainText('Fri 20 Apr 2018');
});

test('deleting asks first, and the keyboard alone can open, close and confirm', async ({
  page,
  app,
  planner,
}) => {
  await planner.open(app.url);
  await planner.loadSampleButton.click();
  await expect(planner.advisory('XSA-473')).toBeVisible();

  // Keyboard: open the form, land in its first field, leave with Escape, land back on the button.
  await planner.addReleaseButton.focus();
  await page.keyboard.press('Enter');
  const form = planner.page.getByRole('dialog', { name: 'Add release' });
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(planner.addReleaseButton).toBeFocused();

  const keep = await planner.deleteAdvisory('XSA-473');
  await expect(keep.dialog).toContainText('Delete advisory XSA-473?');
  await keep.cancel();
  await expect(planner.advisory('XSA-473')).toBeVisible();

  const remove = await planner.deleteAdvisory('XSA-473');
  await remove.confirm('Delete advisory');
  await expect(planner.advisory('XSA-473')).toHaveCount(0);
  await expect(planner.addAdvisoryButton).toBeFocused();

  const release = await planner.deleteRelease('4.21');
  await expect(release.dialog).toContainText('2 advisories list it as affected');
  await release.confirm('Delete release');
  await expect(planner.release('4.21')).toHaveCount(0);
  await planner.reload();
  await expect(planner.release('4.21')).toHaveCount(0);
  await expect(planner.advisory('XSA-473')).toHaveCount(0);
  await expect(planner.advisory('XSA-471')).not.toContainText('4.21');
});
