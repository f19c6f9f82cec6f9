import { describe, expect, it } from 'vitest';
import { analyse } from './analyser';
import { dayNumber, instantAt } from './days';
import { makeAdvisory, makeRelease, makeSettings, planOf, withReleaseDate } from './testData';

// The story behind the tool (DESIGN.md): Xen 4.11 was planned for Friday
// 1 June 2018; embargoes kept lifting inside its freeze, fixes to the fixes
// followed, and it came out on Tuesday 10 July. Seen from Wednesday 2 May,
// with the default settings (buffer 2 working days, window 14 days,
// pre-disclosure 10 working days, Mon–Fri, releases Tue–Thu).

const TODAY = '2018-05-02';
const xen411 = makeRelease('4.11', {
  'last-posting': '2018-03-09',
  'feature-freeze': '2018-03-30',
  'code-freeze': '2018-04-06',
  'hard-code-freeze': '2018-04-13',
  release: '2018-06-01',
});
const xen410 = makeRelease(
  '4.10',
  [{ kind: 'release', planned: '2017-12-12', actual: '2017-12-13' }],
  {
    status: 'released',
  },
);

// 73 advisories in the year before today, one every 5 days back to exactly
// 365 days before: λ = 73 / (365/7) = 1.4 a week. All carried by 4.10,
// which is released and so raises nothing about them.
const TODAY_DAY = dayNumber(TODAY);
const history = Array.from({ length: 73 }, (_, k) =>
  makeAdvisory(`XSA-${190 + k}`, instantAt(TODAY_DAY - 5 * (k + 1), '12:00'), {
    status: 'public',
    affects: ['4.10'],
  }),
);

const story = [
  makeAdvisory('XSA-263', '2018-05-21T12:00:00Z', {
    predisclosureAt: '2018-05-07T12:00:00Z',
    affects: ['4.11'],
    followUps: [{ id: 2631, expectedAt: '2018-06-22' }, { id: 2632 }],
  }),
  makeAdvisory('XSA-267', '2018-06-13T12:00:00Z', {
    predisclosureAt: '2018-06-01T12:00:00Z',
    affects: ['4.11'],
  }),
  ...[264, 265, 266].map((n) =>
    makeAdvisory(`XSA-${n}`, '2018-06-27T12:00:00Z', {
      predisclosureAt: '2018-06-13T12:00:00Z',
      affects: ['4.11'],
      followUps: n === 266 ? [{ id: 2661, publicAt: '2018-07-05T12:00:00Z' }] : [],
    }),
  ),
];

const plan = planOf([xen411, xen410], [...history, ...story], makeSettings());

