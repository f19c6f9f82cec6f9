import { type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { ImportDialog } from './pages/ExchangeDialogs';
import { expect, test } from './support/fixtures';
import { openPlanner } from './support/openPlanner';

// Sharing as a release manager and the security team use it, the import side:
// xsa.json lists and bundles with a preview first, and files refused whole,
// by place or by byte, all through the browser-mode server on a fresh database.

const ROOT = path.resolve(__dirname, '..');
const SHOTS = path.join(ROOT, 'screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

/** An advisory's row in the Advisories panel (the panel's name carries its count). */
function advisoryRow(page: Page, key: string) {
  return page
    .getByRole('region', { name: /^Advisories \d+$/ })
    .locator('tbody tr')
    .filter({ has: page.locator('.key').getByText(key, { exact: true }) });
}

const XSA_JSON = JSON.stringify([
  {
    xsas: [
      {
        xsa: 263,
        title: 'Speculative Store Bypass',
        cve: ['CVE-2018-3639'],
        public_time: '2018-05-21 12:00',
      },
      { xsa: 264, title: 'preemption checks bypassed', cve: [], public_time: '2018-06-27 12:00' },
      { xsa: 268, title: 'Use of v2 grant tables', cve: 'CVE-2018-15469', public_time: 'soon' },
    ],
  },
]);

test('an xsa.json with a bad entry is named in the preview and nothing is imported', async ({
  page,
  app,
  planner,
}) => {
  await openPlanner(planner, app.url);

  const importer = await ImportDialog.open(page);
  await importer.chooseFile('xsa.json', XSA_JSON);
  await expect(importer.kind('Plan data')).toBeChecked();
  await expect(importer.report).toContainText("as Xen's xsa.json");
  await expect(importer.count('To add')).toContainText('XSA-263');
  await expect(importer.count('Refused')).toContainText('1');
  const entry = importer.refused.getByRole('listitem');
  await expect(entry).toHaveCount(1);
  await expect(entry.locator('.import-where')).toHaveText('[0].xsas[2] (XSA-268)');
  await expect(entry).toContainText('public_time: "soon" is not a date and time');
  await expect(importer.importButton).toBeDisabled();
  await expect(importer.footerNote).toHaveText(
    'Nothing can be imported: 1 entry is refused, and an import is all or nothing. Correct the file and choose it again.',
  );
  await expect(importer.importButton).toHaveAccessibleDescription(/1 entry is refused/);
  fs.mkdirSync(SHOTS, { recursive: true });
  await importer.dialog.screenshot({ path: path.join(SHOTS, 'import-refused-entry.png') });

  await importer.close();
  await expect(advisoryRow(page, 'XSA-263')).toHaveCount(0);
});

test('a bundle is previewed, then imported whole, and a second import has nothing to do', async ({
  page,
  app,
  planner,
}) => {
  await openPlanner(planner, app.url);
  const bundle = fs.readFileSync(path.join(ROOT, 'examples/xen-4.11.bundle.json'), 'utf8');

  const importer = await ImportDialog.open(page);
  await importer.chooseFile('xen-4.11.bundle.json', bundle);
  const size = `${(Buffer.byteLength(bundle) / 1024).toFixed(1)} KB`;
  await expect(importer.report).toContainText(
    `Read xen-4.11.bundle.json (${size}) as a planner bundle`,
  );
  await expect(importer.report).toContainText('Nothing has been written yet');
  await expect(importer.count('To add')).toContainText('release 4.11');
  await expect(importer.count('To add')).toContainText('XSA-263');
  await expect(importer.count('Refused')).toContainText('0');
  // The preview wrote nothing.
  await expect(planner.release('4.11')).toHaveCount(0);

  await importer.importButton.click();
  await expect(importer.done).toContainText(/^Imported xen-4\.11\.bundle\.json: \d+ added/);
  await expect(planner.notices).toContainText('Imported xen-4.11.bundle.json');
  await expect(importer.report).toHaveCount(0);
  await importer.close();
  await expect(planner.release('4.11')).toBeVisible();
  await expect(advisoryRow(page, 'XSA-263')).toBeVisible();

  const again = await ImportDialog.open(page);
  await again.chooseFile('xen-4.11.bundle.json', bundle);
  await expect(again.count('To add')).toContainText('0');
  await expect(again.importButton).toBeDisabled();
  await expect(again.footerNote).toHaveText(
    'Nothing to import: everything in the file is already in the plan.',
  );
});

test('a file that is not a bundle says what is wrong with it, by place', async ({
  page,
  app,
  planner,
}) => {
  await openPlanner(planner, app.url);
  const importer = await ImportDialog.open(page);
  await importer.chooseFile(
    'broken.json',
    JSON.stringify({
      format: 'embargo-planner/bundle',
      version: 1,
      advisories: [{ key: 'XSA-1', publicAt: 'tomorrow' }],
    }),
  );
  await expect(importer.problems).toContainText('broken.json cannot be imported as plan data');
  await expect(importer.problems.locator('.import-where')).toHaveText('advisories[0].publicAt');
  fs.mkdirSync(SHOTS, { recursive: true });
  await importer.dialog.screenshot({ path: path.join(SHOTS, 'import-broken-bundle.png') });
  await expect(importer.importButton).toBeDisabled();
});

test('a file that is not UTF-8 is refused at its byte, and UTF-16 by name', async ({
  page,
  app,
  planner,
}) => {
  await openPlanner(planner, app.url);
  const importer = await ImportDialog.open(page);
  const bundle = JSON.stringify({
    format: 'embargo-planner/bundle',
    version: 1,
    advisories: [{ key: 'XSA-1', title: 'Zürich', publicAt: '2027-01-01T12:00:00Z' }],
  });
  // As a Latin-1 editor would save it: "ü" is the single byte 0xFC.
  await importer.chooseFile('latin1.json', Buffer.from(bundle, 'latin1'));
  const problem = importer.dialog.getByText(/is not UTF-8 text/);
  await expect(problem).toContainText(
    `latin1.json: is not UTF-8 text: byte ${bundle.indexOf('ü')} (line 1) is not part of a UTF-8 character; save it as UTF-8 and try again.`,
  );
  await expect(importer.importButton).toBeDisabled();
  fs.mkdirSync(SHOTS, { recursive: true });
  await importer.dialog.screenshot({ path: path.join(SHOTS, 'import-not-utf8.png') });
  await importer.chooseFile('utf16.json', Buffer.from(`\ufeff${bundle}`, 'utf16le'));
  await expect(importer.dialog.getByText(/UTF-16/)).toContainText(
    'utf16.json: is UTF-16 (little-endian) text; save it as UTF-8 and try again.',
  );
});
