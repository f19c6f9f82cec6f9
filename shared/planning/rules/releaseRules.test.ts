import { describe, expect, it } from 'vitest';
import type { Advisory } from '../../domain/advisory';
import type { Release } from '../../domain/release';
import type { SettingsValues } from '../../domain/settings';
import { analyse } from '../analyser';
import {
  makeAdvisory,
  makeRelease,
  makeSettings,
  planOf,
  type FollowUpSpec,
} from '../../testing/planData';
import type { Finding } from '../types';

// 4.12 is planned for Tuesday 5 June 2018, hard code freeze Friday 18 May.
const RELEASE_DAY = '2018-06-05';
const release = makeRelease('4.12', { 'hard-code-freeze': '2018-05-18', release: RELEASE_DAY });

function releaseFindings(
  advisories: Advisory[],
  settings: SettingsValues = makeSettings(),
  releases: Release[] = [release],
): Finding[] {
  return analyse(planOf(releases, advisories, settings), '2018-01-01').findings.filter(
    (f) => f.release !== null,
  );
}

function liftAt(publicAt: string, extra: Parameters<typeof makeAdvisory>[2] = {}): Advisory {
  return makeAdvisory('XSA-300', publicAt, { affects: ['4.12'], ...extra });
}

/** The one finding a lift raises for 4.12, as [code, numbers]. */
function only(publicAt: string, settings?: SettingsValues) {
  const findings = releaseFindings([liftAt(publicAt)], settings);
  expect(findings.length).toBeLessThanOrEqual(1);
  return findings.length === 0 ? null : [findings[0].code, findings[0].numbers];
}

