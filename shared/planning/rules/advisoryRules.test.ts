import { describe, expect, it } from 'vitest';
import type { Advisory } from '../../domain/advisory';
import type { SettingsValues } from '../../domain/settings';
import { analyse } from '../analyser';
import { makeAdvisory, makeSettings, planOf } from '../../testing/planData';
import type { Finding } from '../types';

const TODAY = '2018-05-01';

function advisoryFindings(
  advisory: Advisory,
  settings: SettingsValues = makeSettings(),
): Finding[] {
  return analyse(planOf([], [advisory], settings), TODAY).findings;
}

describe('PREDISCLOSURE_TOO_SHORT', () => {
  it('accepts exactly the minimum: Monday 7 May to Monday 21 May is 10 working days', () => {
    const advisory = makeAdvisory('XSA-263', '2018-05-21T12:00:00Z', {
      predisclosureAt: '2018-05-07T12:00:00Z',
    });
    expect(advisoryFindings(advisory)).toEqual([]);
  });

  it('warns one working day short, and counts holidays as lost', () => {
    const short = makeAdvisory('XSA-263', '2018-05-21T12:00:00Z', {
      predisclosureAt: '2018-05-08T09:00:00Z',
    });
    expect(advisoryFindings(short)).toEqual([
      expect.objectContaining({
        id: 'PREDISCLOSURE_TOO_SHORT||XSA-263||',
        code: 'PREDISCLOSURE_TOO_SHORT',
        severity: 'warning',
        release: null,
        subject: 'XSA-263',
        date: '2018-05-21T12:00:00Z',
        numbers: { workingDays: 9, minWorkingDays: 10 },
        message:
          'XSA-263 is pre-disclosed Tue 8 May 2018 09:00 UTC and lifts Mon 21 May 2018 12:00 UTC: 9 working days of pre-disclosure, fewer than 10',
      }),
    ]);
    const exact = makeAdvisory('XSA-263', '2018-05-21T12:00:00Z', {
      predisclosureAt: '2018-05-07T12:00:00Z',
    });
    const whitMonday = makeSettings({ holidays: ['2018-05-21'] });
    expect(advisoryFindings(exact, whitMonday).map((f) => [f.code, f.numbers])).toContainEqual([
      'PREDISCLOSURE_TOO_SHORT',
      { workingDays: 9, minWorkingDays: 10 },
    ]);
  });

  it('says nothing without a pre-disclosure date', () => {
    expect(advisoryFindings(makeAdvisory('XSA-263', '2018-05-21T12:00:00Z'))).toEqual([]);
  });
});

describe('EMBARGO_ON_NON_WORKING_DAY', () => {
  it('warns of a weekend lift', () => {
    const [finding] = advisoryFindings(makeAdvisory('XSA-270', '2018-06-16T12:00:00Z'));
    expect(finding).toMatchObject({
      code: 'EMBARGO_ON_NON_WORKING_DAY',
      numbers: { weekday: 6, holiday: 0 },
      message: 'XSA-270 lifts Sat 16 Jun 2018 12:00 UTC, not a working day',
    });
  });

  it('warns of a lift on a holiday', () => {
    const settings = makeSettings({ holidays: ['2018-12-25'] });
    const [finding] = advisoryFindings(makeAdvisory('XSA-280', '2018-12-25T12:00:00Z'), settings);
    expect(finding).toMatchObject({
      code: 'EMBARGO_ON_NON_WORKING_DAY',
      numbers: { weekday: 2, holiday: 1 },
      message: 'XSA-280 lifts Tue 25 Dec 2018 12:00 UTC, a holiday',
    });
  });

  it('uses the UTC day, whatever offset the lift was written with', () => {
    // 23:30 on Friday at UTC−2 is 01:30 on Saturday in UTC.
    const [finding] = advisoryFindings(makeAdvisory('XSA-270', '2018-06-15T23:30:00-02:00'));
    expect(finding?.numbers.weekday).toBe(6);
  });
});

describe('which advisories raise advisory findings', () => {
  const weekendShort = (extra: Parameters<typeof makeAdvisory>[2]) =>
    makeAdvisory('XSA-270', '2018-06-16T12:00:00Z', {
      predisclosureAt: '2018-06-14T12:00:00Z',
      ...extra,
    });

  it('an embargo lifting today or later does', () => {
    expect(advisoryFindings(weekendShort({})).map((f) => f.code)).toEqual([
      'EMBARGO_ON_NON_WORKING_DAY',
      'PREDISCLOSURE_TOO_SHORT',
    ]);
    const liftingToday = makeAdvisory('XSA-271', '2018-04-29T12:00:00Z');
    expect(analyse(planOf([], [liftingToday]), '2018-04-29').findings).toHaveLength(1);
  });

  it('a past lift raises only that it is not marked public; a public or withdrawn advisory nothing', () => {
    expect(
      analyse(planOf([], [weekendShort({})]), '2018-06-17').findings.map((f) => f.code),
    ).toEqual(['LIFT_PASSED_NOT_PUBLIC']);
    expect(advisoryFindings(weekendShort({ status: 'public' }))).toEqual([]);
    expect(advisoryFindings(weekendShort({ status: 'withdrawn' }))).toEqual([]);
    const marked = weekendShort({ status: 'public' });
    expect(analyse(planOf([], [marked]), '2018-06-17').findings).toEqual([]);
  });
});

describe('LIFT_PASSED_NOT_PUBLIC', () => {
  const xsa263 = makeAdvisory('XSA-263', '2018-05-21T12:00:00Z', { affects: ['4.11'] });

  it('warns from the day after the lift while nobody marked it public, by key only', () => {
    const [finding] = analyse(planOf([], [xsa263]), '2018-05-24').findings;
    expect(finding).toEqual(
      expect.objectContaining({
        id: 'LIFT_PASSED_NOT_PUBLIC||XSA-263||',
        code: 'LIFT_PASSED_NOT_PUBLIC',
        severity: 'warning',
        release: null,
        subject: 'XSA-263',
        date: '2018-05-21T12:00:00Z',
        numbers: { daysSinceLift: 3 },
        message:
          'XSA-263 was to lift Mon 21 May 2018 12:00 UTC, 3 days ago, but nobody has marked it public: every export still treats it as embargoed. Mark it public, or move its embargo if it was postponed',
      }),
    );
    expect(finding.message).not.toContain('SECRET');
  });

  it('says nothing on the lift day itself (the engine knows days, not hours) or before', () => {
    expect(analyse(planOf([], [xsa263]), '2018-05-21').findings).toEqual([]);
    expect(analyse(planOf([], [xsa263]), '2018-05-20').findings).toEqual([]);
  });

  it('goes once it is marked public, or withdrawn', () => {
    for (const status of ['public', 'withdrawn'] as const)
      expect(analyse(planOf([], [{ ...xsa263, status }]), '2018-06-01').findings).toEqual([]);
  });
});
