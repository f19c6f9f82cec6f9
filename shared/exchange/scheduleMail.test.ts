import { describe, expect, it } from 'vitest';
import type { Release } from '../domain/release';
import { embargoedAdvisory, NOW, publicAdvisory, release411 } from '../calendar/calendarTestData';
import { scheduleMail, slipText } from './scheduleMail';

const xen411: Release = {
  ...release411,
  milestones: [
    {
      id: 1,
      kind: 'last-posting',
      planned: '2018-03-09',
      actual: '2018-03-09',
      baseline: '2018-03-09',
      label: null,
    },
    {
      id: 2,
      kind: 'hard-code-freeze',
      planned: '2018-04-13',
      actual: null,
      baseline: '2018-04-13',
      label: null,
    },
    { id: 3, kind: 'rc', planned: '2018-06-19', actual: null, baseline: null, label: 'RC6' },
    {
      id: 4,
      kind: 'release',
      planned: '2018-07-06',
      actual: null,
      baseline: '2018-06-01',
      label: null,
    },
  ],
};

describe('schedule mail', () => {
  it('lists milestone, weekday and date in aligned columns, with the slip against the baseline', () => {
    const mail = scheduleMail({
      release: xen411,
      advisories: [publicAdvisory, embargoedAdvisory],
      profile: 'public',
      now: NOW,
    });
    expect(mail.subject).toBe('4.11 release schedule');
    expect(mail.text).toBe(
      [
        '4.11 release schedule',
        '',
        '  Last posting date  Fri   9 Mar 2018  (done)',
        '  Hard code freeze   Fri  13 Apr 2018',
        '  RC6                Tue  19 Jun 2018',
        '  Release            Fri   6 Jul 2018  (was Fri 1 Jun, +5 weeks)',
        '',
        'Dates are calendar days (UTC).',
        '',
      ].join('\n'),
    );
  });

  it('says nothing about advisories by default', () => {
    const { text } = scheduleMail({
      release: xen411,
      advisories: [publicAdvisory, embargoedAdvisory],
      profile: 'public',
      now: NOW,
    });
    for (const secret of ['XSA', 'Secret', 'CVE', 'Jane', 'embargo'])
      expect(text).not.toContain(secret);
  });

  it('gives embargoes by key and lift only under the pre-disclosure profile', () => {
    const { text } = scheduleMail({
      release: xen411,
      advisories: [publicAdvisory, embargoedAdvisory],
      profile: 'predisclosure',
      now: NOW,
    });
    expect(text).toMatch(/^Pre-disclosure: embargoed advisories appear as key and lift date only/m);
    expect(text).toContain('  XSA-999  Tue  15 Dec 2026 12:00  UTC\n');
    for (const secret of ['Secret', 'CVE-2026', 'Jane', 'secret follow-up', 'XSA-263'])
      expect(text).not.toContain(secret);
  });

  it('gives the team everything about the embargoes affecting the release, and says so', () => {
    const { text } = scheduleMail({
      release: xen411,
      advisories: [publicAdvisory, embargoedAdvisory],
      profile: 'team',
      now: NOW,
    });
    expect(text).toMatch(/^Team: EVERYTHING/m);
    expect(text).toContain(
      'XSA-999  Tue  15 Dec 2026 12:00  UTC  Secret hypervisor escape, CVE-2026-99999',
    );
    expect(text).toContain('XSA-999 follow-up: secret follow-up, expected Sun 20 Dec 2026');
  });

  it('writes slips in weeks and days', () => {
    expect(slipText(35)).toBe('+5 weeks');
    expect(slipText(8)).toBe('+1 week 1 day');
    expect(slipText(-3)).toBe('-3 days');
    expect(slipText(0)).toBe('+0 days');
  });

  it('says when there is nothing planned yet', () => {
    const { text } = scheduleMail({
      release: { ...xen411, milestones: [] },
      advisories: [],
      profile: 'public',
      now: NOW,
    });
    expect(text).toContain('  No milestones planned yet.');
  });
});
