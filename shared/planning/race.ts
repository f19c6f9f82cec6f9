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

// Scratch space for one race at a time: the chain's steps (at most one per
// day up to the horizon, plus the start) and the merged distribution. A
// race runs per held release on every analysis; objects per step were most
// of the garbage a full analysis made.
const CAPACITY = RACE_HORIZON_DAYS + 2;
/** Per step: the day of the arrival (the day before today for the start). */
const stepDay = new Float64Array(CAPACITY);
/** Per step: the release day it leaves the release waiting for. */
const stepUntil = new Float64Array(CAPACITY);
/** Per step: probability that the chain has an arrival on its day. */
const stepMass = new Float64Array(CAPACITY);
const outDay = new Float64Array(CAPACITY);
const outP = new Float64Array(CAPACITY);

/** Fills outDay/outP with release days and their probabilities, in increasing day order; returns how many. */
function distribute(input: RaceInput): number {
  const { today, clearDay, batchesPerDay, leadDays, bufferWorkingDays, calendar } = input;
  const horizon = today + RACE_HORIZON_DAYS;
  const q = Math.exp(-Math.max(0, batchesPerDay));
  const memo = input.readyMemo;
  let count = 0;
  // Same days next to each other merge (the release day is a step function of b).
  const emit = (day: DayNumber, p: number) => {
    if (count > 0 && outDay[count - 1] === day) outP[count - 1] += p;
    else {
      outDay[count] = day;
      outP[count] = p;
      count++;
    }
  };
  stepDay[0] = today - 1;
  stepUntil[0] = clearDay;
  stepMass[0] = 1;
  let size = 1;
  let head = 0;
  // Σ over active steps a of mass(a)·q^(b−a−1): the chance of reaching day b
  // with no arrival since, from any step still waiting on day b.
  let window = 1;
  for (let b = today; head < size; b++) {
    // Steps whose wait ends on day b stop: the release is out on that day.
    while (head < size && stepUntil[head] <= b) {
      // It waited every day up to its release: the same term it holds in the window.
      const stop = stepMass[head] * q ** (b - stepDay[head] - 1);
      emit(stepUntil[head], stop);
      head++;
      window -= stop;
    }
    if (head >= size) break;
    if (b >= horizon) {
      // Whatever still waits waits past the horizon.
      emit(horizon, window);
      break;
    }
    const arrival = window * (1 - q);
    let until = memo?.get(b);
    if (until === undefined) {
      until = calendar.nextReleaseDay(calendar.addWorkingDays(b + leadDays, bufferWorkingDays));
      memo?.set(b, until);
    }
    until = Math.max(clearDay, until);
    const joins = arrival > 0 && until > b;
    if (joins) {
      stepDay[size] = b;
      stepUntil[size] = until;
      stepMass[size] = arrival;
      size++;
    }
    window = window * q + (joins ? arrival : 0);
  }
  return count;
}

/** Release days and their probabilities, in increasing day order. */
export function releaseDayDistribution(input: RaceInput): { day: DayNumber; p: number }[] {
  const count = distribute(input);
  const out: { day: DayNumber; p: number }[] = [];
  for (let i = 0; i < count; i++) out.push({ day: outDay[i], p: outP[i] });
  return out;
}

/** The first day by which the distribution's mass reaches `q`. */
function quantileDay(count: number, q: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) {
    sum += outP[i];
    if (sum >= q - 1e-9) return outDay[i];
  }
  return outDay[count - 1];
}

export function raceForecast(input: RaceInput): Race {
  const daysExposed = Math.max(0, input.clearDay - input.today);
  const expectedNewBatches = input.batchesPerDay * daysExposed;
  const count = distribute(input);
  return {
    daysExposed,
    expectedNewBatches,
    probabilityAtLeastOne: 1 - Math.exp(-expectedNewBatches),
    p50Day: quantileDay(count, 0.5),
    p90Day: quantileDay(count, 0.9),
  };
}
