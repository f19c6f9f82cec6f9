import { describe, expect, it } from 'vitest';
import type { Release } from '../../domain/release';
import type { SettingsValues } from '../../domain/settings';
import { analyse } from '../analyser';
import { makeRelease, makeSettings, planOf, type MilestoneSpec } from '../testData';
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
    const holiday = makeSettings({ holidays: ['2018-12-25'] });
    expect(on('2018-12-25', holiday)[0]).toMatchObject({
      message: '4.12 is planned for Tue 25 Dec 2018, a holiday',
      numbers: { weekday: 2, holiday: 1 },
    });
  });

  it('with no preferred weekdays, any working day will do', () => {
    expect(on('2018-06-01', makeSettings({ releaseWeekdays: [] }))).toEqual([]);
  });
});
