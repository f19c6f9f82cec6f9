import { HistoryDialog } from './pages/HistoryDialog';
import { expect, test } from './support/fixtures';
import { moveLift, plan } from './support/securityPlan';

// The security team's workflow, as the team uses it: undoing across a reload
// and a restart.

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

test('undo and redo are in the header and survive a reload and a restart', async ({
  page,
  call,
  app,
  planner,
}) => {
  await plan(planner, app, call, true);
  const undo = page.getByRole('button', { name: /^Undo\b/ });
  const redo = page.getByRole('button', { name: /^Redo\b/ });
  const row = planner.advisory('XSA-263');

  await moveLift(planner, '2030-03-20', 'Discoverer asked for one more week');
  await expect(undo).toHaveText('Undo: Move XSA-263 lift');
  await planner.reload();
  await expect(undo).toHaveText('Undo: Move XSA-263 lift');

  await undo.click();
  await expect(row).toContainText('Wed 13 Mar 2030 12:00 UTC');
  await expect(planner.notices).toContainText('Undone: Move XSA-263 lift.');
  await expect(redo).toHaveText('Redo: Move XSA-263 lift');
  await expect(undo).toHaveText('Undo: Add XSA-263');

  await planner.reload();
  await expect(row).toContainText('Wed 13 Mar 2030 12:00 UTC');
  await expect(redo).toHaveText('Redo: Move XSA-263 lift');

  // The steps live in the database file: a new server on it offers them too.
  await app.restart();
  await planner.open(app.url);
  await redo.click();
  await expect(row).toContainText('Wed 20 Mar 2030 12:00 UTC');
  await expect(redo).toBeDisabled();
  await expect(undo).toHaveText('Undo: Move XSA-263 lift');

  // Both show in the history, each as one change.
  await row.getByRole('button', { name: 'History of advisory XSA-263' }).click();
  const history = new HistoryDialog(page, 'XSA-263');
  await expect(history.entry(1)).toContainText('by redo');
  await expect(history.entry(2)).toContainText('by undo');
  await expect(history.change(2, 'Embargo lift')).toContainText('−7 d');
  await history.close();

  // And from the keyboard, outside any field.
  await page.keyboard.press('Control+Z');
  await expect(row).toContainText('Wed 13 Mar 2030 12:00 UTC');
  await page.keyboard.press('Control+Shift+Z');
  await expect(row).toContainText('Wed 20 Mar 2030 12:00 UTC');
});
