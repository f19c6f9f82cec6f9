import { type Locator } from '@playwright/test';
import path from 'node:path';
import { HistoryDialog } from './pages/HistoryDialog';
import { PlannerPage } from './pages/PlannerPage';
import { expect, test, type App, type Call } from './support/fixtures';

// The security team's workflow, as the team uses it: entering an advisory
// from the keyboard while a report is read, moving an embargo and seeing why
// it moved, undoing across a reload, and filling the form from a mail.

const SHOTS = path.resolve(__dirname, '../screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

/** A release far enough ahead that every embargo below is still to come. */
const RELEASE_4_21 = {
  name: '4.21',
  status: 'planned',
  milestones: [
    { kind: 'hard-code-freeze', planned: '2030-05-17', actual: null, label: null },
    { kind: 'release', planned: '2030-06-04', actual: null, label: null },
  ],
};

/** Embargoed until 2030, so that its lift can move and its details are confidential. */
const XSA_263 = {
  key: 'XSA-263',
  title: 'Speculative Store Bypass',
  cves: ['CVE-2018-3639'],
  status: 'embargoed',
  predisclosureAt: '2030-02-27T12:00:00Z',
  publicAt: '2030-03-13T12:00:00Z',
  affects: ['4.21'],
  followUps: [{ summary: 'Arm SSBD control', expectedAt: '2030-04-02', status: 'pending' }],
  notes: '',
};

async function plan(planner: PlannerPage, app: App, call: Call, withAdvisory: boolean) {
  await call('releases.create', RELEASE_4_21);
  if (withAdvisory) await call('advisories.create', XSA_263);
  await planner.open(app.url);
}

async function moveLift(planner: PlannerPage, date: string, reason: string) {
  const form = await planner.editAdvisory('XSA-263');
  await form.liftDate.fill(date);
  await form.reason.fill(reason);
  await form.saveAndClose();
}

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

/** A Xen Security Advisory mail as a colleague forwards it: quoted with "> ", headers and all. */
const FORWARDED_XSA_480 = `From: Release Manager <rm@xen.example>
Date: Wed, 11 Nov 2026 08:15:00 +0000
Subject: Fwd: Xen Security Advisory 480 v2 (CVE-2026-1234) - x86: grant copy may overrun

Forwarding for the planner, see below.

> From: Xen.org security team <security@xen.example>
> To: xen-announce@lists.xen.example
> Subject: Xen Security Advisory 480 v2 (CVE-2026-1234) - x86: grant copy may overrun
> Date: Tue, 10 Nov 2026 12:00:00 +0000
>
> -----BEGIN PGP SIGNED MESSAGE-----
> Hash: SHA256
>
>              Xen Security Advisory CVE-2026-1234 / XSA-480
>                                version 2
>
>          x86: grant copy may overrun the destination frame
>
> UPDATES IN VERSION 2
> ====================
>
> Public release.
>
> ISSUE DESCRIPTION
> =================
>
> A length check in the grant copy path is off by one.
>
> IMPACT
> ======
>
> A malicious guest may be able to corrupt memory of another domain.
`;

/** An embargoed advisory pasted without its headers: the Date is what is missing. */
const BODY_ONLY_XSA_481 = `                 *** EMBARGOED UNTIL 2030-04-16 12:00 UTC ***

            Xen Security Advisory CVE-2026-2001 / XSA-481
                              version 1

               Arm: vGIC may leak interrupt state

ISSUE DESCRIPTION
=================

This issue is embargoed until 2030-04-16 12:00 UTC.
`;

test('pasting an advisory mail fills the form and names what it could not read', async ({
  page,
  call,
  app,
  planner,
}) => {
  await plan(planner, app, call, false);
  const form = await planner.addAdvisory();
  // Escape in the mail puts the mail away and keeps the form.
  await form.pasteButton.click();
  await expect(form.pasteText).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form.pasteText).toBeHidden();
  await expect(form.dialog).toBeVisible();
  await expect(form.pasteButton).toBeFocused();

  await form.pasteButton.click();
  await expect(form.pasteText).toBeFocused();
  await form.pasteText.fill(FORWARDED_XSA_480);
  await page.screenshot({ path: path.join(SHOTS, 'security-advisory-paste-open.png') });
  // Ctrl+Enter in the mail reads it; it does not save the form.
  await page.keyboard.press('Control+Enter');
  await expect(form.pasteReport).toBeVisible();
  await expect(form.dialog).toBeVisible();

  await expect(form.key).toHaveValue('XSA-480');
  await expect(form.cves).toHaveValue('CVE-2026-1234');
  await expect(form.title).toHaveValue('x86: grant copy may overrun the destination frame');
  await expect(form.status).toHaveValue('public');
  await expect(form.liftDate).toHaveValue('2026-11-10');
  await expect(form.liftTime).toHaveValue('12:00');
  await expect(form.pasteReport).toContainText(
    'Read XSA-480, version 2. Filled Key, CVEs, Title, Status (public), Embargo lift',
  );
  await expect(form.pasteReport).toContainText(
    'Pre-disclosure: only a mail sent under embargo tells when the pre-disclosure list got it',
  );
  // The default pre-disclosure, weeks ahead, would have been after this lift.
  await expect(form.predisclosureDate).toHaveValue('');
  await expect(form.pasteReport).toContainText('Cleared the pre-disclosure date');
  await page.screenshot({ path: path.join(SHOTS, 'security-advisory-pasted-mail.png') });

  await form.saveAndClose();
  const row = planner.advisory('XSA-480');
  await expect(row).toContainText('Public');
  await expect(row).toContainText('x86: grant copy may overrun the destination frame');
  await expect(row).toContainText('Tue 10 Nov 2026 12:00 UTC');

  // Without headers the embargo line still gives the lift; the Date is named as missing.
  const second = await planner.addAdvisory();
  await second.pasteMail(BODY_ONLY_XSA_481);
  await expect(second.key).toHaveValue('XSA-481');
  await expect(second.status).toHaveValue('embargoed');
  await expect(second.liftDate).toHaveValue('2030-04-16');
  await expect(second.pasteReport).toContainText(
    'Date sent: no Date: header (paste the whole mail, headers included)',
  );
  await expect(second.pasteReport).toContainText('Pre-disclosure');

  // A mail for an advisory already in the plan says so before the save is refused.
  await second.pasteMail(FORWARDED_XSA_480);
  await expect(second.pasteReport).toContainText('XSA-480 is already in the plan');
  await second.cancel();
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
