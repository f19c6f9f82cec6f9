import type { IsoDate } from '../domain/dates';
import { dayNumber } from '../planning/days';
import { planAsKnownOn, replayable } from '../planning/replay';
import { milestonesFromTemplate, XEN_416_TEMPLATE } from '../planning/templates';
import type { XenAdvisoryRecord, XenReleaseRecord } from '../sample/xenHistory';
import { forecastRelease } from './forecast';

// The forecast checked against what happened: for each release with an
// announced plan, the "wait" forecast made with what was known on its hard
// code freeze (the replay's rules: the plan with the Xen 4.16 template's
// freezes, earlier releases released, each advisory known 14 days before its
// lift), against the day it really came out.

export interface CalibrationRow {
  version: string;
  /** The day the forecast was made: the hard code freeze of the announced plan. */
  today: IsoDate;
  planned: IsoDate;
  actual: IsoDate;
  p10: IsoDate;
  p50: IsoDate;
  p90: IsoDate;
  inside: boolean;
  /** |P50 − actual| in days. */
  distance: number;
}

export interface Calibration {
  rows: CalibrationRow[];
  /** Share of releases whose real date fell inside the wait policy's P10–P90. */
  insideShare: number;
  medianDistance: number;
}

export function calibrate(
  releases: readonly XenReleaseRecord[],
  advisories: readonly XenAdvisoryRecord[],
  options: { runs?: number; seed?: number } = {},
): Calibration {
  const rows = replayable(releases).map((release): CalibrationRow => {
    const today = milestonesFromTemplate(XEN_416_TEMPLATE, release.planned!).find(
      (m) => m.kind === 'hard-code-freeze',
    )!.planned;
    const plan = planAsKnownOn(releases, advisories, release.version, today);
    const wait = forecastRelease(plan, release.version, today, options).policies.find(
      (p) => p.policy === 'wait',
    )!;
    return {
      version: release.version,
      today,
      planned: release.planned!,
      actual: release.actual,
      p10: wait.p10,
      p50: wait.p50,
      p90: wait.p90,
      inside: wait.p10 <= release.actual && release.actual <= wait.p90,
      distance: Math.abs(dayNumber(wait.p50) - dayNumber(release.actual)),
    };
  });
  const distances = rows.map((r) => r.distance).sort((a, b) => a - b);
  const m = distances.length >> 1;
  return {
    rows,
    insideShare: rows.length > 0 ? rows.filter((r) => r.inside).length / rows.length : 0,
    medianDistance:
      distances.length === 0
        ? NaN
        : distances.length % 2
          ? distances[m]
          : (distances[m - 1] + distances[m]) / 2,
  };
}
