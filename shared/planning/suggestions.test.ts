import { describe, expect, it } from 'vitest';
import type { Advisory } from '../domain/advisory';
import type { Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import { analyse } from './analyser';
import { makeAdvisory, makeRelease, makeSettings, planOf } from './testData';
import type { Suggestion, SuggestionKind } from './types';

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
      numbers: { slipDays: 14, slipWeeks: 2, blockers: 2, bufferWorkingDays: 2 },
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

  it('forecasts the race from the advisory rate of the 365 days before today', () => {
    // Counted: 365 days before today (2 May 2017) up to yesterday. Not
    // counted: today, 366 days before, withdrawn advisories.
    const history = [
      makeAdvisory('XSA-1', '2017-05-02T12:00:00Z', { status: 'public' }),
      makeAdvisory('XSA-2', '2018-05-01T23:00:00Z', { status: 'public' }),
      makeAdvisory('XSA-3', '2017-12-01T12:00:00Z', { status: 'embargoed' }),
      makeAdvisory('XSA-4', '2017-05-01T12:00:00Z', { status: 'public' }),
      makeAdvisory('XSA-5', '2018-05-02T08:00:00Z', { status: 'public' }),
      makeAdvisory('XSA-6', '2018-01-01T12:00:00Z', { status: 'withdrawn' }),
    ];
    const [slip] = ofKind(
      suggestions([...history, late('XSA-300', '2018-06-07T12:00:00Z')]),
      'SLIP_RELEASE',
    );
    // 3 advisories a year = 3 / (365 / 7) per week; slip Tue 5 → Tue 12 Jun = 1 week.
    const perWeek = 3 / (365 / 7);
    expect(slip.date).toBe('2018-06-12');
    expect(slip.numbers.advisoriesPerWeek).toBeCloseTo(perWeek, 12);
    expect(slip.numbers.expectedNewAdvisories).toBeCloseTo(perWeek, 12);
    expect(slip.numbers.probabilityAtLeastOne).toBeCloseTo(1 - Math.exp(-perWeek), 12);
    expect(slip.message).toBe(
      'Slip 4.12 from Tue 5 Jun 2018 to Tue 12 Jun 2018 (1 week): XSA-300 lifts Thu 7 Jun 2018, and 4.12 needs 2 working days after it. ' +
        'At 0.06 advisories a week, expect 0.06 new ones meanwhile (chance of at least one: 6%).',
    );
  });
});

describe('POINT_RELEASE', () => {
  it('keeps the date and names the first free point release', () => {
    const lift = late('XSA-300', '2018-06-07T12:00:00Z');
    expect(ofKind(suggestions([lift]), 'POINT_RELEASE')[0]).toMatchObject({
      date: '2018-06-12',
      apply: { type: 'create-release', name: '4.12.1', date: '2018-06-12' },
      message:
        'Keep 4.12 on Tue 5 Jun 2018 without the fixes for XSA-300, and ship them in 4.12.1 on Tue 12 Jun 2018.',
    });
    const taken = makeRelease('4.12.1', { release: '2018-09-04' });
    expect(
      ofKind(suggestions([lift], { releases: [release, taken] }), 'POINT_RELEASE')[0].apply,
    ).toEqual({ type: 'create-release', name: '4.12.2', date: '2018-06-12' });
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

  it('is not offered when only follow-ups hold the release', () => {
    const followUp = late('XSA-300', '2018-03-01T12:00:00Z', {
      followUps: [{ expectedAt: '2018-06-21' }],
    });
    expect(ofKind(suggestions([followUp]), 'BRANCH_AND_REOPEN')).toEqual([]);
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
