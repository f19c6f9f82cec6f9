import { describe, expect, it } from 'vitest';
import { parseAdvisoryMail } from './parseAdvisoryMail';

// How advisories say when their embargo ends, in the words real advisory
// mails use (Xen's banner, other projects' and distributors' phrasings),
// each inside a minimal mail with a Date header, as a paste would be.

const mail = (body: string) =>
  `Subject: Xen Security Advisory 901 v1 - x86: a flaw\nDate: Tue, 01 Dec 2026 12:00:00 +0000\n\n${body}\n`;

const LIFT = '2027-01-20T12:00:00Z';

const PHRASINGS: [string, string, string][] = [
  ["Xen's banner", '                 *** EMBARGOED UNTIL 2027-01-20 12:00 UTC ***', LIFT],
  ['"The embargo ends" with an ISO date', 'The embargo ends 2027-01-20 12:00 UTC.', LIFT],
  [
    '"will be lifted" with a written-out date and weekday',
    'The embargo will be lifted on Wednesday 20th January 2027 at 12:00 UTC.',
    LIFT,
  ],
  [
    '"is lifted at" with the time before the date',
    'This issue is under embargo, which is lifted at 12:00 UTC on 20 January 2027.',
    LIFT,
  ],
  [
    '"public release … at"',
    'Public release is scheduled for 2027-01-20 at 12:00 UTC; please do not discuss it before.',
    LIFT,
  ],
  [
    '"the public release will be at" with the month first',
    'The public release will be at 12:00 UTC on Wednesday, January 20th, 2027.',
    LIFT,
  ],
  ['"Embargo:" with an ISO instant', 'Embargo: 2027-01-20T12:00:00Z', LIFT],
  [
    '"embargoed until" with the month first and GMT',
    'It is embargoed until January 20, 2027 12:00 GMT.',
    LIFT,
  ],
  ['an offset instead of UTC', 'The embargo ends on 2027-01-20 13:00 +0100.', LIFT],
  ['"made public" at noon', 'This issue will be made public on 20 Jan 2027 at 12 noon UTC.', LIFT],
  [
    'an afternoon time with "pm"',
    'The embargo ends at 1pm UTC on 20 January 2027.',
    '2027-01-20T13:00:00Z',
  ],
  [
    'a mail-style date after "lifted"',
    'The embargo is to be lifted Wed, 20 Jan 2027 12:00:00 +0000.',
    LIFT,
  ],
  ['"public disclosure date:"', 'Public disclosure date: 2027-01-20 12:00 UTC', LIFT],
  [
    'a lift wrapped over two lines',
    'This issue is embargoed until\n2027-01-20 12:00 UTC; please do not discuss it.',
    LIFT,
  ],
  [
    'an abbreviated month with a full stop',
    'The embargo will be lifted on 20 Jan. 2027, 12:00 UTC.',
    LIFT,
  ],
];

describe('the lift, in the phrasings advisories use', () => {
  it.each(PHRASINGS)('reads %s', (_name, body, expected) => {
    const parsed = parseAdvisoryMail(mail(body));
    expect(parsed.publicAt).toBe(expected);
    expect(parsed.embargoUntil).toBe(expected);
    expect(parsed.status).toBe('embargoed');
    // The Date header, before the lift, is when the pre-disclosure list got it.
    expect(parsed.predisclosureAt).toBe('2026-12-01T12:00:00Z');
    expect(parsed.missing.map((m) => m.field)).not.toContain('publicAt');
    expect(parsed.liftPhrase).not.toBeNull();
  });

  it('reads a time without a zone as UTC, and says so', () => {
    const parsed = parseAdvisoryMail(mail('The embargo ends 2027-01-20 12:00.'));
    expect(parsed.publicAt).toBe(LIFT);
    expect(parsed.warnings).toEqual(['the lift names no time zone; read it as UTC']);
  });

  it('does not guess a time the mail does not give', () => {
    const parsed = parseAdvisoryMail(mail('The embargo ends on 20 January 2027.'));
    expect(parsed).toMatchObject({ publicAt: null, embargoUntil: null, liftDay: '2027-01-20' });
    expect(parsed.missing).toContainEqual({
      field: 'publicAt',
      reason: 'the mail gives the day (2027-01-20) but no time of day',
    });
  });

  it('does not read a version number next to the date as a time', () => {
    const parsed = parseAdvisoryMail(
      mail('The public release is on 2027-01-20 for Xen 4.17 and later.'),
    );
    expect(parsed).toMatchObject({ publicAt: null, liftDay: '2027-01-20' });
  });

  it('refuses a zone it cannot convert rather than guess the offset', () => {
    const parsed = parseAdvisoryMail(mail('It is embargoed until 2027-01-20 07:00 EST.'));
    expect(parsed.publicAt).toBeNull();
    expect(parsed.missing).toContainEqual({
      field: 'publicAt',
      reason: 'the time is given in EST, which the planner does not convert; enter it in UTC',
    });
  });

  it('takes the banner over other dates in the text, and says which others it saw', () => {
    const parsed = parseAdvisoryMail(
      mail(
        '   *** EMBARGOED UNTIL 2027-01-27 12:00 UTC ***\n\nThe embargo was first to end 2027-01-20 12:00 UTC, and was extended.',
      ),
    );
    expect(parsed.publicAt).toBe('2027-01-27T12:00:00Z');
    expect(parsed.warnings).toEqual([
      'the mail also names 2027-01-20T12:00:00Z; read the lift from "*** EMBARGOED UNTIL 2027-01-27 12:00 UTC"',
    ]);
  });

  it('finds nothing in a mail that never says when, and says what it looked for', () => {
    const parsed = parseAdvisoryMail(
      mail(
        'Deployment of the patches is permitted during the embargo, even on public-facing systems.',
      ),
    );
    expect(parsed.publicAt).toBeNull();
    expect(parsed.missing).toContainEqual({
      field: 'publicAt',
      reason:
        'the mail says nowhere when the embargo ends ("embargoed until …", "the embargo ends …", "public release … at …")',
    });
  });

  it('refuses a day that does not exist', () => {
    const parsed = parseAdvisoryMail(mail('The embargo ends 31 February 2027 at 12:00 UTC.'));
    expect(parsed.publicAt).toBeNull();
    expect(parsed.missing).toContainEqual({
      field: 'publicAt',
      reason: 'the embargo date 31 February 2027 is not a real date',
    });
  });
});
