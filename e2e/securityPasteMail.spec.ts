import path from 'node:path';
import { expect, test } from './support/fixtures';
import { plan } from './support/securityPlan';

// The security team's workflow, as the team uses it: filling the advisory
// form from a mail.

const SHOTS = path.resolve(__dirname, '../screenshots');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

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
