import { describe, expect, it } from 'vitest';
import { advisoryFields } from '../domain/advisory';
import { parseMailDate } from './mailDate';
import { parseAdvisoryMail } from './parseAdvisoryMail';

// Invented advisories in the layout of Xen Security Advisory mails: headers,
// a centred banner with CVE and XSA, a version line, the title, then
// underlined sections. Not copies of real advisories.

const PUBLIC_RELEASE = `From: Xen.org security team <security@xen.example>
To: xen-announce@lists.xen.example
Subject: Xen Security Advisory 263 v3 (CVE-2018-3639) - Speculative Store Bypass
Date: Mon, 21 May 2018 21:00:00 +0000

-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA256

                    Xen Security Advisory CVE-2018-3639 / XSA-263
                                   version 3

                          Speculative Store Bypass

UPDATES IN VERSION 3
====================

Public release.

ISSUE DESCRIPTION
=================

A processor may speculatively read a stale value from memory before an
earlier store to the same address has completed (see also CVE-2017-5753).

IMPACT
======

A guest may be able to infer the contents of memory it should not see.
`;

const PREDISCLOSURE = `Subject: Xen Security Advisory 901 v2 (CVE-2026-41001,CVE-2026-41002) -
 x86: grant copy may write past the end of a frame
Date: Tue, 01 Dec 2026 12:00:00 +0000

                 *** EMBARGOED UNTIL 2026-12-15 12:00 UTC ***

            Xen Security Advisory CVE-2026-41001,CVE-2026-41002 / XSA-901
                                   version 2

                 x86: grant copy may write past the end of
                             a destination frame

UPDATES IN VERSION 2
====================

Patches for the 4.20 and 4.21 stable trees added.

ISSUE DESCRIPTION
=================

A length check in the grant copy path is off by one.

VULNERABLE SYSTEMS
==================

Xen versions 4.17 and later are vulnerable.  Xen 4.16 and older are not
vulnerable.

Only x86 systems are vulnerable.

DEPLOYMENT DURING EMBARGO
=========================

Deployment of the patches described above (or others which are
substantively similar) is permitted during the embargo, even on
public-facing systems with untrusted guest users and administrators.

This issue is embargoed until 2026-12-15 12:00 UTC; please do not
discuss it outside the pre-disclosure list before then.
`;

const quote = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');

