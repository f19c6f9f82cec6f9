import type { WorkingCalendar } from './calendar';
import type { DayNumber } from './days';
import { exponential, quantile, seededRandom, seedFrom } from './random';

// The race a slip runs: while a release waits for its embargoes, new ones
// keep being pre-disclosed, and the project waits for those too ("because
// we didn't release when we planned, another set of security fixes pushed
// out the release"). Advisories come in batches (those lifting on one day),
// so arrivals are batches, taken as a Poisson process at the rate the
// history shows. A batch becomes known one pre-disclosure lead before it
// lifts, and the release then needs the buffer after that lift.

/** Simulated futures behind the P50 and P90 dates. */
export const RACE_RUNS = 1000;
/** No future is followed further than this: past it the estimate says "more than". */
export const RACE_HORIZON_DAYS = 730;

export interface RaceInput {
  today: DayNumber;
  /** The release day when everything known clears. */
  clearDay: DayNumber;
  batchesPerDay: number;
  leadDays: number;
  bufferWorkingDays: number;
  calendar: WorkingCalendar;
}

export interface Race {
  /** Days from today to `clearDay`: the time a new batch has to become known and join. */
  daysExposed: number;
  /** λ·S: new batches expected to become known before the clear day. */
  expectedNewBatches: number;
  /** 1 − e^(−λS): at least one new batch is pre-disclosed between today and the clear day. */
  probabilityAtLeastOne: number;
  /** Release days in half, and in nine of ten, simulated futures of waiting for every batch. */
  p50Day: DayNumber;
  p90Day: DayNumber;
}

/**
 * The day a release waiting for everything is ready, in one future: each new
 * batch known before the release day lifts one lead later and moves the
 * release to the first release day a buffer after it.
 */
function oneFuture(input: RaceInput, random: () => number): DayNumber {
  const { today, batchesPerDay, leadDays, bufferWorkingDays, calendar } = input;
  let release = input.clearDay;
  let known = today;
  for (;;) {
    known += exponential(random, batchesPerDay);
    const day = Math.floor(known);
    if (day >= release) return release;
    if (day - today > RACE_HORIZON_DAYS) return today + RACE_HORIZON_DAYS;
    const ready = calendar.nextReleaseDay(
      calendar.addWorkingDays(day + leadDays, bufferWorkingDays),
    );
    if (ready > release) release = ready;
  }
}

export function raceForecast(input: RaceInput): Race {
  const daysExposed = Math.max(0, input.clearDay - input.today);
  const expectedNewBatches = input.batchesPerDay * daysExposed;
  const random = seededRandom(
    seedFrom(
      input.today,
      input.clearDay,
      input.batchesPerDay,
      input.leadDays,
      input.bufferWorkingDays,
    ),
  );
  const days = Array.from({ length: RACE_RUNS }, () => oneFuture(input, random)).sort(
    (a, b) => a - b,
  );
  return {
    daysExposed,
    expectedNewBatches,
    probabilityAtLeastOne: 1 - Math.exp(-expectedNewBatches),
    p50Day: quantile(days, 0.5),
    p90Day: quantile(days, 0.9),
  };
}
