import path from 'node:path';
import { HistoryDialog } from './pages/HistoryDialog';
import { expect, test } from './support/fixtures';
import { moveLift, plan, RELEASE_4_21, XSA_263 } from './support/securityPlan';

// The security team's workflow, as the team uses it: moving an embargo and
// seeing why it moved, and an advisory's history while presenting, which
// hides what an export would.

const SHOTS = path.resolve(__dirname, '../screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

test('moving an embargo asks why; the list counts the moves and the history tells them', async ({
  page,
  call,
  app,
  planner,
}) => {
  await plan(planner, app, call, true);
  const row = planner.advisory('XSA-263');
  await expect(row).toContainText('Wed 13 Mar 2030 12:00 UTC');
  await expect(row.locator('.moves-badge')).toHaveCount(0);

  await moveLift(planner, '2030-03-20', 'Discoverer asked for one more week');
  await expect(row.locator('.moves-badge')).toHaveText('moved 1× · +7 d net');
  await moveLift(planner, '2030-03-22', 'Lined up with the 4.21 hard code freeze plan');
  await expect(row.locator('.moves-badge')).toHaveText('moved 2× · +9 d net');
  await expect(row).toContainText('Fri 22 Mar 2030 12:00 UTC');
  await expect(planner.notices).toBeEmpty({ timeout: 10_000 });
  await page.screenshot({ path: path.join(SHOTS, 'security-moved-embargo-panel.png') });

  await row.locator('.moves-badge').click();
  const history = new HistoryDialog(page, 'XSA-263');
  await expect(history.dialog).toBeVisible();
  await expect(history.summary).toContainText(
    'The lift moved 2 times: +9 d net, 9 d in all, from Wed 13 Mar 2030 12:00 UTC.',
  );
  await expect(history.entries).toHaveCount(3);
  await expect(history.entry(1)).toContainText('Why: Lined up with the 4.21 hard code freeze plan');
  await expect(history.change(1, 'Embargo lift')).toContainText(
    'Wed 20 Mar 2030 12:00 UTC→Fri 22 Mar 2030 12:00 UTC+2 d',
  );
  await expect(history.entry(2)).toContainText('Why: Discoverer asked for one more week');
  await expect(history.entry(3)).toContainText('Created');
  await expect(history.change(3, 'Title')).toContainText('Speculative Store Bypass');
  await page.screenshot({ path: path.join(SHOTS, 'security-history-dialog.png') });
  await page.keyboard.press('Escape');
  await expect(history.dialog).toBeHidden();

  // Presenting on a shared screen: the history keeps keys and dates, hides the rest.
  await page.getByRole('button', { name: /^Presentation mode/ }).click();
  await row.getByRole('button', { name: 'History of advisory XSA-263' }).click();
  await expect(history.dialog).toContainText('Presenting');
  await expect(history.change(1, 'Embargo lift')).toContainText('Fri 22 Mar 2030 12:00 UTC');
  await expect(history.dialog).not.toContainText('Speculative Store Bypass');
  await expect(history.dialog).not.toContainText('Discoverer asked');
  await expect(history.change(3, 'Title')).toContainText('hidden while presenting');
  await page.screenshot({ path: path.join(SHOTS, 'security-history-presenting.png') });
  await history.close();
  await page.getByRole('button', { name: /^Presentation mode/ }).click();

  // A release's history, from its card.
  await planner.release('4.21').getByRole('button', { name: 'History of release 4.21' }).click();
  const releaseHistory = new HistoryDialog(page, 'release 4.21');
  await expect(releaseHistory.entry(1)).toContainText('Created');
  await expect(releaseHistory.change(1, 'Release')).toContainText('planned Tue 4 Jun 2030');
  await releaseHistory.close();
});

test('presenting, a public advisory keeps a follow-up under its own embargo hidden, as an export does', async ({
  page,
  call,
  app,
  planner,
}) => {
  await call('releases.create', RELEASE_4_21);
  await call('advisories.create', {
    ...XSA_263,
    status: 'public',
    publicAt: '2020-03-13T12:00:00Z',
    predisclosureAt: '2020-02-27T12:00:00Z',
    followUps: [
      { summary: 'Arm SSBD control', expectedAt: '2030-04-02', status: 'landed' },
      {
        summary: 'Second SSBD hole on Arm',
        expectedAt: '2030-04-02',
        status: 'landed',
        publicAt: '2030-04-09T12:00:00Z',
      },
    ],
  });
  await planner.open(app.url);
  await page.getByRole('button', { name: /^Presentation mode/ }).click();
  await planner
    .advisory('XSA-263')
    .getByRole('button', { name: 'History of advisory XSA-263' })
    .click();
  const history = new HistoryDialog(page, 'XSA-263');
  await expect(history.dialog).toContainText(
    'Presenting: notes and follow-ups under an embargo of their own are hidden.',
  );
  await expect(history.change(1, 'Title')).toContainText('Speculative Store Bypass');
  await expect(history.dialog).toContainText('Arm SSBD control');
  await expect(history.dialog).not.toContainText('Second SSBD hole');
  await expect(history.change(1, 'Follow-up #2')).toContainText('hidden while presenting');
  await history.dialog.screenshot({
    path: path.join(SHOTS, 'security-history-presenting-own-embargo.png'),
  });
  // The timeline's own redaction follows the same rule.
  await history.close();
  await expect(page.locator('body')).not.toContainText('Second SSBD hole');
});