describe('pasting a Xen advisory mail', () => {
  it('reads a public release: key, CVEs, version, title and lift from its Date', () => {
    const parsed = parseAdvisoryMail(PUBLIC_RELEASE);
    expect(parsed).toMatchObject({
      key: 'XSA-263',
      cves: ['CVE-2018-3639'],
      title: 'Speculative Store Bypass',
      version: 3,
      publicRelease: true,
      status: 'public',
      sentAt: '2018-05-21T21:00:00Z',
      publicAt: '2018-05-21T21:00:00Z',
      embargoUntil: null,
      predisclosureAt: null,
      warnings: [],
    });
    // CVEs cited in the body belong to other advisories.
    expect(parsed.cves).not.toContain('CVE-2017-5753');
    expect(parsed.missing).toEqual([
      {
        field: 'predisclosureAt',
        reason: 'only a mail sent under embargo tells when the pre-disclosure list got it',
      },
      { field: 'affects', reason: 'no VULNERABLE SYSTEMS section to read versions from' },
    ]);
    // Description and impact become the advisory's notes.
    expect(parsed.notes).toBe(
      [
        'ISSUE DESCRIPTION',
        'A processor may speculatively read a stale value from memory before an',
        'earlier store to the same address has completed (see also CVE-2017-5753).',
        '',
        'IMPACT',
        'A guest may be able to infer the contents of memory it should not see.',
      ].join('\n'),
    );
  });

  it('reads a pre-disclosure: embargo date, sent time as pre-disclosure, a title over two lines', () => {
    const parsed = parseAdvisoryMail(PREDISCLOSURE);
    expect(parsed).toMatchObject({
      key: 'XSA-901',
      cves: ['CVE-2026-41001', 'CVE-2026-41002'],
      title: 'x86: grant copy may write past the end of a destination frame',
      version: 2,
      publicRelease: false,
      status: 'embargoed',
      embargoUntil: '2026-12-15T12:00:00Z',
      publicAt: '2026-12-15T12:00:00Z',
      sentAt: '2026-12-01T12:00:00Z',
      predisclosureAt: '2026-12-01T12:00:00Z',
      liftPhrase: '*** EMBARGOED UNTIL 2026-12-15 12:00 UTC',
      notes: 'ISSUE DESCRIPTION\nA length check in the grant copy path is off by one.',
      vulnerable: {
        sentences: ['Xen versions 4.17 and later are vulnerable.'],
        ranges: [{ from: '4.17', to: null }],
      },
      missing: [],
      warnings: [],
    });
    // What it read drops straight into the advisory form.
    const { key, cves, title, publicAt, predisclosureAt } = parsed;
    expect(advisoryFields.safeParse({ key, cves, title, publicAt, predisclosureAt }).success).toBe(
      true,
    );
  });

  it('reads quoted mails, nested quotes and a reply with its own headers on top', () => {
    const reply = `Date: Wed, 02 Dec 2026 08:15:00 +0100
Subject: Re: our exposure?

Do we need to patch the lab hosts for this one?

On Tue, 1 Dec 2026, Xen.org security team wrote:
${quote(PREDISCLOSURE, '> ')}`;
    const nested = quote(quote(PUBLIC_RELEASE, '> '), '> ');
    const tight = quote(PUBLIC_RELEASE, '>>');
    expect(parseAdvisoryMail(reply)).toMatchObject({
      key: 'XSA-901',
      embargoUntil: '2026-12-15T12:00:00Z',
      // The advisory's own Date, not the reply's.
      sentAt: '2026-12-01T12:00:00Z',
    });
    for (const text of [nested, tight])
      expect(parseAdvisoryMail(text)).toMatchObject({
        key: 'XSA-263',
        title: 'Speculative Store Bypass',
        version: 3,
        publicAt: '2018-05-21T21:00:00Z',
      });
  });

  it('reads CRLF line ends and a banner that wraps', () => {
    const wrapped = `Date: Wed, 27 Jun 2018 12:00:00 +0000

     Xen Security Advisory CVE-2018-12891,CVE-2018-12892,CVE-2018-12893 /
                          XSA-264,XSA-265,XSA-266
                                 version 4

                   Several PV guest issues (invented)

UPDATES IN VERSION 4
====================

Public release.
`.replace(/\n/g, '\r\n');
    const parsed = parseAdvisoryMail(wrapped);
    expect(parsed).toMatchObject({
      key: 'XSA-264',
      cves: ['CVE-2018-12891', 'CVE-2018-12892', 'CVE-2018-12893'],
      version: 4,
      title: 'Several PV guest issues (invented)',
      publicAt: '2018-06-27T12:00:00Z',
    });
    expect(parsed.warnings).toEqual([
      'the banner names XSA-264, XSA-265, XSA-266; read it as XSA-264',
    ]);
  });

  it('reads a mail cut right after "Public release."', () => {
    const cut = PUBLIC_RELEASE.slice(0, PUBLIC_RELEASE.indexOf('Public release.') + 15);
    expect(parseAdvisoryMail(cut)).toMatchObject({
      publicRelease: true,
      publicAt: '2018-05-21T21:00:00Z',
    });
  });

  it('falls back to the Subject for key, version and title when the body is cut', () => {
    const parsed = parseAdvisoryMail(
      'Subject: Xen Security Advisory 267 v2 (CVE-2018-3665) - Speculative register leakage from lazy FPU context switching\nDate: Wed, 13 Jun 2018 12:00:00 +0000\n\n(body not pasted)',
    );
    expect(parsed).toMatchObject({
      key: 'XSA-267',
      version: 2,
      cves: ['CVE-2018-3665'],
      title: 'Speculative register leakage from lazy FPU context switching',
    });
    expect(parsed.missing.map((m) => m.field)).toEqual([
      'publicAt',
      'predisclosureAt',
      'affects',
      'notes',
    ]);
  });
});

