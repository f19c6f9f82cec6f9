import { PlannerError } from '../errors/result';
import type { IsoDate } from '../domain/dates';
import { WorkingCalendar } from '../planning/calendar';
import { dayNumber, isoDateOf, type DayNumber } from '../planning/days';
import { quantile } from '../planning/random';
import type { PlanInput } from '../planning/types';
import {
  learnAssumptions,
  type AssumptionOverrides,
  type ForecastAssumptions,
} from './assumptions';
import { DEFAULT_CUTOFF_WEEKS, POLICIES, POLICY_LABELS, type PolicyId } from './policies';
import { releaseModel, type ReleaseModel } from './releaseModel';
import { ForecastEngine, HORIZON_DAYS, type EngineOptions, type PolicyTally } from './simulate';
import { identity, lowerBound } from '../planning/sorted';

// The forecast of one release under every policy: prepared once, run in
// steps (so a worker can report progress and be stopped between them), and
// summed up into dates and counts. Same plan, same today, same seed: the
// same numbers, however the runs were split into steps.

export const DEFAULT_RUNS = 10_000;
export const MAX_RUNS = 1_000_000;
export const DEFAULT_SEED = 1;

export interface ForecastOptions extends AssumptionOverrides {
  runs?: number;
  seed?: number;
  cutoffWeeks?: number;
  /** Sees each future as it is tallied (tests). */
  observe?: EngineOptions['observe'];
}

/** The release-date quantiles a fan is drawn from, as days after today. */
export const FAN_QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] as const;

export interface PolicyForecast {
  policy: PolicyId;
  label: string;
  p10: IsoDate;
  p50: IsoDate;
  p90: IsoDate;
  /** Days after the release's date as it stands (negative: before), at P10, P50, P90. */
  daysLate: { p10: number; p50: number; p90: number };
  /** Release-date quantiles at {@link FAN_QUANTILES}, as ISO dates. */
  fan: IsoDate[];
  /** Share of futures in which the release ships on its date (or earlier). */
  onTimeShare: number;
  /** Days master stays closed from the hard code freeze; null when the plan has no hard code freeze. */
  masterClosedDays: { p50: number; p90: number } | null;
  /** Mean advisories per future taken into x.y.0 / deferred to x.y.1 (still to lift or yet to come). */
  advisoriesInX0: number;
  advisoriesInX1: number;
  followUpsInX0: number;
  followUpsInX1: number;
  /** Mean point releases the deferred fixes force in the 90 days after x.y.0. */
  pointReleasesIn3Months: number;
  /** Futures per release day (days after today), for the fan chart's shading. */
  histogram: { from: IsoDate; counts: number[] };
  /** True when the P90 itself is at the horizon: that date reads "at least". */
  horizonReached: boolean;
  /** Share of futures still waiting when the horizon (two years) cut them off. */
  beyondHorizonShare: number;
}

export interface ForecastResult {
  release: string;
  today: IsoDate;
  runs: number;
  seed: number;
  cutoffWeeks: number;
  cutoffDate: IsoDate;
  /** The release date as it stands (for an overdue release, the first day it can still ship). */
  releaseDate: IsoDate;
  plannedDate: IsoDate;
  baselineDate: IsoDate | null;
  overdue: boolean;
  hardFreeze: IsoDate | null;
  branch: IsoDate | null;
  masterReopened: IsoDate | null;
  policies: PolicyForecast[];
  assumptions: ForecastAssumptions;
  model: ReleaseModel;
}

function iso(day: DayNumber): IsoDate | null {
  return Number.isFinite(day) ? isoDateOf(day) : null;
}

export interface PreparedForecast {
  model: ReleaseModel;
  assumptions: ForecastAssumptions;
  engine: ForecastEngine;
  runs: number;
  seed: number;
  cutoffWeeks: number;
  today: DayNumber;
}

function checkCount(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new PlannerError(
      'invalid_input',
      `${name}: must be a whole number from ${min} to ${max} (got ${value})`,
    );
}

