import { describe, expect, it } from 'vitest';
import type { Release } from '../../domain/release';
import type { SettingsValues } from '../../domain/settings';
import { analyse } from '../analyser';
import { makeRelease, makeSettings, planOf, type MilestoneSpec } from '../../testing/planData';
import type { Finding } from '../types';

function findings(release: Release, settings: SettingsValues = makeSettings()): Finding[] {
  return analyse(planOf([release], [], settings), '2018-01-01').findings;
}

const inOrder: MilestoneSpec[] = [
  { kind: 'last-posting', planned: '2018-03-23' },
  { kind: 'feature-freeze', planned: '2018-04-13' },
  { kind: 'code-freeze', planned: '2018-05-04' },
  { kind: 'hard-code-freeze', planned: '2018-05-18' },
  { kind: 'branch', planned: '2018-05-22' },
  { kind: 'rc', planned: '2018-03-01' },
  { kind: 'custom', planned: '2018-09-01', label: 'Summit' },
  { kind: 'release', planned: '2018-06-05' },
];

function changed(kind: MilestoneSpec['kind'], change: Partial<MilestoneSpec>): MilestoneSpec[] {
  return inOrder.map((m) => (m.kind === kind ? { ...m, ...change } : m));
}

describe('MILESTONE_ORDER', () => {
  it('is quiet for milestones in order; rc and custom milestones float', () => {
    expect(findings(makeRelease('4.12', inOrder))).toEqual([]);
  });

  it('accepts two milestones on the same day', () => {
    expect(findings(makeRelease('4.12', changed('branch', { planned: '2018-05-18' })))).toEqual([]);
  });

  it('reports a milestone dated before the one ahead of it', () => {
    const release = makeRelease('4.12', changed('code-freeze', { planned: '2018-04-06' }));
    expect(findings(release)).toEqual([
      expect.objectContaining({
        code: 'MILESTONE_ORDER',
        severity: 'error',
        release: '4.12',
        milestone: 'code-freeze',
        date: '2018-04-06',
        numbers: { daysEarly: 7 },
        message:
          '4.12: code freeze on Fri 6 Apr 2018 comes 7 days before feature freeze on Fri 13 Apr 2018',
      }),
    ]);
  });

  it('reports a release moved before all its freezes once', () => {
    const release = makeRelease('4.12', changed('release', { planned: '2018-03-06' }));
    expect(findings(release).filter((f) => f.code === 'MILESTONE_ORDER')).toEqual([
      expect.objectContaining({ milestone: 'release', numbers: { daysEarly: 77 } }),
    ]);
  });

  it('uses the actual date of a milestone that happened', () => {
    const release = makeRelease('4.12', changed('feature-freeze', { actual: '2018-05-08' }));
    expect(findings(release).map((f) => f.milestone)).toEqual(['code-freeze']);
  });

  it('says nothing for a released release', () => {
    const release = makeRelease('4.12', changed('code-freeze', { planned: '2018-04-06' }), {
      status: 'released',
    });
    expect(findings(release)).toEqual([]);
  });
});

describe('RELEASE_ON_NON_RELEASE_DAY', () => {
  const on = (date: string, settings?: SettingsValues) =>
    findings(makeRelease('4.12', { release: date }), settings);

  it('is quiet on a preferred weekday', () => {
    expect(on('2018-06-05')).toEqual([]);
    expect(on('2018-06-07')).toEqual([]);
  });

  it('notes a Friday release', () => {
    expect(on('2018-06-01')).toEqual([
      expect.objectContaining({
        code: 'RELEASE_ON_NON_RELEASE_DAY',
        severity: 'info',
        milestone: 'release',
        date: '2018-06-01',
        numbers: { weekday: 5, holiday: 0 },
        message: '4.12 is planned for Fri 1 Jun 2018, not a preferred release day (Tue, Wed, Thu)',
      }),
    ]);
  });

  it('notes a weekend or a holiday, even on a preferred weekday', () => {
    expect(on('2018-06-02')[0].message).toBe(
      '4.12 is planned for Sat 2 Jun 2018, not a working day',
    );
  });

  it('leaves a release on a holiday to MILESTONE_ON_HOLIDAY, which names the holiday', () => {
    const holiday = makeSettings({
      holidays: ['2018-12-25'],
      holidayNames: { '2018-12-25': 'Christmas Day' },
    });
    expect(on('2018-12-25', holiday)).toEqual([
      expect.objectContaining({
        code: 'MILESTONE_ON_HOLIDAY',
        severity: 'warning',
        milestone: 'release',
        message: '4.12: release falls on Tue 25 Dec 2018, a holiday (Christmas Day)',
      }),
    ]);
  });

  it('with no preferred weekdays, any working day will do', () => {
    expect(on('2018-06-01', makeSettings({ releaseWeekdays: [] }))).toEqual([]);
  });
});