describe('an embargo against the release it affects', () => {
  it('after release: the lift falls on a later UTC day', () => {
    expect(only('2018-06-06T00:00:00Z')).toEqual(['EMBARGO_AFTER_RELEASE', { daysAfter: 1 }]);
    expect(only('2018-06-18T12:00:00Z')).toEqual(['EMBARGO_AFTER_RELEASE', { daysAfter: 13 }]);
  });

  it('a lift on release day, at any time, is in the buffer with 0 working days', () => {
    for (const time of ['00:00', '12:00', '23:59']) {
      expect(only(`${RELEASE_DAY}T${time}:00Z`)).toEqual([
        'EMBARGO_IN_BUFFER',
        { workingDaysBefore: 0, bufferWorkingDays: 2, daysBefore: 0 },
      ]);
    }
  });

  it('one working day before is in the buffer; two clear it (but stay too close)', () => {
    expect(only('2018-06-04T12:00:00Z')).toEqual([
      'EMBARGO_IN_BUFFER',
      { workingDaysBefore: 1, bufferWorkingDays: 2, daysBefore: 1 },
    ]);
    // Friday → Monday, Tuesday: two working days.
    expect(only('2018-06-01T12:00:00Z')).toEqual([
      'EMBARGO_TOO_CLOSE',
      { daysBefore: 4, workingDaysBefore: 2, windowDays: 14 },
    ]);
  });

  it('a holiday in between does not count as a working day of buffer', () => {
    const holiday = makeSettings({ holidays: ['2018-06-04'] });
    expect(only('2018-06-01T12:00:00Z', holiday)).toEqual([
      'EMBARGO_IN_BUFFER',
      { workingDaysBefore: 1, bufferWorkingDays: 2, daysBefore: 4 },
    ]);
  });

  it('a lift on a holiday is measured like any other day', () => {
    const holiday = makeSettings({ holidays: ['2018-06-01'] });
    expect(only('2018-06-01T12:00:00Z', holiday)?.[0]).toBe('EMBARGO_TOO_CLOSE');
  });

  it('the warning window includes its edge: exactly 14 days before is too close', () => {
    expect(only('2018-05-22T12:00:00Z')).toEqual([
      'EMBARGO_TOO_CLOSE',
      { daysBefore: 14, workingDaysBefore: 10, windowDays: 14 },
    ]);
  });

  it('past the window but inside the hard code freeze is an info', () => {
    expect(only('2018-05-21T12:00:00Z')).toEqual([
      'EMBARGO_IN_HARD_FREEZE',
      { daysBefore: 15, daysAfterHardFreeze: 3 },
    ]);
    expect(only('2018-05-18T12:00:00Z')?.[0]).toBe('EMBARGO_IN_HARD_FREEZE');
    expect(only('2018-05-17T12:00:00Z')).toBeNull();
  });

  it('without a hard code freeze, a lift past the window raises nothing', () => {
    const bare = makeRelease('4.12', { release: RELEASE_DAY });
    expect(releaseFindings([liftAt('2018-05-21T12:00:00Z')], makeSettings(), [bare])).toEqual([]);
  });

  it('with no buffer, a lift on release day is only too close', () => {
    expect(
      only(`${RELEASE_DAY}T12:00:00Z`, makeSettings({ releaseBufferWorkingDays: 0 }))?.[0],
    ).toBe('EMBARGO_TOO_CLOSE');
  });

  it('with no window, only the buffer and the freeze speak', () => {
    const settings = makeSettings({ warnWindowDays: 0 });
    expect(only('2018-06-04T12:00:00Z', settings)?.[0]).toBe('EMBARGO_IN_BUFFER');
    expect(only('2018-06-01T12:00:00Z', settings)?.[0]).toBe('EMBARGO_IN_HARD_FREEZE');
  });

  it('a wider buffer reaches further back', () => {
    const settings = makeSettings({ releaseBufferWorkingDays: 5 });
    // Wed 30 May leaves Thu, Fri, Mon, Tue: 4 of 5; Tue 29 May leaves 5.
    expect(only('2018-05-30T12:00:00Z', settings)?.[0]).toBe('EMBARGO_IN_BUFFER');
    expect(only('2018-05-29T12:00:00Z', settings)?.[0]).toBe('EMBARGO_TOO_CLOSE');
  });

  it('says what happens in words, naming the advisory by key only', () => {
    const [finding] = releaseFindings([liftAt('2018-06-18T12:00:00Z')]);
    expect(finding).toMatchObject({
      id: 'EMBARGO_AFTER_RELEASE|4.12|XSA-300||',
      severity: 'error',
      release: '4.12',
      subject: 'XSA-300',
      followUp: null,
      date: '2018-06-18T12:00:00Z',
      message:
        'XSA-300 lifts Mon 18 Jun 2018 12:00 UTC, 13 days after the planned 4.12 release on Tue 5 Jun 2018',
    });
  });

  it('concerns only the releases named in affects', () => {
    const other = makeRelease('4.13', { release: RELEASE_DAY });
    const findings = releaseFindings([liftAt('2018-06-18T12:00:00Z')], makeSettings(), [
      release,
      other,
    ]);
    expect(findings.map((f) => f.release)).toEqual(['4.12']);
    const both = liftAt('2018-06-18T12:00:00Z', {
      affects: ['4.13', '4.12', '4.13', 'no-such-release'],
    });
    expect(releaseFindings([both], makeSettings(), [release, other]).map((f) => f.release)).toEqual(
      ['4.12', '4.13'],
    );
  });

  it('raises nothing for a withdrawn advisory', () => {
    const withdrawn = liftAt('2018-06-18T12:00:00Z', {
      status: 'withdrawn',
      followUps: [{ expectedAt: '2018-06-20' }],
    });
    expect(releaseFindings([withdrawn])).toEqual([]);
  });

  it('treats a public advisory like an embargoed one: the fix still has to be in', () => {
    expect(releaseFindings([liftAt('2018-06-18T12:00:00Z', { status: 'public' })])[0].code).toBe(
      'EMBARGO_AFTER_RELEASE',
    );
  });
});

describe('a released release', () => {
  it('raises nothing, whether marked released or with an actual release date', () => {
    const lifts = [liftAt('2018-06-18T12:00:00Z', { followUps: [{ expectedAt: '2018-06-30' }] })];
    const byStatus = makeRelease(
      '4.12',
      { 'code-freeze': '2018-06-01', 'feature-freeze': '2018-06-02', release: RELEASE_DAY },
      { status: 'released' },
    );
    const byActual = makeRelease('4.12', [
      { kind: 'release', planned: '2018-06-01', actual: RELEASE_DAY },
    ]);
    expect(releaseFindings(lifts, makeSettings(), [byStatus])).toEqual([]);
    expect(releaseFindings(lifts, makeSettings(), [byActual])).toEqual([]);
  });
});

