import path from 'node:path';
import { expect, test, type Call } from './support/fixtures';

// Editing without losing work: a stray Esc asks first, a half-filled editor
// keeps its draft until it is saved or discarded, an editor opened from a
// milestone or a lift starts at that date, Ctrl+Enter saves, "?" lists the keys.

const SHOTS = path.resolve(__dirname, '../screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

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
    status: 'embargoed',
    predisclosureAt: '2027-02-01T12:00:00Z',
    publicAt: '2027-02-16T12:00:00Z',
    affects: ['4.30'],
    followUps: [{ summary: 'Arm side of the fix', expectedAt: '2027-02-24' }],
  });
}

test('Enter on a milestone opens its release at that date; Esc with changes asks; the draft waits to be saved', async ({
  page,
  call,
  app,
  planner,
  timeline,
  releaseForm: form,
}) => {
  await seed(call);
  await timeline.open(app.url);
  await expect(timeline.milestone('Release 4.30')).toBeVisible();
  await timeline.tabIntoItems();
  await timeline.arrowTo('4.30 Code freeze');
  await page.keyboard.press('Enter');
  await expect(form.dialog).toHaveAccessibleName('Edit release 4.30');
  // The cursor is in the code freeze's planned date, not the name at the top.
  await expect(form.planned(2)).toBeFocused();
  await expect(form.planned(2)).toHaveValue('2027-02-09');

  // Unchanged, Esc just closes, and the milestone has focus again.
  await page.keyboard.press('Escape');
  await expect(form.dialog).toBeHidden();
  await expect.poll(() => timeline.focusedLabel()).toMatch(/^4\.30 Code freeze/);

  await page.keyboard.press('Enter');
  await expect(form.planned(2)).toBeFocused();
  await form.planned(2).fill('2027-02-11');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Unsaved changes' });
  await expect(ask).toContainText('You have changed release 4.30 and not saved it.');
  await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(SHOTS, 'editor-unsaved-changes-1280.png') });

  // Keep editing: nothing lost, the cursor back where it was.
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(form.planned(2)).toBeFocused();
  await expect(form.planned(2)).toHaveValue('2027-02-11');

  // Keep as draft: the editor closes, nothing is saved, and the draft comes back.
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Keep as draft' }).click();
  await expect(form.dialog).toBeHidden();
  expect(
    (await call<{ milestones: { planned: string }[] }[]>('releases.list', {}))[0].milestones[1]
      .planned,
  ).toBe('2027-02-09');
  await planner.waitForPlan();
  const again = await planner.editRelease('4.30');
  await expect(again.dialog.getByRole('status')).toContainText(
    'Your unsaved changes from earlier are back.',
  );
  await expect(again.planned(2)).toHaveValue('2027-02-11');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: path.join(SHOTS, 'editor-restored-draft-1440.png') });

  // Ctrl+Enter saves from any field.
  await again.name.focus();
  await page.keyboard.press('Control+Enter');
  await expect(again.dialog).toBeHidden();
  await expect(planner.notices).toContainText('Saved release 4.30.');
  await expect(planner.milestoneRow('4.30', 'Code freeze')).toContainText('Thu 11 Feb 2027');

  // Saved, the draft is gone: the editor opens on what is stored.
  const third = await planner.editRelease('4.30');
  await expect(third.dialog.getByRole('status')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(third.dialog).toBeHidden();
});

test('Edit in the agenda opens the advisory at the date of the row; a discarded draft is gone', async ({
  page,
  call,
  app,
  timeline,
  releaseForm: release,
  advisoryForm: form,
}) => {
  await seed(call);
  await timeline.open(app.url);
  await expect(timeline.milestone('Release 4.30')).toBeVisible();
  await timeline.agendaButton.click();

  const liftRow = timeline.agenda.getByRole('row', { name: /XSA-900 embargo lifts/ });
  await liftRow.getByRole('button', { name: /^Edit/ }).click();
  await expect(form.dialog).toHaveAccessibleName('Edit advisory XSA-900');
  await expect(form.liftDate).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form.dialog).toBeHidden();

  const followRow = timeline.agenda.getByRole('row', { name: /Follow-up fix to XSA-900/ });
  await followRow.getByRole('button', { name: /^Edit/ }).click();
  await expect(form.dialog.getByLabel('Follow-up 1 expected date')).toBeFocused();
  await page.keyboard.press('Escape');

  const milestoneRow = timeline.agenda.getByRole('row', { name: /4\.30 — Feature freeze/ });
  await milestoneRow.getByRole('button', { name: /^Edit/ }).click();
  await expect(release.planned(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(release.dialog).toBeHidden();

  // A new advisory typed into, then discarded: the next one starts blank.
  await page.keyboard.press('n');
  await expect(form.key).toBeFocused();
  await form.title.fill('Half-typed report');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Unsaved changes' });
  await expect(ask).toContainText('You have changed the new advisory');
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(form.dialog).toBeHidden();
  await page.keyboard.press('n');
  await expect(form.title).toHaveValue('');
  await expect(form.dialog.getByRole('status')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(form.dialog).toBeHidden();
});

test('"?" lists the keyboard shortcuts, from anywhere but a text field', async ({
  page,
  app,
  planner,
  advisoryForm: form,
}) => {
  await page.goto(app.url);
  await expect(planner.loadSampleButton).toBeVisible();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('region', { name: 'In an editor' })).toContainText('Ctrl+EnterSave');
  await expect(help.getByRole('region', { name: 'On the timeline' })).toContainText(
    'Move the date a day',
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(SHOTS, 'keyboard-shortcuts-1280.png') });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Typed into a field, "?" is a question mark.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Plan' })
    .click();
  await planner.addAdvisoryButton.click();
  await form.title.focus();
  await page.keyboard.type('Why?');
  await expect(form.title).toHaveValue('Why?');
  await expect(help).toBeHidden();
  await form.cancel();

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(help).toBeVisible();
});
