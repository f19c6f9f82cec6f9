import type { WorkingCalendar } from './calendar';
import type { DayNumber } from './days';

// The race a slip runs: while a release waits for its embargoes, new ones
// keep being pre-disclosed, and the project waits for those too ("because
// we didn't release when we planned, another set of security fixes pushed
// out the release"). Advisories come in batches (those lifting on one day),
// so arrivals are batches, taken as a Poisson process at the rate the
// history shows. A batch becomes known one pre-disclosure lead before it
// lifts, and the release then needs the buffer after that lift.
//
// The release-day distribution is computed exactly, day by day, rather than
// sampled: a batch known on day b (before the release day T) moves T to
// ready(b), the first release day a buffer after its lift, and ready only
// grows with b. So the release is decided by a chain of arrivals, each
// inside the wait the previous one caused; the probability of each chain
// step is a sum over a sliding window of days, which makes the whole
// distribution O(days) per release, fast enough to recompute on every edit.

/** No future is followed further than this: past it the estimate says "at least". */
export const RACE_HORIZON_DAYS = 730;

export interface RaceInput {
  today: DayNumber;
  /** The release day when everything known clears. */
  clearDay: DayNumber;
  batchesPerDay: number;
  leadDays: number;
  bufferWorkingDays: number;
  calendar: WorkingCalendar;
  /**
   * Memo of the release day a batch known on a day leads to (before the
   * clear day is taken into account), shared by every release of one
   * analysis: same day, lead, buffer and calendar give the same answer.
   */
  readyMemo?: Map<DayNumber, DayNumber>;
}

export interface Race {
  /** Days from today to `clearDay`: the time a new batch has to become known and join. */
  daysExposed: number;
  /** λ·S: new batches expected to become known before the clear day. */
  expectedNewBatches: number;
  /** 1 − e^(−λS): at least one new batch is pre-disclosed between today and the clear day. */
  probabilityAtLeastOne: number;
  /** Release days by which half, and nine in ten, of the futures of waiting for every batch are out. */
  p50Day: DayNumber;
  p90Day: DayNumber;
}

interface Step {
  /** The day of the arrival (the day before today for the start). */
  day: DayNumber;
  /** The release day it leaves the release waiting for. */
  until: DayNumber;
  /** Probability that the chain has an arrival on `day`. */
  mass: number;
}

/** Release days and their probabilities, in increasing day order. */
export function releaseDayDistribution(input: RaceInput): { day: DayNumber; p: number }[] {
  const { today, clearDay, batchesPerDay, leadDays, bufferWorkingDays, calendar } = input;
  const horizon = today + RACE_HORIZON_DAYS;
  const q = Math.exp(-Math.max(0, batchesPerDay));
  const memo = input.readyMemo;
  const ready = (known: DayNumber) => {
    let day = memo?.get(known);
    if (day === undefined) {
      day = calendar.nextReleaseDay(calendar.addWorkingDays(known + leadDays, bufferWorkingDays));
      memo?.set(known, day);
    }
    return Math.max(clearDay, day);
  };
  const out: { day: DayNumber; p: number }[] = [];
  const active: Step[] = [{ day: today - 1, until: clearDay, mass: 1 }];
  let head = 0;
  // Σ over active steps a of mass(a)·q^(b−a−1): the chance of reaching day b
  // with no arrival since, from any step still waiting on day b.
  let window = 1;
  for (let b = today; head < active.length; b++) {
    // Steps whose wait ends on day b stop: the release is out on that day.
    while (head < active.length && active[head].until <= b) {
      const step = active[head++];
      // It waited every day up to its release: the same term it holds in the window.
      const stop = step.mass * q ** (b - step.day - 1);
      out.push({ day: step.until, p: stop });
      window -= stop;
    }
    if (head >= active.length) break;
    if (b >= horizon) {
      // Whatever still waits waits past the horizon.
      out.push({ day: horizon, p: window });
      break;
    }
    const arrival = window * (1 - q);
    const until = ready(b);
    if (arrival > 0 && until > b) active.push({ day: b, until, mass: arrival });
    window = window * q + (arrival > 0 && until > b ? arrival : 0);
  }
  // Same days next to each other (the release day is a step function of b).
  const merged: { day: DayNumber; p: number }[] = [];
  for (const point of out) {
    const last = merged[merged.length - 1];
    if (last && last.day === point.day) last.p += point.p;
    else merged.push({ ...point });
  }
  return merged;
}

function quantileDay(distribution: readonly { day: DayNumber; p: number }[], q: number): number {
  let sum = 0;
  for (const point of distribution) {
    sum += point.p;
    if (sum >= q - 1e-9) return point.day;
  }
  return distribution[distribution.length - 1].day;
}

export function raceForecast(input: RaceInput): Race {
  const daysExposed = Math.max(0, input.clearDay - input.today);
  const expectedNewBatches = input.batchesPerDay * daysExposed;
  const distribution = releaseDayDistribution(input);
  return {
    daysExposed,
    expectedNewBatches,
    probabilityAtLeastOne: 1 - Math.exp(-expectedNewBatches),
    p50Day: quantileDay(distribution, 0.5),
    p90Day: quantileDay(distribution, 0.9),
  };
}
