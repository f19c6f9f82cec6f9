import { describe, expect, it } from 'vitest';
import { release, suggestions, ofKind, late } from '../../testing/suggestionPlans';
import { makeAdvisory, makeRelease, makeSettings } from '../../testing/planData';
import type { SettingsValues } from '../../domain/settings';

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