describe('Xen 4.11, seen from 2 May 2018', () => {
  const { findings, suggestions } = analyse(plan, TODAY);

  it('finds what went wrong', () => {
    expect(
      findings.map((f) => [f.code, f.release, f.subject, f.followUp?.id ?? null, f.numbers]),
    ).toEqual([
      // 1 Jun 12:00 → 13 Jun 12:00: Jun 4–8, 11–13 = 8 working days of pre-disclosure.
      ['PREDISCLOSURE_TOO_SHORT', null, 'XSA-267', null, { workingDays: 8, minWorkingDays: 10 }],
      // 1 Jun → 13 Jun: 12 days after.
      ['EMBARGO_AFTER_RELEASE', '4.11', 'XSA-267', null, { daysAfter: 12 }],
      // Fri 22 Jun: 21 days after; the undated follow-up 2632 raises nothing.
      ['FOLLOWUP_AFTER_RELEASE', '4.11', 'XSA-263', 2631, { daysAfter: 21 }],
      ['EMBARGO_AFTER_RELEASE', '4.11', 'XSA-264', null, { daysAfter: 26 }],
      ['EMBARGO_AFTER_RELEASE', '4.11', 'XSA-265', null, { daysAfter: 26 }],
      ['EMBARGO_AFTER_RELEASE', '4.11', 'XSA-266', null, { daysAfter: 26 }],
      // The re-issued XSA-266 lifts Thu 5 Jul: 34 days after.
      ['FOLLOWUP_AFTER_RELEASE', '4.11', 'XSA-266', 2661, { daysAfter: 34 }],
      // Mon 21 May → Fri 1 Jun: 11 days, 9 working days (22–25, 28–31, 1).
      // Also inside the hard code freeze, but only the worse finding shows.
      [
        'EMBARGO_TOO_CLOSE',
        '4.11',
        'XSA-263',
        null,
        { daysBefore: 11, workingDaysBefore: 9, windowDays: 14 },
      ],
      // 1 June 2018 was a Friday.
      ['RELEASE_ON_NON_RELEASE_DAY', '4.11', null, null, { weekday: 5, holiday: 0 }],
    ]);
    expect(findings[1].message).toBe(
      'XSA-267 lifts Wed 13 Jun 2018 12:00 UTC, 12 days after the planned 4.11 release on Fri 1 Jun 2018',
    );
  });

  it('suggests slipping to 10 July, as it happened, and says what the race costs', () => {
    // Last blocker: the XSA-266 re-issue, Thu 5 Jul. +2 working days: Fri 6,
    // Mon 9. First Tue–Thu from Mon 9 Jul: Tue 10 Jul 2018. Slip 39 days =
    // 5.57 weeks; λS = 1.4 × 39/7 = 7.8; P = 1 − e^−7.8 ≈ 0.99959.
    const slip = suggestions.find((s) => s.kind === 'SLIP_RELEASE')!;
    expect(slip.date).toBe('2018-07-10');
    expect(slip.apply).toEqual({
      type: 'set-milestone',
      release: '4.11',
      kind: 'release',
      date: '2018-07-10',
    });
    expect(slip.numbers.slipDays).toBe(39);
    expect(slip.numbers.advisoriesPerWeek).toBeCloseTo(1.4, 12);
    expect(slip.numbers.expectedNewAdvisories).toBeCloseTo(7.8, 12);
    expect(slip.numbers.probabilityAtLeastOne).toBeCloseTo(1 - Math.exp(-7.8), 12);
    expect(slip.message).toBe(
      'Slip 4.11 from Fri 1 Jun 2018 to Tue 10 Jul 2018 (5.6 weeks): a follow-up fix to XSA-266 is due Thu 5 Jul 2018, ' +
        'and 4.11 needs 2 working days after it. At 1.4 advisories a week, expect 7.8 new ones meanwhile (chance of at least one: >99%).',
    );
  });

  it('offers 4.11.1, branching now, and earlier lifts', () => {
    expect(suggestions.map((s) => [s.kind, s.subject, s.date])).toEqual([
      ['SLIP_RELEASE', null, '2018-07-10'],
      ['POINT_RELEASE', null, '2018-07-10'],
      // The hard code freeze (13 Apr) has passed: branch today, Wed 2 May,
      // and master reopens 69 days before 10 Jul instead of staying frozen.
      ['BRANCH_AND_REOPEN', null, '2018-05-02'],
      // Latest lift clearing Fri 1 Jun by 2 working days: Wed 30 May (Thu
      // 31, Fri 1 remain). Its pre-disclosure moves to 10 working days
      // before, Wed 16 May, which is still ahead.
      ['MOVE_EMBARGO_NOTE', 'XSA-267', '2018-05-30T12:00:00Z'],
      ['MOVE_EMBARGO_NOTE', 'XSA-264', '2018-05-30T12:00:00Z'],
      ['MOVE_EMBARGO_NOTE', 'XSA-265', '2018-05-30T12:00:00Z'],
      ['MOVE_EMBARGO_NOTE', 'XSA-266', '2018-05-30T12:00:00Z'],
    ]);
    const [, point, branch, move] = suggestions;
    expect(point.apply).toEqual({ type: 'create-release', name: '4.11.1', date: '2018-07-10' });
    expect(branch.numbers).toEqual({ daysMasterReopensEarlier: 69 });
    expect(move.apply).toEqual({
      type: 'set-lift',
      advisory: 'XSA-267',
      publicAt: '2018-05-30T12:00:00Z',
      predisclosureAt: '2018-05-16T12:00:00Z',
    });
  });

  it('after the slip to 10 July, only warnings and notes remain', () => {
    const slipped = planOf(
      [withReleaseDate(xen411, '2018-07-10'), xen410],
      plan.advisories,
      plan.settings,
    );
    const after = analyse(slipped, TODAY);
    expect(after.findings.map((f) => [f.code, f.subject, f.numbers])).toEqual([
      ['PREDISCLOSURE_TOO_SHORT', 'XSA-267', { workingDays: 8, minWorkingDays: 10 }],
      // 27 Jun → 10 Jul: 13 days; 9 working days (28, 29, 2–6, 9, 10).
      ['EMBARGO_TOO_CLOSE', 'XSA-264', { daysBefore: 13, workingDaysBefore: 9, windowDays: 14 }],
      ['EMBARGO_TOO_CLOSE', 'XSA-265', { daysBefore: 13, workingDaysBefore: 9, windowDays: 14 }],
      ['EMBARGO_TOO_CLOSE', 'XSA-266', { daysBefore: 13, workingDaysBefore: 9, windowDays: 14 }],
      // Thu 5 Jul → Tue 10 Jul.
      ['FOLLOWUP_TOO_CLOSE', 'XSA-266', { daysBefore: 5, windowDays: 14 }],
      // XSA-264..266 in the 14 days before 10 Jul; dated on the release day.
      ['EMBARGO_CLUSTER', null, { embargoes: 3, windowDays: 14 }],
      // Lifts more than 14 days before, after the 13 Apr hard code freeze.
      ['EMBARGO_IN_HARD_FREEZE', 'XSA-263', { daysBefore: 50, daysAfterHardFreeze: 38 }],
      ['EMBARGO_IN_HARD_FREEZE', 'XSA-267', { daysBefore: 27, daysAfterHardFreeze: 61 }],
    ]);
    expect(after.suggestions).toEqual([]);
  });
});
