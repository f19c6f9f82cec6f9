import { describe, expect, it } from 'vitest';
import { parseAdvisoryMail } from '../../shared/advisories/parseAdvisoryMail';
import { draftFromAdvisory } from './advisoryDraft';
import { fillFromMail } from './mailFill';

const MAIL = `> Subject: Xen Security Advisory 480 v2 (CVE-2026-1234) - x86: grant copy overrun
> Date: Tue, 01 Dec 2026 12:00:00 +0000
>
>              Xen Security Advisory CVE-2026-1234 / XSA-480
>                              version 2
>
>                   x86: grant copy may write past a frame
>
> UPDATES IN VERSION 2
> ====================
>
> Public release.
`;

const blank = {
  ...draftFromAdvisory(null, { defaultTime: '12:00', releases: [] }),
  key: 'XSA-479',
  notes: 'kept',
};

describe('fillFromMail', () => {
  it('fills what a quoted public release says and keeps the rest', () => {
    const fill = fillFromMail(blank, parseAdvisoryMail(MAIL));
    expect(fill.draft).toMatchObject({
      key: 'XSA-480',
      cves: 'CVE-2026-1234',
      title: 'x86: grant copy may write past a frame',
      status: 'public',
      publicDate: '2026-12-01',
      publicTime: '12:00',
      predisclosureDate: '',
      notes: 'kept',
    });
    expect(fill.read).toBe('XSA-480, version 2');
    expect(fill.filled).toEqual(['Key', 'CVEs', 'Title', 'Status (public)', 'Embargo lift']);
    expect(fill.missing.map((m) => m.label)).toEqual(['Pre-disclosure']);
  });

  it('clears a default pre-disclosure that would fall after the mail’s lift', () => {
    const fill = fillFromMail(
      { ...blank, predisclosureDate: '2026-12-10' },
      parseAdvisoryMail(MAIL),
    );
    expect(fill.draft.predisclosureDate).toBe('');
    expect(fill.warnings).toEqual([
      "Cleared the pre-disclosure date 2026-12-10: it came after the mail's lift.",
    ]);
  });

  it('names everything it could not read from text that is no advisory', () => {
    const fill = fillFromMail(blank, parseAdvisoryMail('Hello, see you on Monday.'));
    expect(fill.draft).toEqual(blank);
    expect(fill.filled).toEqual([]);
    expect(fill.read).toBeNull();
    expect(fill.missing.map((m) => m.label)).toEqual([
      'Key',
      'CVEs',
      'Version',
      'Title',
      'Date sent',
      'Embargo lift',
      'Pre-disclosure',
    ]);
    expect(fill.missing[0].reason).toMatch(/banner/);
  });
});
