import { describe, expect, it } from 'vitest';
import type { Advisory } from '../domain/advisory';
import type { Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import { analyse } from './analyser';
import { makeAdvisory, makeRelease, makeSettings, planOf } from '../testing/planData';
import type { Suggestion, SuggestionKind } from './types';
import { dayNumber, isoDateOf } from './days';

// 4.12: hard code freeze Fri 18 May 2018, release Tue 5 Jun 2018.
const release = makeRelease('4.12', { 'hard-code-freeze': '2018-05-18', release: '2018-06-05' });
const TODAY = '2018-05-02';

function suggestions(
  advisories: Advisory[],
  options: { releases?: Release[]; settings?: SettingsValues; today?: string } = {},
): Suggestion[] {
  const plan = planOf(options.releases ?? [release], advisories, options.settings);
  return analyse(plan, options.today ?? TODAY).suggestions;
}

function ofKind(list: Suggestion[], kind: SuggestionKind): Suggestion[] {
  return list.filter((s) => s.kind === kind);
}

const late = (key: string, publicAt: string, extra: Parameters<typeof makeAdvisory>[2] = {}) =>
  makeAdvisory(key, publicAt, { affects: ['4.12'], ...extra });

describe('when nothing blocks', () => {
  it('suggests nothing for warnings and infos alone', () => {
    expect(suggestions([late('XSA-300', '2018-05-25T12:00:00Z')])).toEqual([]);
  });
});

describe('SLIP_RELEASE', () => {
  it('picks the first preferred weekday with the buffer after the last blocker', () => {
    // Last blocker Thu 14 Jun → +2 working days = Mon 18 Jun → Tue 19 Jun.
    const [slip] = ofKind(
      suggestions([
        late('XSA-300', '2018-06-07T12:00:00Z'),
        late('XSA-301', '2018-06-14T12:00:00Z'),
      ]),
      'SLIP_RELEASE',
    );
    expect(slip).toMatchObject({
      id: 'SLIP_RELEASE|4.12|',
      release: '4.12',
      date: '2018-06-19',
      apply: { type: 'set-milestone', release: '4.12', kind: 'release', date: '2018-06-19' },
      numbers: { slipDays: 14, daysFromToday: 48, holders: 2, bufferWorkingDays: 2 },
      dates: { clears: '2018-06-19' },
    });
  });

  it('counts a blocker in the buffer, and skips holidays when stepping', () => {
    // Lift Mon 4 Jun (1 working day before) → +2 working days: Tue 5 is a
    // holiday, so Wed 6, Thu 7 → Thu 7 Jun.
    const settings = makeSettings({ holidays: ['2018-06-05'] });
    const [slip] = ofKind(
      suggestions([late('XSA-300', '2018-06-04T12:00:00Z')], { settings }),
      'SLIP_RELEASE',
    );
    expect(slip.date).toBe('2018-06-07');
  });

  it('counts late follow-ups as blockers', () => {
    const withFollowUp = late('XSA-300', '2018-03-01T12:00:00Z', {
      followUps: [{ expectedAt: '2018-06-21' }, {}],
    });
    // Thu 21 Jun → Fri 22, Mon 25 → Tue 26 Jun.
    expect(ofKind(suggestions([withFollowUp]), 'SLIP_RELEASE')[0].date).toBe('2018-06-26');
  });

  it('never suggests a date in the past', () => {
    const [slip] = ofKind(
      suggestions([late('XSA-300', '2018-06-07T12:00:00Z')], { today: '2018-07-02' }),
      'SLIP_RELEASE',
    );
    // Mon 2 Jul is today; the first preferred weekday from it is Tue 3 Jul.
    expect(slip.date).toBe('2018-07-03');
  });

  it('forecasts the race in batches: lift days of the 365 days before today', () => {
    // Counted: 365 days before today (2 May 2017) up to yesterday, one batch
    // per lift day. Not counted: today, 366 days before, withdrawn advisories.
    const history = [
      makeAdvisory('XSA-1', '2017-05-02T12:00:00Z', { status: 'public' }),
      makeAdvisory('XSA-2', '2018-05-01T23:00:00Z', { status: 'public' }),
      makeAdvisory('XSA-7', '2018-05-01T12:00:00Z', { status: 'public' }),
      makeAdvisory('XSA-3', '2017-12-01T12:00:00Z', { status: 'embargoed' }),
      makeAdvisory('XSA-4', '2017-05-01T12:00:00Z', { status: 'public' }),
      makeAdvisory('XSA-5', '2018-05-02T08:00:00Z', { status: 'public' }),
      makeAdvisory('XSA-6', '2018-01-01T12:00:00Z', { status: 'withdrawn' }),
    ];
    const [slip] = ofKind(
      suggestions([...history, late('XSA-300', '2018-06-07T12:00:00Z')]),
      'SLIP_RELEASE',
    );
    // 3 batches (4 advisories) a year; the slip date Tue 12 Jun is 41 days
    // from today: λS = 3/365 × 41.
    const expected = (3 / 365) * 41;
    expect(slip.date).toBe('2018-06-12');
    expect(slip.numbers.batchesPerYear).toBeCloseTo(3, 12);
    expect(slip.numbers.expectedNewBatches).toBeCloseTo(expected, 12);
    expect(slip.numbers.probabilityAtLeastOne).toBeCloseTo(1 - Math.exp(-expected), 12);
    expect(slip.message).toContain(
      'Slip 4.12 from Tue 5 Jun 2018 to Tue 12 Jun 2018 (1 week): XSA-300 lifts Thu 7 Jun 2018, and 4.12 needs ' +
        '2 working days after it (the setting: fewer than 3 past releases held by a lift to learn from). ' +
        'Embargoes arrive in batches (3 batches in the year to Tue 1 May 2018), each pre-disclosed ' +
        'the minimum of 14 days ahead: the chance that a new one is pre-disclosed before Tue 12 Jun 2018 is 29%.',
    );
    expect(slip.message).toMatch(/in 9 of 10 futures/);
    // The P90 allows for batches pre-disclosed while 4.12 waits: never before the clear date.
    expect(slip.dates.p90 >= slip.date).toBe(true);
  });

  it('slips to the race median when a new batch is more likely than not to join the wait', () => {
    // A batch every 4 days in the year before today: a new one is all but
    // certain to be pre-disclosed before the clear date, so the date to slip
    // to is the P50, and the clear date stays in `dates.clears`.
    const busy = Array.from({ length: 90 }, (_, i) =>
      makeAdvisory(`XSA-${i + 1}`, `${isoDateOf(dayNumber(TODAY) - 4 * (i + 1))}T12:00:00Z`, {
        status: 'public',
      }),
    );
    const [slip] = ofKind(
      suggestions([...busy, late('XSA-300', '2018-06-07T12:00:00Z')]),
      'SLIP_RELEASE',
    );
    expect(slip.dates.clears).toBe('2018-06-12');
    expect(slip.date).toBe(slip.dates.p50);
    expect(slip.date > slip.dates.clears).toBe(true);
    expect(slip.apply).toMatchObject({ date: slip.date });
    expect(slip.numbers.slipDays).toBe(dayNumber(slip.date) - dayNumber('2018-06-05'));
    // The chance of a new batch is counted up to the date suggested.
    const expected = (90 / 365) * (dayNumber(slip.date) - dayNumber(TODAY));
    expect(slip.numbers.probabilityAtLeastOne).toBeCloseTo(1 - Math.exp(-expected), 12);
    expect(slip.message).toContain('everything known clears by Tue 12 Jun 2018, but the chance');
    expect(slip.message).toContain('in half the futures (P50, the date suggested)');
  });

  it('does not slip to a median that never comes: at a rate where waiting does not end, it names the clear date and recommends the point release', () => {
    // Several batches a day for a year: each new batch holds the release
    // again, and half the futures still wait at the race's horizon.
    const flood = Array.from({ length: 1500 }, (_, i) =>
      makeAdvisory(
        `XSA-${i + 1}`,
        `${isoDateOf(dayNumber(TODAY) - 1 - Math.floor(i / 4))}T12:00:00Z`,
        { status: 'public' },
      ),
    );
    const all = suggestions([...flood, late('XSA-3000', '2018-06-07T12:00:00Z')]);
    const [slip] = ofKind(all, 'SLIP_RELEASE');
    const [point] = ofKind(all, 'POINT_RELEASE');
    expect(slip.date).toBe('2018-06-12');
    expect(slip.date).toBe(slip.dates.clears);
    expect(slip.message).toContain('waiting for those too does not end');
    expect(slip.recommended).toBe(false);
    expect(point.recommended).toBe(true);
    expect(point.recommendation).toContain('waiting for every embargo does not end');
  });

  it('is seeded: the same plan gives the same P50 and P90, run after run', () => {
    const plan = [late('XSA-300', '2018-06-07T12:00:00Z')];
    expect(ofKind(suggestions(plan), 'SLIP_RELEASE')[0].dates).toEqual(
      ofKind(suggestions(plan), 'SLIP_RELEASE')[0].dates,
    );
  });
});

describe('POINT_RELEASE', () => {
  it('keeps the date and names the first free point release', () => {
    const lift = late('XSA-300', '2018-06-07T12:00:00Z');
    expect(ofKind(suggestions([lift]), 'POINT_RELEASE')[0]).toMatchObject({
      date: '2018-06-12',
      apply: {
        type: 'create-point-release',
        release: '4.12',
        name: '4.12.1',
        date: '2018-06-12',
        advisories: ['XSA-300'],
      },
      message:
        'Keep 4.12 on Tue 5 Jun 2018 without the fixes for XSA-300, and ship them in 4.12.1 on Tue 12 Jun 2018.',
    });
    const taken = makeRelease('4.12.1', { release: '2018-09-04' });
    expect(
      ofKind(suggestions([lift], { releases: [release, taken] }), 'POINT_RELEASE')[0].apply,
    ).toMatchObject({ type: 'create-point-release', name: '4.12.2', date: '2018-06-12' });
  });
});

describe('BRANCH_AND_REOPEN', () => {
  const lift = late('XSA-300', '2018-06-07T12:00:00Z');

  it('branches at the hard code freeze when that is still ahead', () => {
    expect(ofKind(suggestions([lift]), 'BRANCH_AND_REOPEN')[0]).toMatchObject({
      date: '2018-05-18',
      apply: { type: 'set-milestone', release: '4.12', kind: 'branch', date: '2018-05-18' },
      numbers: { daysMasterReopensEarlier: 25 },
    });
  });

  it('branches today (or the next working day) once the freeze has passed', () => {
    expect(ofKind(suggestions([lift], { today: '2018-05-23' }), 'BRANCH_AND_REOPEN')[0].date).toBe(
      '2018-05-23',
    );
    expect(ofKind(suggestions([lift], { today: '2018-05-26' }), 'BRANCH_AND_REOPEN')[0].date).toBe(
      '2018-05-28',
    );
  });

  it('is not offered when a branch is already planned by then', () => {
    const branched = makeRelease('4.12', {
      'hard-code-freeze': '2018-05-18',
      branch: '2018-05-18',
      release: '2018-06-05',
    });
    expect(ofKind(suggestions([lift], { releases: [branched] }), 'BRANCH_AND_REOPEN')).toEqual([]);
  });

  it('moves a branch planned later forward', () => {
    const branchedLate = makeRelease('4.12', {
      'hard-code-freeze': '2018-05-18',
      branch: '2018-05-29',
      release: '2018-06-05',
    });
    expect(
      ofKind(suggestions([lift], { releases: [branchedLate] }), 'BRANCH_AND_REOPEN')[0].date,
    ).toBe('2018-05-18');
  });

  it('is offered when follow-up fixes alone hold the release: they are security work too', () => {
    const followUp = late('XSA-300', '2018-03-01T12:00:00Z', {
      followUps: [{ expectedAt: '2018-06-21' }],
    });
    expect(ofKind(suggestions([followUp]), 'BRANCH_AND_REOPEN')[0].date).toBe('2018-05-18');
  });

  it('is not offered when branching would not come before the slipped release', () => {
    expect(ofKind(suggestions([lift], { today: '2018-06-12' }), 'BRANCH_AND_REOPEN')).toEqual([]);
  });
});

describe('MOVE_EMBARGO_NOTE', () => {
  it('offers the latest lift that clears the release, at the default time', () => {
    // Tue 5 Jun with 2 working days: Fri 1 Jun leaves Mon and Tue.
    const [note] = ofKind(
      suggestions([late('XSA-300', '2018-06-07T16:00:00Z')]),
      'MOVE_EMBARGO_NOTE',
    );
    expect(note).toEqual({
      id: 'MOVE_EMBARGO_NOTE|4.12|XSA-300',
      kind: 'MOVE_EMBARGO_NOTE',
      release: '4.12',
      subject: 'XSA-300',
      date: '2018-06-01T12:00:00Z',
      message:
        'If the team controls the date of XSA-300 (its own discovery), lifting it Fri 1 Jun 2018 12:00 UTC instead of Thu 7 Jun 2018 16:00 UTC would leave 4.12 its 2 working days before Tue 5 Jun 2018.',
      numbers: { daysEarlier: 6, bufferWorkingDays: 2 },
      dates: {},
      recommended: null,
      recommendation: null,
      apply: { type: 'set-lift', advisory: 'XSA-300', publicAt: '2018-06-01T12:00:00Z' },
    });
  });

  it('moves the pre-disclosure with it when it would fall short, if it still can', () => {
    const advisory = late('XSA-300', '2018-06-07T12:00:00Z', {
      predisclosureAt: '2018-05-24T12:00:00Z',
    });
    const [note] = ofKind(suggestions([advisory]), 'MOVE_EMBARGO_NOTE');
    // 10 working days before Fri 1 Jun: Fri 18 May.
    expect(note.apply).toEqual({
      type: 'set-lift',
      advisory: 'XSA-300',
      publicAt: '2018-06-01T12:00:00Z',
      predisclosureAt: '2018-05-18T12:00:00Z',
    });
    expect(ofKind(suggestions([advisory], { today: '2018-05-21' }), 'MOVE_EMBARGO_NOTE')).toEqual(
      [],
    );
  });

  it('keeps an early enough pre-disclosure as it is', () => {
    const advisory = late('XSA-300', '2018-06-07T12:00:00Z', {
      predisclosureAt: '2018-05-10T12:00:00Z',
    });
    const [note] = ofKind(suggestions([advisory]), 'MOVE_EMBARGO_NOTE');
    expect(note.apply).toEqual({
      type: 'set-lift',
      advisory: 'XSA-300',
      publicAt: '2018-06-01T12:00:00Z',
    });
    expect(note.numbers.predisclosureWorkingDays).toBe(16);
  });

  it('is not offered once the clearing date has passed, nor for follow-ups', () => {
    expect(
      ofKind(
        suggestions([late('XSA-300', '2018-06-07T12:00:00Z')], { today: '2018-06-02' }),
        'MOVE_EMBARGO_NOTE',
      ),
    ).toEqual([]);
    const followUp = late('XSA-300', '2018-03-01T12:00:00Z', {
      followUps: [{ expectedAt: '2018-06-21' }],
    });
    expect(ofKind(suggestions([followUp]), 'MOVE_EMBARGO_NOTE')).toEqual([]);
  });
});

describe('suggestion order', () => {
  it('goes by release, then slip, point release, branch and notes by lift', () => {
    const other = makeRelease('4.11', { release: '2018-06-05' });
    const list = suggestions(
      [
        late('XSA-301', '2018-06-14T12:00:00Z', { affects: ['4.12', '4.11'] }),
        late('XSA-300', '2018-06-07T12:00:00Z'),
      ],
      { releases: [release, other] },
    );
    expect(list.map((s) => s.id)).toEqual([
      'SLIP_RELEASE|4.11|',
      'POINT_RELEASE|4.11|',
      'BRANCH_AND_REOPEN|4.11|',
      'MOVE_EMBARGO_NOTE|4.11|XSA-301',
      'SLIP_RELEASE|4.12|',
      'POINT_RELEASE|4.12|',
      'BRANCH_AND_REOPEN|4.12|',
      'MOVE_EMBARGO_NOTE|4.12|XSA-300',
      'MOVE_EMBARGO_NOTE|4.12|XSA-301',
    ]);
  });
});

describe('slip or point release: one is recommended, by the waiting policy', () => {
  const lift = late('XSA-300', '2018-06-07T12:00:00Z'); // slip Tue 5 → Tue 12 Jun: 7 days
  const verdict = (settings: SettingsValues) => {
    const list = suggestions([lift], { settings });
    const slip = ofKind(list, 'SLIP_RELEASE')[0];
    const point = ofKind(list, 'POINT_RELEASE')[0];
    expect(slip.recommendation).toBe(point.recommendation);
    expect(slip.recommended).toBe(!point.recommended);
    return { wait: slip.recommended, why: slip.recommendation };
  };

  it('always / never wait', () => {
    expect(verdict(makeSettings({ embargoWaitPolicy: 'always' }))).toEqual({
      wait: true,
      why: 'The policy is to wait for embargoes.',
    });
    expect(verdict(makeSettings({ embargoWaitPolicy: 'never' })).wait).toBe(false);
  });

  it('up to N weeks: a one-week wait is within one week, not within none', () => {
    expect(verdict(makeSettings({ embargoWaitPolicy: 'up-to', embargoWaitWeeks: 1 }))).toEqual({
      wait: true,
      why: 'The policy waits up to 1 week; this wait is 1 week.',
    });
    expect(verdict(makeSettings({ embargoWaitPolicy: 'up-to', embargoWaitWeeks: 0 })).wait).toBe(
      false,
    );
  });

  it('from history, with too little of it the weeks setting stands in and says so', () => {
    expect(verdict(makeSettings({ embargoWaitPolicy: 'history', embargoWaitWeeks: 2 })).why).toBe(
      'The policy waits up to 2 weeks (too few past releases held by embargoes to learn from, so the setting stands in); this wait is 1 week.',
    );
  });

  it('from history: wait when it is no longer than past releases waited', () => {
    const past = (name: string, planned: string, actual: string) =>
      makeRelease(name, [{ kind: 'release', planned, actual }], { status: 'released' });
    const releases = [
      release,
      past('4.9', '2017-06-06', '2017-06-09'), // 3 days late
      past('4.10', '2017-12-05', '2017-12-07'), // 2
      past('4.11', '2018-03-06', '2018-03-10'), // 4
    ];
    const held = [
      makeAdvisory('XSA-1', '2017-06-06T12:00:00Z', { status: 'public', affects: ['4.9'] }),
      makeAdvisory('XSA-2', '2017-12-05T12:00:00Z', { status: 'public', affects: ['4.10'] }),
      makeAdvisory('XSA-3', '2018-03-06T12:00:00Z', { status: 'public', affects: ['4.11'] }),
    ];
    const list = suggestions([...held, lift], { releases });
    const slip = ofKind(list, 'SLIP_RELEASE')[0];
    expect(slip.recommended).toBe(false);
    expect(slip.recommendation).toMatch(
      /^Past releases held by embargoes came out a median of 3 days late \(3 releases\); waiting here means \d+ days, longer than usual\.$/,
    );
  });
});

describe('an overdue release', () => {
  const overdue = makeRelease('4.12', [
    { kind: 'hard-code-freeze', planned: '2018-05-18', actual: '2018-05-18' },
    { kind: 'branch', planned: '2018-05-22' },
    { kind: 'release', planned: '2018-06-05' },
  ]);
  const TODAY_LATE = '2018-06-14'; // a Thursday

  it('counts only lifts still ahead, never proposes a past date, and keeps the release on its first release day', () => {
    const list = suggestions(
      [late('XSA-263', '2018-05-21T12:00:00Z'), late('XSA-264', '2018-06-27T12:00:00Z')],
      { releases: [overdue], today: TODAY_LATE },
    );
    expect(list.map((s) => [s.kind, s.date])).toEqual([
      // Wed 27 Jun + 2 working days = Fri 29 → Tue 3 Jul.
      ['SLIP_RELEASE', '2018-07-03'],
      ['POINT_RELEASE', '2018-07-03'],
      // The planned branch (22 May) passed without one: branch today.
      ['BRANCH_AND_REOPEN', '2018-06-14'],
    ]);
    const [slip, point, branch] = list;
    expect(slip.message).toMatch(
      /^Re-plan 4\.12 for Tue 3 Jul 2018: it was planned for Tue 5 Jun 2018/,
    );
    expect(point.message).toBe(
      'Release 4.12 on Thu 14 Jun 2018 (the first release day now; it was planned for Tue 5 Jun 2018) without the fixes for XSA-264, and ship them in 4.12.1 on Tue 3 Jul 2018.',
    );
    expect(point.apply).toMatchObject({ releaseOn: '2018-06-14', advisories: ['XSA-264'] });
    expect(branch.message).toContain('The planned branch on Tue 22 May 2018 passed without one.');
  });

  it('with nothing pending, offers a new date after the last lift that held it', () => {
    const [slip, ...rest] = suggestions([late('XSA-263', '2018-06-12T12:00:00Z')], {
      releases: [overdue],
      today: '2018-06-13',
    });
    expect(rest).toEqual([]);
    // Tue 12 Jun + 2 working days = Thu 14 Jun.
    expect(slip).toMatchObject({ kind: 'SLIP_RELEASE', date: '2018-06-14' });
    expect(slip.message).toContain('if it has shipped, record its release date instead');
  });
});

describe('blockers that are not embargoes', () => {
  const lift = late('XSA-300', '2018-06-07T12:00:00Z');
  const withBlocker = (expectedOn: string | null, resolvedOn: string | null = null) =>
    makeRelease(
      '4.12',
      { 'hard-code-freeze': '2018-05-18', release: '2018-06-05' },
      {
        blockers: [
          { title: 'Credit2 crash', kind: 'bug', openedOn: '2018-04-20', expectedOn, resolvedOn },
        ],
      },
    );

  it('an open one stops branch-and-reopen, and the release is not only waiting on security', () => {
    const analysis = analyse(planOf([withBlocker('2018-05-25')], [lift]), '2018-05-23');
    expect(ofKind(analysis.suggestions, 'BRANCH_AND_REOPEN')).toEqual([]);
    expect(analysis.releases[0]).toMatchObject({
      heldBySecurity: ['XSA-300'],
      openBlockers: [{ title: 'Credit2 crash', kind: 'bug', holds: false }],
      onlyWaitingOnSecurity: false,
    });
  });

  it('resolved today, it no longer holds anything: branch today', () => {
    const analysis = analyse(
      planOf([withBlocker('2018-05-25', '2018-05-23')], [lift]),
      '2018-05-23',
    );
    expect(analysis.releases[0]).toMatchObject({ openBlockers: [], onlyWaitingOnSecurity: true });
    expect(ofKind(analysis.suggestions, 'BRANCH_AND_REOPEN')[0].date).toBe('2018-05-23');
  });

  it('one expected after the release holds it: an error, and the slip waits for it too', () => {
    const analysis = analyse(planOf([withBlocker('2018-06-20')], [lift]), '2018-05-23');
    const finding = analysis.findings.find((f) => f.code === 'BLOCKER_OPEN')!;
    expect(finding).toMatchObject({ severity: 'error', blocker: { title: 'Credit2 crash' } });
    expect(finding.message).toBe(
      'Bug "Credit2 crash" (opened Fri 20 Apr 2018) is expected to be resolved Wed 20 Jun 2018, 15 days after the planned 4.12 release on Tue 5 Jun 2018',
    );
    // Wed 20 Jun + 2 working days = Fri 22 → Tue 26 Jun; after XSA-300's Tue 12 Jun.
    expect(ofKind(analysis.suggestions, 'SLIP_RELEASE')[0].date).toBe('2018-06-26');
    // The point release cannot keep the date while the bug holds it.
    expect(ofKind(analysis.suggestions, 'POINT_RELEASE')).toEqual([]);
  });

  it('one nobody has dated is a warning far from the release and holds it close to it', () => {
    const far = analyse(planOf([withBlocker(null)], []), '2018-05-02');
    expect(far.findings.map((f) => [f.code, f.severity])).toEqual([['BLOCKER_OPEN', 'warning']]);
    expect(far.findings[0].message).toContain('is open and has no expected resolution date');
    const near = analyse(planOf([withBlocker(null)], []), '2018-05-25');
    expect(near.findings.filter((f) => f.code === 'BLOCKER_OPEN').map((f) => f.severity)).toEqual([
      'error',
    ]);
    // No date to slip to: no suggestion, the finding says why.
    expect(near.suggestions).toEqual([]);
  });
});
