import { type Locator } from '@playwright/test';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { plan } from './support/securityPlan';

// The security team's workflow, as the team uses it: entering an advisory
// from the keyboard while a report is read.

const SHOTS = path.resolve(__dirname, '../screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

test('an advisory with follow-ups is entered with the keyboard alone', async ({
  page,
  call,
  app,
  planner,
  advisoryForm: form,
}) => {
  await plan(planner, app, call, false);
  const defaults = await call<{ key: string; publicAt: string; predisclosureAt: string }>(
    'advisories.defaults',
    {},
  );
  await expect(planner.addAdvisoryButton).toHaveAttribute('aria-keyshortcuts', 'n');

  await page.keyboard.press('n');
  await expect(form.dialog).toBeVisible();
  await expect(form.key).toBeFocused();
  // The next key, the lift two working weeks out and the pre-disclosure before it.
  await expect(form.key).toHaveValue(defaults.key);
  await expect(form.liftDate).toHaveValue(defaults.publicAt.slice(0, 10));
  await expect(form.liftTime).toHaveValue('12:00');
  await expect(form.predisclosureDate).toHaveValue(defaults.predisclosureAt.slice(0, 10));
  await expect(form.affects('4.21')).toBeChecked();

  const tab = async (target: Locator) => {
    await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
  };
  await page.keyboard.press('Control+A');
  await page.keyboard.type('XSA-480');
  await tab(form.status);
  await tab(form.title);
  // The title may stay empty while embargoed.
  await tab(form.cves);
  await page.keyboard.type('CVE-2026-1234, CVE-26-1');
  await tab(form.predisclosureDate);
  await expect(form.cves).toHaveAccessibleDescription(
    /“CVE-26-1” is not a CVE id: write it like CVE-2018-3639/,
  );
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('CVE-2026-1234, cve-2026-1235');
  await expect(form.cves).not.toHaveAttribute('aria-invalid', 'true');
  await tab(form.predisclosureDate);
  await tab(form.predisclosureTime);
  await tab(form.liftDate);
  await tab(form.liftTime);
  await tab(form.affects('4.21'));
  await tab(form.addFollowUpButton);

  await page.keyboard.press('Enter');
  await expect(form.followUpSummary(1)).toBeFocused();
  await page.keyboard.type('Fix-up for the Arm side');
  await tab(form.followUpExpected(1));
  await page.keyboard.type('2030-04-02');
  await tab(form.followUpStatus(1));
  await tab(form.followUpLift(1));
  await tab(form.dialog.getByRole('button', { name: 'Remove follow-up 1' }));
  await tab(form.addFollowUpButton);
  await page.keyboard.press('Enter');
  await expect(form.followUpSummary(2)).toBeFocused();
  await page.keyboard.type('Advisory version 2 with the 4.19 patches');
  await tab(form.followUpExpected(2));
  await page.keyboard.type('2030-04-09');
  await tab(form.followUpStatus(2));
  await tab(form.followUpLift(2));
  // A re-issued version with an embargo of its own.
  await page.keyboard.type('2030-04-09 12:00');
  await page.screenshot({ path: path.join(SHOTS, 'security-advisory-keyboard-entry.png') });

  await page.keyboard.press('Control+Enter');
  await expect(form.dialog).toBeHidden();
  const row = planner.advisory('XSA-480');
  await expect(row).toContainText('Embargoed');
  await expect(row).toContainText('No title');
  await expect(row).toContainText('CVE-2026-1234, CVE-2026-1235');
  await expect(row).toContainText('2 follow-ups pending');
  await expect(row).toContainText('Fix-up for the Arm side');
  await expect(row).toContainText('own lift Tue 9 Apr 2030 12:00 UTC');

  // Escape leaves a started advisory without saving anything.
  await page.keyboard.press('n');
  await expect(form.key).toBeFocused();
  await expect(form.key).toHaveValue('XSA-481');
  await page.keyboard.press('Escape');
  await expect(form.dialog).toBeHidden();
  await expect(planner.advisoriesPanel.locator('tbody tr')).toHaveCount(1);
});
