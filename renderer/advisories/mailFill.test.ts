import { describe, expect, it } from 'vitest';
import { parseAdvisoryMail } from '../../shared/advisories/parseAdvisoryMail';
import { PREDISCLOSURE_MAIL } from '../../shared/testing/advisoryMails';
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

const NEW = { releases: ['4.20', '4.21', '4.22'], recordedLift: null };

const blank = {
  ...draftFromAdvisory(null, { defaultTime: '12:00', releases: [] }),
  key: 'XSA-479',
  notes: 'kept',
};

describe('fillFromMail', () => {
  it('fills what a quoted public release says and keeps the rest', () => {
    const fill = fillFromMail(blank, parseAdvisoryMail(MAIL), NEW);
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
    expect(fill.missing.map((m) => m.label)).toEqual([
      'Pre-disclosure',
      'Affected releases',
      'Notes',
    ]);
    expect(fill.sources).toEqual([
      {
        label: 'Embargo lift',
        text: "Tue 1 Dec 2026 12:00 UTC, from “the mail's Date header (a public release)”",
      },
    ]);
  });

  it('clears a default pre-disclosure that would fall after the mail’s lift', () => {
    const fill = fillFromMail(
      { ...blank, predisclosureDate: '2026-12-10' },
      parseAdvisoryMail(MAIL),
      NEW,
    );
    expect(fill.draft.predisclosureDate).toBe('');
    expect(fill.warnings).toEqual([
      "Cleared the pre-disclosure date 2026-12-10: it came after the mail's lift.",
    ]);
  });

  it('names everything it could not read from text that is no advisory', () => {
    const fill = fillFromMail(
      { ...blank, publicDate: '2026-12-15' },
      parseAdvisoryMail('Hello, see you on Monday.'),
      NEW,
    );
    // Only the lift changed: the form's default is no lift the mail said.
    expect(fill.draft).toEqual({
      ...blank,
      publicDate: '',
      liftUnread:
        'the mail says nowhere when the embargo ends ("embargoed until …", "the embargo ends …", "public release … at …")',
    });
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
      'Affected releases',
      'Notes',
    ]);
    expect(fill.missing[0].reason).toMatch(/banner/);
  });
});

describe('fillFromMail from a pre-disclosure', () => {
  it('fills the lift, the affected releases and the notes, saying where each came from', () => {
    const fill = fillFromMail({ ...blank, notes: '' }, parseAdvisoryMail(PREDISCLOSURE_MAIL), NEW);
    expect(fill.draft).toMatchObject({
      key: 'XSA-901',
      status: 'embargoed',
      publicDate: '2027-01-20',
      publicTime: '12:00',
      predisclosureDate: '2027-01-05',
      affects: ['4.21', '4.22'],
      notes:
        'ISSUE DESCRIPTION\nThe emulator may write past a buffer.\n\nIMPACT\nA guest may crash the host.',
      liftUnread: null,
    });
    expect(fill.sources).toEqual([
      {
        label: 'Embargo lift',
        text: 'Wed 20 Jan 2027 12:00 UTC, from “The embargo ends 2027-01-20 12:00 UTC”',
      },
      {
        label: 'Affected releases',
        text: '4.21, 4.22, from “Xen 4.21 and later are vulnerable.”',
      },
    ]);
    expect(fill.missing).toEqual([]);
  });

  it('leaves the lift empty and marked when the mail gives none, even over a typed default', () => {
    const noLift = PREDISCLOSURE_MAIL.replace('The embargo ends 2027-01-20 12:00 UTC.', '');
    const fill = fillFromMail(
      { ...blank, publicDate: '2027-01-19', publicTime: '12:00' },
      parseAdvisoryMail(noLift),
      NEW,
    );
    expect(fill.draft.publicDate).toBe('');
    expect(fill.draft.liftUnread).toMatch(/^the mail says nowhere when the embargo ends/);
    expect(fill.filled).not.toContain('Embargo lift');
  });

  it('fills the day and leaves the time to type when the mail gives no time', () => {
    const dayOnly = PREDISCLOSURE_MAIL.replace('2027-01-20 12:00 UTC', 'on 20 January 2027');
    const fill = fillFromMail(blank, parseAdvisoryMail(dayOnly), NEW);
    expect(fill.draft).toMatchObject({
      publicDate: '2027-01-20',
      publicTime: '',
      liftUnread: 'the mail gives the day (2027-01-20) but no time of day',
    });
  });

  it('keeps the recorded lift of an advisory being edited when the mail gives none', () => {
    const noLift = PREDISCLOSURE_MAIL.replace('The embargo ends 2027-01-20 12:00 UTC.', '');
    const editing = { ...blank, publicDate: '2027-01-20', publicTime: '12:00' };
    const fill = fillFromMail(editing, parseAdvisoryMail(noLift), {
      ...NEW,
      recordedLift: '2027-01-20T12:00:00Z',
    });
    expect(fill.draft).toMatchObject({ publicDate: '2027-01-20', liftUnread: null });
    expect(fill.warnings).toContain(
      'The mail does not say when the embargo lifts; kept the recorded lift, Wed 20 Jan 2027 12:00 UTC.',
    );
  });

  it("keeps the team's own notes, and says the mail's were not added", () => {
    const fill = fillFromMail(blank, parseAdvisoryMail(PREDISCLOSURE_MAIL), NEW);
    expect(fill.draft.notes).toBe('kept');
    expect(fill.warnings).toContain(
      'Notes already had text: the mail’s description and impact were not added.',
    );
  });

  it('says so when the plan has none of the vulnerable releases', () => {
    const fill = fillFromMail(blank, parseAdvisoryMail(PREDISCLOSURE_MAIL), {
      releases: ['4.19', '4.20'],
      recordedLift: null,
    });
    expect(fill.draft.affects).toEqual([]);
    expect(fill.warnings).toContain(
      'The mail names Xen 4.21 and later as vulnerable; no release in the plan is one of those.',
    );
  });
});