/** Everything a forecast needs before its first future; throws a PlannerError on bad input. */
export function prepareForecast(
  plan: PlanInput,
  releaseName: string,
  todayIso: IsoDate,
  options: ForecastOptions = {},
): PreparedForecast {
  const today = dayNumber(todayIso);
  if (!Number.isFinite(today))
    throw new PlannerError('invalid_input', `today: ${JSON.stringify(todayIso)} is not a date`);
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? DEFAULT_SEED;
  const cutoffWeeks = options.cutoffWeeks ?? DEFAULT_CUTOFF_WEEKS;
  checkCount('runs', runs, 1, MAX_RUNS);
  checkCount('seed', seed, 0, 2 ** 32 - 1);
  checkCount('cutoffWeeks', cutoffWeeks, 0, 52);
  const share = options.followUpShare;
  if (share !== undefined && !(share >= 0 && share <= 1))
    throw new PlannerError(
      'invalid_input',
      `followUpShare: must be a share from 0 to 1 (got ${share})`,
    );
  if (options.followUpDelayDays !== undefined)
    checkCount('followUpDelayDays', options.followUpDelayDays, 0, 365);
  const release = plan.releases.find((r) => r.name === releaseName);
  if (!release) throw new PlannerError('not_found', `release: no release named ${releaseName}`);
  const calendar = new WorkingCalendar(plan.settings);
  const model = releaseModel(release, plan.advisories, calendar, today);
  const assumptions = learnAssumptions(
    plan.releases,
    plan.advisories,
    plan.settings,
    calendar,
    today,
    options,
  );
  const engine = new ForecastEngine(model, assumptions, calendar, runs, {
    seed,
    cutoffWeeks,
    windowDays: plan.settings.warnWindowDays,
    observe: options.observe,
  });
  return { model, assumptions, engine, runs, seed, cutoffWeeks, today };
}

function sortedCopy(values: Int32Array, n: number): number[] {
  return Array.from(values.subarray(0, n).slice().sort());
}

function summarise(tally: PolicyTally, prepared: PreparedForecast): PolicyForecast {
  const n = prepared.engine.runs;
  const { today, model } = prepared;
  const days = sortedCopy(tally.days, n);
  const q = (p: number) => quantile(days, p);
  const date = (p: number) => isoDateOf(today + q(p));
  const late = (p: number) => today + q(p) - model.releaseDay;
  const closed = tally.closed ? sortedCopy(tally.closed, n) : null;
  const from = days[0];
  const counts = new Array<number>(days[n - 1] - from + 1).fill(0);
  for (let i = 0; i < n; i++) counts[days[i] - from]++;
  const mean = (total: number) => total / n;
  return {
    policy: tally.policy,
    label: POLICY_LABELS[tally.policy],
    p10: date(0.1),
    p50: date(0.5),
    p90: date(0.9),
    daysLate: { p10: late(0.1), p50: late(0.5), p90: late(0.9) },
    fan: FAN_QUANTILES.map(date),
    onTimeShare: tally.onTime / n,
    masterClosedDays: closed
      ? {
          p50: quantile(closed, 0.5),
          p90: quantile(closed, 0.9),
        }
      : null,
    advisoriesInX0: mean(tally.advisoriesInX0),
    advisoriesInX1: mean(tally.advisoriesInX1),
    followUpsInX0: mean(tally.followUpsInX0),
    followUpsInX1: mean(tally.followUpsInX1),
    pointReleasesIn3Months: mean(tally.pointReleases),
    histogram: { from: isoDateOf(today + from), counts },
    horizonReached: q(0.9) >= HORIZON_DAYS,
    beyondHorizonShare: (n - lowerBound(days, HORIZON_DAYS, identity)) / n,
  };
}

/** The result of the futures run so far (at least one). */
export function forecastResult(prepared: PreparedForecast): ForecastResult {
  const { model, engine } = prepared;
  if (engine.runs === 0) throw new RangeError('no future has been simulated yet');
  return {
    release: model.name,
    today: isoDateOf(prepared.today),
    runs: engine.runs,
    seed: prepared.seed,
    cutoffWeeks: prepared.cutoffWeeks,
    cutoffDate: isoDateOf(model.releaseDay - 7 * prepared.cutoffWeeks),
    releaseDate: isoDateOf(model.releaseDay),
    plannedDate: isoDateOf(model.plannedDay),
    baselineDate: iso(model.baselineDay),
    overdue: model.overdue,
    hardFreeze: iso(model.hardFreezeDay),
    branch: iso(model.branchDay),
    masterReopened: iso(model.reopenedDay),
    policies: engine.tallies.map((t) => summarise(t, prepared)),
    assumptions: prepared.assumptions,
    model,
  };
}

/** A whole forecast in one go: what the command line and tests use. */
export function forecastRelease(
  plan: PlanInput,
  releaseName: string,
  today: IsoDate,
  options: ForecastOptions = {},
): ForecastResult {
  const prepared = prepareForecast(plan, releaseName, today, options);
  prepared.engine.step(prepared.runs);
  return forecastResult(prepared);
}

export { POLICIES };