describe('MILESTONE_ON_HOLIDAY', () => {
  const settings = makeSettings({ holidays: ['2018-05-18', '2018-05-22'], holidayNames: {} });

  it('is a note for a freeze and a warning for the branch; an unnamed holiday is just a holiday', () => {
    const release = makeRelease('4.12', {
      'hard-code-freeze': '2018-05-18',
      branch: '2018-05-22',
      release: '2018-06-05',
    });
    expect(
      findings(release, settings).map((f) => [f.code, f.severity, f.milestone, f.message]),
    ).toEqual([
      [
        'MILESTONE_ON_HOLIDAY',
        'warning',
        'branch',
        '4.12: branch / reopen master falls on Tue 22 May 2018, a holiday',
      ],
      [
        'MILESTONE_ON_HOLIDAY',
        'info',
        'hard-code-freeze',
        '4.12: hard code freeze falls on Fri 18 May 2018, a holiday',
      ],
    ]);
  });

  it('says nothing of a milestone already done or overdue', () => {
    const release = makeRelease('4.12', [
      { kind: 'hard-code-freeze', planned: '2018-05-18', actual: '2018-05-17' },
      { kind: 'release', planned: '2018-06-05' },
    ]);
    expect(findings(release, settings)).toEqual([]);
  });
});

describe('MILESTONE_OVERDUE', () => {
  const plan = (milestones: MilestoneSpec[], today: string) =>
    analyse(planOf([makeRelease('4.12', milestones)], [], makeSettings()), today);

  it('starts the day after the planned date: an overdue release is an error, a freeze a warning', () => {
    const milestones: MilestoneSpec[] = [
      { kind: 'hard-code-freeze', planned: '2018-05-18' },
      { kind: 'release', planned: '2018-06-05' },
    ];
    // On the day itself the release is not overdue yet (the freeze is).
    expect(plan(milestones, '2018-06-05').findings.map((f) => [f.code, f.milestone])).toEqual([
      ['MILESTONE_OVERDUE', 'hard-code-freeze'],
    ]);
    const late = plan(milestones, '2018-06-06');
    expect(
      late.findings.map((f) => [f.code, f.severity, f.milestone, f.numbers.overdueDays]),
    ).toEqual([
      ['MILESTONE_OVERDUE', 'error', 'release', 1],
      ['MILESTONE_OVERDUE', 'warning', 'hard-code-freeze', 19],
    ]);
    expect(late.findings[0].message).toBe(
      '4.12 is overdue: planned for Tue 5 Jun 2018, 1 day ago, and not recorded as done. ' +
        'Nothing known holds it: record the release, or re-plan it (the earliest release day is Wed 6 Jun 2018).',
    );
    expect(late.releases[0]).toMatchObject({ state: 'overdue', effectiveDate: '2018-06-06' });
  });

  it('a milestone done, even after its plan, is not overdue', () => {
    const { findings: found } = plan(
      [
        { kind: 'hard-code-freeze', planned: '2018-05-18', actual: '2018-05-25' },
        { kind: 'release', planned: '2018-06-05' },
      ],
      '2018-06-01',
    );
    expect(found).toEqual([]);
  });

  it('reality arriving after a stale plan is no MILESTONE_ORDER error', () => {
    // 4.11: planned for 5 June, branched on 21 June, not yet released on 6 July.
    const { findings: found } = plan(
      [
        { kind: 'hard-code-freeze', planned: '2018-05-18', actual: '2018-05-18' },
        { kind: 'branch', planned: '2018-05-22', actual: '2018-06-21' },
        { kind: 'release', planned: '2018-06-05' },
      ],
      '2018-07-06',
    );
    expect(found.map((f) => f.code)).toEqual(['MILESTONE_OVERDUE']);
    // The overdue release counts from Tue 10 Jul, after the branch on 21 Jun.
    expect(found[0].message).toContain('the earliest release day is Tue 10 Jul 2018');
  });
});