describe('follow-up fixes', () => {
  function followUpFindings(...followUps: FollowUpSpec[]): Finding[] {
    // The advisory itself lifted long before: only its follow-ups can speak.
    return releaseFindings([liftAt('2018-03-01T12:00:00Z', { followUps })]);
  }

  it('a follow-up with no date raises nothing', () => {
    expect(followUpFindings({})).toEqual([]);
  });

  it('landed and dropped follow-ups raise nothing', () => {
    expect(
      followUpFindings(
        { expectedAt: '2018-06-20', status: 'landed' },
        { expectedAt: '2018-06-20', status: 'dropped' },
      ),
    ).toEqual([]);
  });

  it('expected after the release is an error, naming the follow-up but not its summary', () => {
    const [finding] = followUpFindings({
      id: 77,
      summary: 'Arm SSBD control',
      expectedAt: '2018-06-20',
    });
    expect(finding).toMatchObject({
      code: 'FOLLOWUP_AFTER_RELEASE',
      severity: 'error',
      subject: 'XSA-300',
      followUp: { id: 77, summary: 'Arm SSBD control' },
      date: '2018-06-20',
      numbers: { daysAfter: 15 },
    });
    expect(finding.message).not.toContain('Arm');
  });

  it('expected on release day or within the window is a warning; past the window nothing', () => {
    const onTheDay = followUpFindings({ expectedAt: RELEASE_DAY });
    expect(onTheDay.map((f) => [f.code, f.numbers])).toEqual([
      ['FOLLOWUP_TOO_CLOSE', { daysBefore: 0, windowDays: 14 }],
    ]);
    expect(followUpFindings({ expectedAt: '2018-05-22' })[0].numbers).toEqual({
      daysBefore: 14,
      windowDays: 14,
    });
    expect(followUpFindings({ expectedAt: '2018-05-21' })).toEqual([]);
  });

  it('a re-issued version counts at its own lift; with both dates the later binds', () => {
    expect(followUpFindings({ publicAt: '2018-06-06T12:00:00Z' })[0]).toMatchObject({
      code: 'FOLLOWUP_AFTER_RELEASE',
      date: '2018-06-06T12:00:00Z',
    });
    expect(
      followUpFindings({ publicAt: '2018-06-06T12:00:00Z', expectedAt: '2018-06-08' })[0],
    ).toMatchObject({
      date: '2018-06-08',
      numbers: { daysAfter: 3 },
    });
    expect(
      followUpFindings({ publicAt: '2018-06-08T12:00:00Z', expectedAt: '2018-06-01' })[0],
    ).toMatchObject({
      date: '2018-06-08T12:00:00Z',
    });
  });
});

describe('EMBARGO_CLUSTER', () => {
  const keys = ['XSA-301', 'XSA-302', 'XSA-303'];
  function cluster(lifts: string[]): Finding[] {
    const advisories = lifts.map((publicAt, i) =>
      makeAdvisory(keys[i], publicAt, { affects: ['4.12'] }),
    );
    return releaseFindings(advisories).filter((f) => f.code === 'EMBARGO_CLUSTER');
  }

  it('fires once for three embargoes in the window, the edge day included', () => {
    const findings = cluster([
      '2018-05-22T12:00:00Z',
      '2018-05-25T12:00:00Z',
      RELEASE_DAY + 'T12:00:00Z',
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      subject: null,
      date: RELEASE_DAY,
      numbers: { embargoes: 3, windowDays: 14 },
      message:
        '3 embargoes lift in the 14 days before the planned 4.12 release on Tue 5 Jun 2018: XSA-301, XSA-302 and XSA-303',
    });
  });

  it('does not count lifts before the window or after the release', () => {
    expect(
      cluster(['2018-05-21T12:00:00Z', '2018-05-25T12:00:00Z', '2018-05-28T12:00:00Z']),
    ).toEqual([]);
    expect(
      cluster(['2018-05-23T12:00:00Z', '2018-05-25T12:00:00Z', '2018-06-06T12:00:00Z']),
    ).toEqual([]);
  });
});

describe('a release without a release milestone', () => {
  it('raises only milestone-order findings', () => {
    const undated = makeRelease('4.13', {
      'feature-freeze': '2018-05-04',
      'code-freeze': '2018-04-27',
    });
    const lift = makeAdvisory('XSA-300', '2018-06-18T12:00:00Z', { affects: ['4.13'] });
    expect(releaseFindings([lift], makeSettings(), [undated]).map((f) => f.code)).toEqual([
      'MILESTONE_ORDER',
    ]);
  });
});
