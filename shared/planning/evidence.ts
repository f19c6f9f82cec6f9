import { releaseDate, isReleased, type Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import { liftDayOf, type AdvisoryIndex } from './advisoryIndex';
import type { WorkingCalendar } from './calendar';
import { dayNumber, type DayNumber } from './days';
import { compareKeys } from './format';
import { identity, lowerBound } from './sorted';
import { median } from './statistics';

// What the plan's own history says about how releases meet embargoes. The
// released releases and past advisories in the database are the evidence;
// with too little of it, the settings stand in, and every figure says
// which one it is.

/** Below this many samples a learned figure is not trusted and the settings stand in. */
export const MIN_SAMPLES = 3;

/** How far back the arrival rate of advisory batches is measured. */
export const RATE_WINDOW_DAYS = 365;

export type Source = 'history' | 'settings';

export interface ReleaseSample {
  release: string;
  value: number;
}

export interface Evidence {
  /** Released releases in the plan. */
  releasedReleases: number;
  /**
   * Working days from the last lift that held a release to its actual
   * release, for each release that came out after its original plan and
   * whose last lift before it fell inside the warning window before that
   * plan, or later.
   */
  buffer: {
    source: Source;
    /** What planning uses: the median of the samples, or the setting. */
    workingDays: number;
    samples: ReleaseSample[];
    min: number | null;
    max: number | null;
  };
  /** Days released releases held by embargoes came out after their original plan. */
  waits: { source: Source; medianDays: number | null; samples: ReleaseSample[] };
  /** Calendar days from pre-disclosure to lift. */
  lead: { source: Source; days: number; samples: number };
  /**
   * Advisories lift in batches (those lifting on the same UTC day). The rate
   * is measured over the `windowDays` before `windowEnd`: today, or, when the
   * database has no lift in the last year, the day after its latest lift.
   */
  batches: {
    perDay: number;
    count: number;
    advisories: number;
    /** Advisories per batch in the window (1 when there is none). */
    meanSize: number;
    windowDays: number;
    windowEnd: DayNumber;
    /** True when the window had to end before today: the history is old. */
    stale: boolean;
  };
  /** Share of (non-withdrawn) advisories that needed at least one follow-up fix. */
  followUps: { share: number; advisories: number };
}

/**
 * Working days a release needs after its last lift: what past releases
 * needed (the median), never less than the setting, which is the floor the
 * team asked for. The buffer rules and the slip date both use it.
 */
export function effectiveBuffer(
  evidence: Pick<Evidence, 'buffer'>,
  settings: Pick<SettingsValues, 'releaseBufferWorkingDays'>,
): number {
  return Math.max(evidence.buffer.workingDays, settings.releaseBufferWorkingDays);
}

/** The date a release was first meant to ship: its baseline, else its plan. */
function originalPlanDay(release: Release): DayNumber {
  const milestone = release.milestones.find((m) => m.kind === 'release');
  return milestone ? dayNumber(milestone.baseline ?? milestone.planned) : NaN;
}

function actualReleaseDay(release: Release): DayNumber {
  const milestone = release.milestones.find((m) => m.kind === 'release');
  const actual = milestone?.actual ?? (isReleased(release) ? releaseDate(release) : null);
  return actual === null || actual === undefined ? NaN : dayNumber(actual);
}

/** Distinct values of a sorted list in [from, to), and how many items they cover. */
function distinctIn(sorted: readonly number[], from: number, to: number) {
  const start = lowerBound(sorted, from, identity);
  const end = lowerBound(sorted, to, identity);
  let distinct = 0;
  for (let i = start; i < end; i++) if (i === start || sorted[i] !== sorted[i - 1]) distinct++;
  return { distinct, items: end - start };
}

export function learnEvidence(
  releases: readonly Release[],
  index: AdvisoryIndex,
  calendar: WorkingCalendar,
  settings: SettingsValues,
  today: DayNumber,
): Evidence {
  const buffers: ReleaseSample[] = [];
  const waits: ReleaseSample[] = [];
  let released = 0;
  for (const release of releases) {
    if (!isReleased(release)) continue;
    released++;
    const actual = actualReleaseDay(release);
    const planned = originalPlanDay(release);
    const lifts = index.buckets.get(release.name)?.lifts;
    if (!Number.isFinite(actual) || !Number.isFinite(planned) || !lifts) continue;
    // A release that came out after its original plan, whose last lift
    // before it fell inside the warning window of that plan or later: the
    // lift it waited for. (A release on time or early needed no waiting; a
    // late one with no lift near its plan was late for other reasons.)
    const last = lowerBound(lifts, actual + 1, liftDayOf) - 1;
    if (actual <= planned || last < 0) continue;
    if (lifts[last].liftDay < planned - settings.warnWindowDays) continue;
    buffers.push({
      release: release.name,
      value: calendar.workingDaysBetween(lifts[last].liftDay, actual),
    });
    waits.push({ release: release.name, value: actual - planned });
  }
  // In release order, whatever order the plan lists them in.
  buffers.sort((a, b) => compareKeys(a.release, b.release));
  waits.sort((a, b) => compareKeys(a.release, b.release));
  const learned = buffers.length >= MIN_SAMPLES;
  const values = buffers.map((s) => s.value);

  const leadSamples = index.leadDays.length;
  const settingsLead = calendar.addWorkingDays(today, settings.minPredisclosureWorkingDays) - today;

  const days = index.liftDays;
  const recent = distinctIn(days, today - RATE_WINDOW_DAYS, today);
  const latestBefore = lowerBound(days, today, identity) - 1;
  const stale = recent.distinct === 0 && latestBefore >= 0;
  const windowEnd = stale ? days[latestBefore] + 1 : today;
  const window = stale ? distinctIn(days, windowEnd - RATE_WINDOW_DAYS, windowEnd) : recent;

  return {
    releasedReleases: released,
    buffer: {
      source: learned ? 'history' : 'settings',
      // Whole working days: half a day after a lift cannot be scheduled.
      workingDays: learned ? Math.round(median(values) ?? NaN) : settings.releaseBufferWorkingDays,
      samples: buffers,
      min: values.length > 0 ? Math.min(...values) : null,
      max: values.length > 0 ? Math.max(...values) : null,
    },
    waits: {
      source: waits.length >= MIN_SAMPLES ? 'history' : 'settings',
      medianDays: waits.length >= MIN_SAMPLES ? median(waits.map((s) => s.value)) : null,
      samples: waits,
    },
    lead: {
      source: leadSamples >= MIN_SAMPLES ? 'history' : 'settings',
      days: leadSamples >= MIN_SAMPLES ? Math.round(index.medianLead()) : settingsLead,
      samples: leadSamples,
    },
    batches: {
      perDay: window.distinct / RATE_WINDOW_DAYS,
      count: window.distinct,
      advisories: window.items,
      meanSize: window.distinct > 0 ? window.items / window.distinct : 1,
      windowDays: RATE_WINDOW_DAYS,
      windowEnd,
      stale,
    },
    followUps: {
      share: index.size > 0 ? index.withFollowUps / index.size : 0,
      advisories: index.size,
    },
  };
}
