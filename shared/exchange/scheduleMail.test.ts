import { describe, expect, it } from 'vitest';
import type { Release } from '../domain/release';
import { embargoedAdvisory, NOW, publicAdvisory, release411 } from '../testing/calendarData';
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
  it('lists milestones by date as release managers post them, with the slip against the baseline', () => {
    const mail = scheduleMail({
      // Stored out of order: the mail goes by date.
      release: { ...xen411, milestones: [...xen411.milestones].reverse() },
      advisories: [publicAdvisory, embargoedAdvisory],
      profile: 'public',
      now: NOW,
    });
    expect(mail.subject).toBe('4.11 release schedule');
    expect(mail.text).toBe(
      [
        '4.11 release schedule',
        '',
        '4.11 is planned for Fri 6 Jul 2018, 5 weeks later than first planned (Fri 1 Jun 2018).',
        '',
        '  Fri  9 Mar 2018  done           Last posting date',
        '      New features must be posted to the list by this date, though not',
        '      necessarily in their final form.',
        '      (5 weeks)',
        '  Fri 13 Apr 2018                 Hard code freeze',
        '      Fixes for serious bugs (regressions included) and low-risk fixes',
        '      only.',
        '      (9 weeks 4 days)',
        '  Tue 19 Jun 2018  **tentative**  RC6',
        '      (2 weeks 3 days)',
        '  Fri  6 Jul 2018                 Release  (was Fri 1 Jun, +5 weeks)',
        '',
        'Dates are calendar days (UTC); **tentative** dates are not committed yet and may move.',
        '',
      ].join('\n'),
    );
  });

  it('posts a whole schedule in Xen form: freezes, branch, weekly RCs, tentative dates', () => {
    let id = 0;
    const m = (kind: Release['milestones'][number]['kind'], planned: string, more = {}) => ({
      id: ++id,
      kind,
      planned,
      actual: null,
      baseline: planned,
      label: null,
      ...more,
    });
    const release: Release = {
      ...release411,
      name: '4.22',
      milestones: [
        m('release', '2026-06-03', { baseline: '2026-05-27' }),
        m('last-posting', '2026-03-20', { actual: '2026-03-20' }),
        m('feature-freeze', '2026-04-10'),
        m('code-freeze', '2026-05-01', { baseline: '2026-04-24' }),
        m('hard-code-freeze', '2026-05-15', { baseline: null }),
        m('branch', '2026-05-19', { baseline: null }),
        m('rc', '2026-05-12', { label: 'RC1', baseline: null }),
        m('rc', '2026-05-19', { label: 'RC2', baseline: null }),
        m('rc', '2026-05-26', { label: 'RC3', baseline: null }),
      ],
    };
    const { text } = scheduleMail({ release, advisories: [], profile: 'public', now: NOW });
    expect(text).toBe(
      [
        '4.22 release schedule',
        '',
        '4.22 is planned for Wed 3 Jun 2026, 1 week later than first planned (Wed 27 May 2026).',
        '',
        '  Fri 20 Mar 2026  done           Last posting date',
        '      New features must be posted to the list by this date, though not',
        '      necessarily in their final form.',
        '      (3 weeks)',
        '  Fri 10 Apr 2026                 Feature freeze',
        '      New features must be committed by this date; straightforward bug',
        '      fixes may still go in.',
        '      (3 weeks)',
        '  Fri  1 May 2026                 Code freeze  (was Fri 24 Apr, +1 week)',
        '      Bug fixes only, each approved by the release manager.',
        '      (1 week 4 days)',
        '  Tue 12 May 2026  **tentative**  RC1 to RC3, weekly until Tue 26 May 2026',
        '      (3 days)',
        '  Fri 15 May 2026  **tentative**  Hard code freeze',
        '      Fixes for serious bugs (regressions included) and low-risk fixes',
        '      only.',
        '      (4 days)',
        '  Tue 19 May 2026  **tentative**  Branch / reopen master',
        '      The stable branch is cut and master reopens for the next release.',
        '      (2 weeks 1 day)',
        '  Wed  3 Jun 2026                 Release  (was Wed 27 May, +1 week)',
        '',
        'Dates are calendar days (UTC); **tentative** dates are not committed yet and may move.',
        '',
      ].join('\n'),
    );
    // Without RCs by name, the code freeze says they come weekly.
    const noRcs = { ...release, milestones: release.milestones.filter((x) => x.kind !== 'rc') };
    expect(
      scheduleMail({ release: noRcs, advisories: [], profile: 'public', now: NOW }).text,
    ).toContain(
      '      Bug fixes only, each approved by the release manager.\n      Release candidates weekly from here until the release.\n',
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
