import fs from 'node:fs';
import path from 'node:path';
import { plannerCli } from './support/plannerCli';
import { expect, test } from './support/fixtures';

const SHOTS = path.resolve(__dirname, '..', 'screenshots');

// Backups as a person uses them after a mistake: take one, lose something,
// put the backup back, and find the plan as it was.

test('a deleted release comes back when the backup is restored', async ({ page, app, planner }) => {
  await planner.open(app.url);
  await planner.loadSampleButton.click();
  await expect(planner.release('4.21')).toBeVisible();

  await planner.header.getByRole('button', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  const manual = backups.getByRole('row').filter({ hasText: 'Backed up by hand' });
  await expect(manual).toHaveCount(1);
  await expect(planner.notices).toContainText('Backed up the plan');
  await backups.getByRole('button', { name: 'Close' }).last().click();
  await expect(backups).toBeHidden();

  const remove = await planner.deleteRelease('4.21');
  await remove.confirm('Delete release');
  await expect(planner.release('4.21')).toHaveCount(0);

  await planner.header.getByRole('button', { name: 'Backups…' }).click();
  await manual.getByRole('button', { name: /^Restore backup from/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('The current plan is saved as a backup first');
  await confirm.getByRole('button', { name: 'Restore backup' }).click();
  await expect(confirm).toBeHidden();
  await expect(backups).toBeHidden();
  await expect(planner.notices).toContainText('Restored the backup from');
  await expect(planner.release('4.21')).toBeVisible();

  // The restored plan is the database's now, not just the page's.
  await planner.reload();
  await expect(planner.release('4.21')).toBeVisible();

  // The plan as it was before the restore is kept as a backup too.
  await planner.header.getByRole('button', { name: 'Backups…' }).click();
  await expect(backups.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);
});

test('a damaged copy saved before a restore is listed last and cannot be restored', async ({
  page,
  app,
  planner,
}) => {
  await planner.open(app.url);
  await planner.loadSampleButton.click();
  await expect(planner.release('4.21')).toBeVisible();
  await planner.header.getByRole('button', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByRole('row').filter({ hasText: 'Backed up by hand' })).toHaveCount(1);
  await app.stop();

  // The database is damaged on disk; restoring from the command line saves
  // the damaged bytes as the newest backup, before a restore.
  const bytes = fs.readFileSync(app.dbFile);
  for (let i = 4096; i < bytes.length; i += 7) bytes[i] ^= 0x5a;
  fs.writeFileSync(app.dbFile, bytes);
  const listed = plannerCli(['backup', 'list', '--db', app.dbFile]).stdout;
  const manual = /\S+\.manual\.sqlite3/.exec(listed)?.[0] ?? '';
  expect(plannerCli(['backup', 'restore', manual, '--db', app.dbFile]).status).toBe(0);

  await app.start();
  await planner.open(app.url);
  await planner.header.getByRole('button', { name: 'Backups…' }).click();
  const rows = backups.getByRole('row');
  // The header row, then the good backups newest first, the damaged copy last.
  await expect(rows.nth(1)).toContainText('Backed up by hand');
  await expect(rows.last()).toContainText('Before a restore');
  await expect(rows.last()).toContainText('Damaged: not restorable');
  await expect(rows.last().getByRole('button')).toHaveCount(0);
  await backups.screenshot({ path: path.join(SHOTS, 'backups-damaged-copy.png') });

  await rows
    .nth(1)
    .getByRole('button', { name: /^Restore backup from/ })
    .click();
  await page
    .getByRole('dialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Restore backup' })
    .click();
  await expect(planner.notices).toContainText('Restored the backup from');
  await expect(planner.release('4.21')).toBeVisible();
});
