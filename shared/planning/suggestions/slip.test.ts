import { describe, expect, it } from 'vitest';
import { TODAY, suggestions, ofKind, late } from '../../testing/suggestionPlans';
import { makeAdvisory, makeSettings } from '../../testing/planData';
import { dayNumber, isoDateOf } from '../days';

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
