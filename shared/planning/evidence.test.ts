import { describe, expect, it } from 'vitest';
import type { Release } from '../domain/release';
import { analyse } from './analyser';
import { makeAdvisory, makeRelease, makeSettings, planOf } from '../testing/planData';

// Three past releases, each planned on a Tuesday and held by a lift near
// its plan: they needed 3, 5 and 9 working days after that lift.
const past = (name: string, planned: string, actual: string, baseline?: string): Release =>
  makeRelease(name, [{ kind: 'release', planned, actual, baseline: baseline ?? null }], {
    status: 'released',
  });

const history = [
  past('4.1', '2017-01-10', '2017-01-18'), // last lift Fri 13 Jan → Wed 18: 3 working days
  past('4.2', '2017-04-11', '2017-04-19'), // last lift Wed 12 Apr → Wed 19: 5
  past('4.3', '2017-07-11', '2017-07-26'), // last lift Thu 13 Jul → Wed 26: 9
  past('4.4', '2017-10-10', '2017-10-10'), // on time: nothing to learn about waiting
];
const lifts = [
  makeAdvisory('XSA-1', '2017-01-13T12:00:00Z', { status: 'public', affects: ['4.1'] }),
  makeAdvisory('XSA-2', '2017-04-12T12:00:00Z', { status: 'public', affects: ['4.2'] }),
  makeAdvisory('XSA-3', '2017-07-13T12:00:00Z', { status: 'public', affects: ['4.3'] }),
  makeAdvisory('XSA-4', '2017-10-03T12:00:00Z', { status: 'public', affects: ['4.4'] }),
  // Same day as XSA-3: one batch of two.
  makeAdvisory('XSA-5', '2017-07-13T12:00:00Z', {
    status: 'public',
    affects: ['4.3'],
    predisclosureAt: '2017-06-29T12:00:00Z',
  }),
];

describe('evidence learned from released releases', () => {
  it('takes the median working days after the last holding lift, with the releases it came from', () => {
    const { evidence } = analyse(planOf(history, lifts, makeSettings()), '2018-01-02');
    expect(evidence.releasedReleases).toBe(4);
    expect(evidence.buffer).toEqual({
      source: 'history',
      workingDays: 5,
      samples: [
        { release: '4.1', value: 3 },
        { release: '4.2', value: 5 },
        { release: '4.3', value: 9 },
      ],
      min: 3,
      max: 9,
    });
    // Days late of the held ones: 8, 8, 15.
    expect(evidence.waits).toMatchObject({ source: 'history', medianDays: 8 });
    // Four lift days in the year before 2 Jan 2018; five advisories.
    expect(evidence.batches).toMatchObject({ count: 4, advisories: 5, stale: false });
    expect(evidence.batches.perDay).toBeCloseTo(4 / 365, 12);
  });

  it('measures lateness from the first baseline, not from a plan that was moved to the actual date', () => {
    const moved = [...history.slice(0, 2), past('4.3', '2017-07-26', '2017-07-26', '2017-07-11')];
    const { evidence } = analyse(planOf(moved, lifts, makeSettings()), '2018-01-02');
    expect(evidence.buffer.samples.map((s) => s.release)).toEqual(['4.1', '4.2', '4.3']);
  });

  it('with fewer than 3 samples the setting stands in, and says so', () => {
    const { evidence } = analyse(
      planOf(history.slice(0, 2), lifts, makeSettings({ releaseBufferWorkingDays: 3 })),
      '2018-01-02',
    );
    expect(evidence.buffer).toMatchObject({ source: 'settings', workingDays: 3 });
    expect(evidence.buffer.samples).toHaveLength(2);
    expect(evidence.waits).toMatchObject({ source: 'settings', medianDays: null });
  });

  it('counts the rate over the last year of records when the database has nothing recent', () => {
    const { evidence } = analyse(planOf(history, lifts, makeSettings()), '2026-12-06');
    expect(evidence.batches).toMatchObject({ count: 4, stale: true });
    // The window ends the day after the latest lift (Tue 3 Oct 2017).
    expect(evidence.batches.windowEnd).toBe(Date.parse('2017-10-04') / 86_400_000);
  });

  it('learns the pre-disclosure lead once three advisories have one', () => {
    const leads = [10, 14, 20].map((days, i) =>
      makeAdvisory(`XSA-${50 + i}`, '2017-11-20T12:00:00Z', {
        status: 'public',
        predisclosureAt: new Date(Date.parse('2017-11-20T12:00:00Z') - days * 86_400_000)
          .toISOString()
          .replace('.000', ''),
      }),
    );
    const few = analyse(planOf(history, lifts, makeSettings()), '2018-01-02').evidence.lead;
    // One advisory with a pre-disclosure: the setting (10 working days = 14 days) stands in.
    expect(few).toEqual({ source: 'settings', days: 14, samples: 1 });
    const many = analyse(planOf(history, [...lifts, ...leads], makeSettings()), '2018-01-02');
    expect(many.evidence.lead).toEqual({ source: 'history', days: 14, samples: 4 });
  });
});

describe('the learned buffer in findings and suggestions', () => {
  const next = makeRelease('4.5', { 'hard-code-freeze': '2018-01-19', release: '2018-02-06' });

  it('a lift fewer working days before the release than past releases needed holds it', () => {
    // Thu 1 Feb → Tue 6 Feb is 3 working days: enough for the setting (2),
    // not for the 5 that past releases needed.
    const lift = makeAdvisory('XSA-9', '2018-02-01T12:00:00Z', { affects: ['4.5'] });
    const analysis = analyse(
      planOf([...history, next], [...lifts, lift], makeSettings()),
      '2018-01-02',
    );
    const finding = analysis.findings.find((f) => f.release === '4.5' && f.subject === 'XSA-9')!;
    expect(finding).toMatchObject({ code: 'EMBARGO_IN_BUFFER', severity: 'error' });
    expect(finding.message).toContain(
      'it needs 5 working days (what past releases needed after their last lift; the setting asks for 2)',
    );
    const slip = analysis.suggestions.find((s) => s.kind === 'SLIP_RELEASE')!;
    // Thu 1 Feb + 5 working days = Thu 8 Feb, a preferred weekday.
    expect(slip.date).toBe('2018-02-08');
    expect(slip.message).toContain(
      'needs 5 working days after it: past releases needed a median of 5 after their last lift (3 releases, 3–9)',
    );
    expect(slip.numbers).toMatchObject({ bufferWorkingDays: 5, bufferSamples: 3 });
  });
});
