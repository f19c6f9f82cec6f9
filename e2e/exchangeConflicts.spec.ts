import path from 'node:path';
import { ImportDialog } from './pages/ExchangeDialogs';
import { expect, test } from './support/fixtures';
import { openPlanner } from './support/openPlanner';

// A team bundle exchanged back and forth between the release manager and the
// security team: a record both sides changed since the last exchange is shown
// at import, kept as yours or taken from the file, through the browser-mode
// server on a fresh database.

const ROOT = path.resolve(__dirname, '..');
const SHOTS = path.join(ROOT, 'screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

test('a record changed on both sides since the last exchange is shown, kept as yours, or taken from the file', async ({
  page,
  app,
  planner,
  call,
}) => {
  const release = await call<{ id: number; revision: number }>('releases.create', {
    name: '4.21',
    milestones: [{ kind: 'release', planned: '2027-02-16' }],
  });
  // The team bundle sent to the security team, as saved: it marks what 4.21 was.
  await call('exchange.exportBundle', { profile: 'team' });
  // What the security team sends back: 4.21 moved to the 18th, based on that exchange
  // (a preview carries the marks without moving them).
  const back = await call<{ releases: { milestones: { planned: string }[] }[] }>(
    'exchange.exportBundle',
    { profile: 'team', preview: true },
  );
  back.releases[0].milestones[0].planned = '2027-02-18';
  // Meanwhile the release manager moved it to the 23rd.
  await call('releases.update', {
    id: release.id,
    revision: release.revision,
    milestones: [{ kind: 'release', planned: '2027-02-23' }],
  });

  await openPlanner(planner, app.url);
  const importer = await ImportDialog.open(page);
  await importer.chooseFile('from-security.json', JSON.stringify(back));
  const conflicts = page.getByRole('region', { name: 'Changed on both sides' });
  await expect(conflicts).toContainText('1 record changed on both sides since your last exchange');
  await expect(conflicts).toContainText('release 4.21');
  await expect(conflicts.getByRole('radio', { name: /Keep yours/ })).toBeChecked();
  await expect(importer.footerNote).toHaveText(
    'Nothing else to import: the file changes only 1 record you changed too, and you keep yours.',
  );
  await page.screenshot({ path: path.join(SHOTS, 'import-conflicts.png') });

  await conflicts.getByRole('radio', { name: /Take the file’s/ }).check();
  await importer.importButton.click();
  await expect(importer.done).toContainText('Imported from-security.json');
  await importer.close();
  await expect(planner.release('4.21')).toContainText('Thu 18 Feb 2027');
});