describe('pasting something that is not quite an advisory', () => {
  it('lists every field it could not read, with the reason', () => {
    const parsed = parseAdvisoryMail('Hello, could you look at this crash?\n\nThanks');
    expect(parsed.missing).toEqual([
      {
        field: 'key',
        reason:
          'no "Xen Security Advisory … / XSA-NNN" banner and no advisory number in a Subject line',
      },
      { field: 'cves', reason: 'no banner to read CVE ids from' },
      { field: 'version', reason: 'no "version N" line under the banner and none in the Subject' },
      {
        field: 'title',
        reason: 'no title lines under the banner and none after " - " in the Subject',
      },
      { field: 'sentAt', reason: 'no Date: header (paste the whole mail, headers included)' },
      {
        field: 'publicAt',
        reason:
          'the mail says nowhere when the embargo ends ("embargoed until …", "the embargo ends …", "public release … at …")',
      },
      {
        field: 'predisclosureAt',
        reason: 'only a mail sent under embargo tells when the pre-disclosure list got it',
      },
      { field: 'affects', reason: 'no VULNERABLE SYSTEMS section to read versions from' },
      { field: 'notes', reason: 'no ISSUE DESCRIPTION or IMPACT section' },
    ]);
    expect(parsed).toMatchObject({ key: null, cves: [], title: null, version: null });
    expect(parseAdvisoryMail('').missing).toHaveLength(9);
  });

  it('refuses impossible dates by name instead of rolling them over', () => {
    const text = PREDISCLOSURE.replaceAll('2026-12-15 12:00', '2026-02-30 12:00').replace(
      'Tue, 01 Dec 2026 12:00:00',
      'Tue, 31 Nov 2026 25:00:00',
    );
    const parsed = parseAdvisoryMail(text);
    expect(parsed.embargoUntil).toBeNull();
    expect(parsed.sentAt).toBeNull();
    expect(parsed.missing).toContainEqual({
      field: 'publicAt',
      reason: 'the embargo date 2026-02-30 is not a real date',
    });
    expect(parsed.missing).toContainEqual({
      field: 'sentAt',
      reason: 'the Date header "Tue, 31 Nov 2026 25:00:00 +0000" is not a date and time',
    });
  });

  it('removes control characters and says so', () => {
    const parsed = parseAdvisoryMail(
      PUBLIC_RELEASE.replace(
        'Speculative Store Bypass\n\nUPDATES',
        'Specul\u0000ative\u001b[31m Store Bypass\n\nUPDATES',
      ),
    );
    expect(parsed.title).toBe('Speculative[31m Store Bypass');
    expect(parsed.warnings).toEqual(['removed 2 control characters']);
    expect(
      advisoryFields.safeParse({
        key: 'XSA-1',
        publicAt: '2018-05-21T12:00:00Z',
        title: parsed.title,
      }).success,
    ).toBe(true);
  });

  it('refuses a title longer than an advisory title may be', () => {
    const huge = 'A'.repeat(5000);
    const parsed = parseAdvisoryMail(
      PUBLIC_RELEASE.replace('Speculative Store Bypass\n\nUPDATES', `${huge}\n\nUPDATES`).replace(
        ' - Speculative Store Bypass',
        ` - ${huge}`,
      ),
    );
    expect(parsed.title).toBeNull();
    expect(parsed.missing).toContainEqual({
      field: 'title',
      reason: 'the title is longer than 300 characters',
    });
  });

  it('stays fast and bounded on huge and adversarial pastes', () => {
    const started = Date.now();
    const adversarial = `${'embargo '.repeat(200_000)}\n${'> '.repeat(100_000)}\n${'='.repeat(300_000)}`;
    expect(parseAdvisoryMail(adversarial).key).toBeNull();
    const huge = parseAdvisoryMail(`${PUBLIC_RELEASE}\n${'x'.repeat(3_000_000)}`);
    expect(huge.key).toBe('XSA-263');
    expect(huge.warnings).toEqual([
      'only the first 1000000 characters were read',
      'the notes were cut to 20000 characters',
    ]);
    expect(huge.notes?.length).toBeLessThanOrEqual(20_000);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('mail dates', () => {
  it('reads RFC 2822 dates in any zone to UTC', () => {
    expect(parseMailDate('Mon, 21 May 2018 21:00:00 +0000')).toBe('2018-05-21T21:00:00Z');
    expect(parseMailDate('21 May 2018 23:00 +0200')).toBe('2018-05-21T21:00:00Z');
    expect(parseMailDate('Mon, 21 May 2018 21:00:00 GMT')).toBe('2018-05-21T21:00:00Z');
    expect(parseMailDate('Mon, 21 May 2018 21:00:00 +0000 (UTC)')).toBe('2018-05-21T21:00:00Z');
  });

  it('refuses what is not one', () => {
    for (const text of ['yesterday', 'Mon, 30 Feb 2018 12:00:00 +0000', '21 Foo 2018 12:00', ''])
      expect(parseMailDate(text)).toBeNull();
  });
});
