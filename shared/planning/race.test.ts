import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './calendar';
import { dayNumber, isoDateOf } from './days';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { raceForecast, releaseDayDistribution, RACE_HORIZON_DAYS, type RaceInput } from './race';
import { seededRandom } from './random';

const calendar = new WorkingCalendar(DEFAULT_SETTINGS);
const base: RaceInput = {
  today: dayNumber('2018-06-14'),
  clearDay: dayNumber('2018-07-04'),
  batchesPerDay: 16 / 365,
  leadDays: 14,
  bufferWorkingDays: 5,
  calendar,
};

/** The same process sampled the slow way, as a check on the exact sum. */
function sampled(input: RaceInput, runs: number): number[] {
  const random = seededRandom(7);
  const ready = (known: number) =>
    Math.max(
      input.clearDay,
      calendar.nextReleaseDay(
        calendar.addWorkingDays(known + input.leadDays, input.bufferWorkingDays),
      ),
    );
  return Array.from({ length: runs }, () => {
    let release = input.clearDay;
    // Arrivals by whole days, as the exact computation counts them.
    for (let day = input.today; day < release; day++) {
      if (random() < 1 - Math.exp(-input.batchesPerDay)) release = Math.max(release, ready(day));
    }
    return release;
  }).sort((a, b) => a - b);
}

describe('the race of new embargo batches against a waiting release', () => {
  it('is a distribution that adds up to one, starting at the clear day', () => {
    const distribution = releaseDayDistribution(base);
    expect(distribution.reduce((sum, p) => sum + p.p, 0)).toBeCloseTo(1, 12);
    expect(distribution[0].day).toBe(base.clearDay);
    // No batch in the 20 days exposed: e^(−20λ).
    expect(distribution[0].p).toBeCloseTo(Math.exp(-20 * base.batchesPerDay), 12);
    for (let i = 1; i < distribution.length; i++)
      expect(distribution[i].day).toBeGreaterThan(distribution[i - 1].day);
  });

  it('agrees with 20,000 sampled futures of the same process', () => {
    const samples = sampled(base, 20_000);
    const at = (q: number) => samples[Math.ceil(q * samples.length) - 1];
    const race = raceForecast(base);
    // Sampling noise: a few days at most around each quantile.
    expect(Math.abs(race.p50Day - at(0.5))).toBeLessThanOrEqual(1);
    expect(Math.abs(race.p90Day - at(0.9))).toBeLessThanOrEqual(3);
    // 20 days exposed at 16 batches a year: a new batch is more likely than not.
    expect(isoDateOf(race.p50Day)).toBe('2018-07-10');
    expect(race.p90Day).toBeGreaterThan(race.p50Day);
  });

  it('with no batches expected, every quantile is the clear day', () => {
    const race = raceForecast({ ...base, batchesPerDay: 0 });
    expect([race.probabilityAtLeastOne, race.p50Day, race.p90Day]).toEqual([
      0,
      base.clearDay,
      base.clearDay,
    ]);
  });

  it('a runaway rate ends at the horizon instead of running forever', () => {
    const race = raceForecast({ ...base, batchesPerDay: 3 });
    expect(race.p90Day).toBe(base.today + RACE_HORIZON_DAYS);
  });
});
