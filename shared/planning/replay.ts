import type { Advisory } from '../domain/advisory';
import type { IsoDate } from '../domain/dates';
import type { Milestone, Release } from '../domain/release';
import { DEFAULT_SETTINGS, type SettingsValues } from '../domain/settings';
import {
  releaseCarrying,
  xenHistoryBundle,
  type XenAdvisoryRecord,
  type XenReleaseRecord,
} from '../sample/xenHistory';
import { analyse } from './analyser';
import { dayNumber, isoDateOf, type DayNumber } from './days';
import { milestonesFromTemplate, XEN_416_TEMPLATE } from './templates';
import type { Finding, ReleaseStanding, Suggestion } from './types';
import { median } from './statistics';

// Replays a project's real history week by week, as the planner would have
// seen it: for each release, from two weeks before its hard code freeze to
// its actual release, with what was known each day. Each release's plan is
// its announced date with the Xen 4.16 template's freezes (freezes done on
// time once passed, the branch done on the day it really happened), earlier
// releases are in the database as released, and an advisory is known from
// its lift minus `knownDays` (its pre-disclosure). The advice is then
// compared with what really happened.

export interface ReplayOptions {
  settings?: SettingsValues;
  /** Days an advisory is known (pre-disclosed) before it lifts. */
  knownDays?: number;
}

export interface SnapshotResult {
  today: IsoDate;
  findings: Finding[];
  suggestions: Suggestion[];
  standing: ReleaseStanding;
  /** The release date the planner advises: the slip date, else the plan as it stands. */
  advised: IsoDate;
  /** Days from the advised date to the real release (negative: advised too early). */
  error: number;
  /**
   * The same for the date when everything known clears (the slip date
   * before new batches are counted), when a slip is suggested.
   */
  clearsError: number | null;
  /** Whether the real release fell between the slip date and its P90. */
  withinP90: boolean | null;
}

export interface ForecastCheck {
  today: IsoDate;
  slipDate: IsoDate;
  probability: number;
  /** Whether a batch unknown that day became known by the slip date. */
  happened: boolean;
}

export interface ReleaseReplay {
  version: string;
  planned: IsoDate;
  actual: IsoDate;
  branch: IsoDate | null;
  /** Came out after its plan, with a lift inside the warning window before the plan or later. */
  embargoHeld: boolean;
  onTime: boolean;
  snapshots: SnapshotResult[];
  /**
   * The first snapshot that warned the release will slip: an embargo or
   * follow-up holds it, and a slip date is suggested.
   */
  firstWarning: SnapshotResult | null;
  /** The first snapshot with any embargo or follow-up warning (too close, cluster…). */
  firstNotice: SnapshotResult | null;
  twoWeeksBefore: SnapshotResult;
  /** The first snapshot offering BRANCH_AND_REOPEN, and the branch date it offered. */
  branchOffered: { today: IsoDate; date: IsoDate } | null;
  /** Snapshots where the release was overdue and no finding was an error. */
  overdueWithoutError: IsoDate[];
  /** Snapshots with an error finding about the release. */
  snapshotsWithError: number;
  forecasts: ForecastCheck[];
}

const EMBARGO_CODES = new Set<Finding['code']>([
  'EMBARGO_AFTER_RELEASE',
  'EMBARGO_IN_BUFFER',
  'EMBARGO_TOO_CLOSE',
  'EMBARGO_CLUSTER',
  'FOLLOWUP_AFTER_RELEASE',
  'FOLLOWUP_TOO_CLOSE',
]);

const FREEZES = new Set<Milestone['kind']>([
  'last-posting',
  'feature-freeze',
  'code-freeze',
  'hard-code-freeze',
]);

/** The releases the replay can judge: those with an announced plan. */
export function replayable(releases: readonly XenReleaseRecord[]): XenReleaseRecord[] {
  return releases.filter((r) => r.planned !== null);
}

class Replayer {
  private readonly settings: SettingsValues;
  private readonly knownDays: number;
  private readonly history: Release[];

  constructor(
    private readonly releases: readonly XenReleaseRecord[],
    private readonly advisories: readonly XenAdvisoryRecord[],
    options: ReplayOptions,
  ) {
    this.settings = options.settings ?? DEFAULT_SETTINGS;
    this.knownDays = options.knownDays ?? 14;
    const bundle = xenHistoryBundle(releases, [], '2000-01-01T00:00:00Z');
    this.history = bundle.releases.map((r, i) => ({
      id: i + 1,
      revision: 1,
      name: r.name,
      status: r.status,
      milestones: r.milestones.map((m, j) => ({ ...m, id: (i + 1) * 100 + j })),
      blockers: [],
    }));
  }

  /** The plan as the database would have held it on `today`, planning `target`. */
  planOn(target: XenReleaseRecord, today: DayNumber) {
    const position = this.releases.indexOf(target);
    const earlier = this.history.slice(0, position);
    const planned = target.planned!;
    const milestones = milestonesFromTemplate(XEN_416_TEMPLATE, planned).map((m, j): Milestone => {
      const day = dayNumber(m.planned);
      let actual: string | null = null;
      if (FREEZES.has(m.kind) && day < today) actual = m.planned;
      if (m.kind === 'branch' && target.branch !== null && dayNumber(target.branch) < today)
        actual = target.branch;
      return { ...m, id: 9000 + j, actual, baseline: m.kind === 'release' ? planned : null };
    });
    const release: Release = {
      id: 9000,
      revision: 1,
      name: target.version,
      status: 'planned',
      milestones,
      blockers: [],
    };
    const advisories: Advisory[] = [];
    this.advisories.forEach((a, index) => {
      const lift = dayNumber(a.lift);
      if (lift - this.knownDays > today) return;
      const carrier = releaseCarrying(a.lift, this.releases.slice(0, position));
      advisories.push({
        id: index + 1,
        revision: 1,
        key: a.key,
        title: a.title,
        cves: a.cves,
        status: a.unused ? 'withdrawn' : lift < today ? 'public' : 'embargoed',
        predisclosureAt: `${isoDateOf(lift - this.knownDays)}T12:00:00Z`,
        publicAt: `${a.lift}T12:00:00Z`,
        affects: [carrier ?? target.version],
        followUps: [],
        notes: '',
      });
    });
    return { releases: [...earlier, release], advisories, settings: this.settings };
  }

  snapshot(target: XenReleaseRecord, today: DayNumber): SnapshotResult {
    const analysis = analyse(this.planOn(target, today), isoDateOf(today));
    const findings = analysis.findings.filter((f) => f.release === target.version);
    const suggestions = analysis.suggestions.filter((s) => s.release === target.version);
    const standing = analysis.releases.find((r) => r.release === target.version)!;
    const slip = suggestions.find((s) => s.kind === 'SLIP_RELEASE');
    const advised = slip?.date ?? standing.effectiveDate ?? target.planned!;
    const actual = dayNumber(target.actual);
    const { clears, p90 } = slip?.dates ?? {};
    return {
      today: isoDateOf(today),
      findings,
      suggestions,
      standing,
      advised,
      error: dayNumber(advised) - actual,
      clearsError: clears ? dayNumber(clears) - actual : null,
      withinP90: p90 ? dayNumber(advised) <= actual && actual <= dayNumber(p90) : null,
    };
  }

  /** Whether a batch not yet known on `today` became known in (today, until]. */
  newBatchKnown(today: DayNumber, until: DayNumber): boolean {
    return this.advisories.some((a) => {
      if (a.unused) return false;
      const known = dayNumber(a.lift) - this.knownDays;
      return known > today && known <= until;
    });
  }

  replay(target: XenReleaseRecord): ReleaseReplay {
    const planned = dayNumber(target.planned!);
    const actual = dayNumber(target.actual);
    const hardFreeze = dayNumber(
      milestonesFromTemplate(XEN_416_TEMPLATE, target.planned!).find(
        (m) => m.kind === 'hard-code-freeze',
      )!.planned,
    );
    const snapshots: SnapshotResult[] = [];
    for (let today = hardFreeze - 14; today < actual; today += 7)
      snapshots.push(this.snapshot(target, today));
    const twoWeeksBefore = this.snapshot(target, actual - 14);

    // Held by embargoes as the history evidence counts it: late, with a lift
    // inside the warning window before the plan, or after it.
    const holdsFrom = planned - this.settings.warnWindowDays;
    const carried = this.advisories.filter(
      (a) =>
        !a.unused &&
        dayNumber(a.lift) >= holdsFrom &&
        dayNumber(a.lift) <= actual &&
        releaseCarrying(a.lift, this.releases) === target.version,
    );
    const branchSnapshot = snapshots.find((s) =>
      s.suggestions.some((x) => x.kind === 'BRANCH_AND_REOPEN'),
    );
    const forecasts: ForecastCheck[] = [];
    for (const s of snapshots) {
      const slip = s.suggestions.find((x) => x.kind === 'SLIP_RELEASE');
      const probability = slip?.numbers.probabilityAtLeastOne;
      if (slip === undefined || probability === undefined) continue;
      forecasts.push({
        today: s.today,
        slipDate: slip.date,
        probability,
        happened: this.newBatchKnown(dayNumber(s.today), dayNumber(slip.date)),
      });
    }
    return {
      version: target.version,
      planned: target.planned!,
      actual: target.actual,
      branch: target.branch,
      embargoHeld: actual > planned && carried.length > 0,
      onTime: actual <= planned,
      snapshots,
      firstWarning:
        snapshots.find(
          (s) =>
            s.suggestions.some((x) => x.kind === 'SLIP_RELEASE') &&
            s.findings.some((f) => EMBARGO_CODES.has(f.code) && f.severity === 'error'),
        ) ?? null,
      firstNotice:
        snapshots.find((s) =>
          s.findings.some((f) => EMBARGO_CODES.has(f.code) && f.severity !== 'info'),
        ) ?? null,
      twoWeeksBefore,
      branchOffered: branchSnapshot
        ? {
            today: branchSnapshot.today,
            date: branchSnapshot.suggestions.find((x) => x.kind === 'BRANCH_AND_REOPEN')!.date,
          }
        : null,
      overdueWithoutError: snapshots
        .filter(
          (s) => s.standing.state === 'overdue' && !s.findings.some((f) => f.severity === 'error'),
        )
        .map((s) => s.today),
      snapshotsWithError: snapshots.filter((s) => s.findings.some((f) => f.severity === 'error'))
        .length,
      forecasts,
    };
  }
}

export interface ReplaySummary {
  releases: ReleaseReplay[];
  held: string[];
  /** Held releases where branch-and-reopen was offered on or before the real branch date. */
  branchInTime: string[];
  /** Median of |advised − actual| in days, over held releases. */
  medianErrorAtFirstWarning: number | null;
  medianErrorTwoWeeksBefore: number | null;
  /** The same for the clear date, where a slip was suggested. */
  medianClearsErrorAtFirstWarning: number | null;
  medianClearsErrorTwoWeeksBefore: number | null;
  /**
   * Median |advised − actual| over every weekly snapshot of held releases
   * that suggested a slip: not chosen by what happened later, unlike the
   * first warning and two weeks before.
   */
  medianErrorAllSnapshots: number | null;
  medianClearsErrorAllSnapshots: number | null;
  /** Held releases whose real date fell in [slip date, P90] at the first warning. */
  withinP90AtFirstWarning: string[];
  meanProbability: number | null;
  shareHappened: number | null;
  forecastCases: number;
  onTimeWithError: string[];
  overdueWithoutError: string[];
}

/** Replays every release with an announced plan (or only `versions`). */
export function replayHistory(
  releases: readonly XenReleaseRecord[],
  advisories: readonly XenAdvisoryRecord[],
  options: ReplayOptions & { versions?: readonly string[] } = {},
): ReplaySummary {
  const replayer = new Replayer(releases, advisories, options);
  const targets = replayable(releases).filter(
    (r) => options.versions === undefined || options.versions.includes(r.version),
  );
  const results = targets.map((r) => replayer.replay(r));
  const held = results.filter((r) => r.embargoHeld);
  const forecasts = held.flatMap((r) => r.forecasts);
  return {
    releases: results,
    held: held.map((r) => r.version),
    branchInTime: held
      .filter((r) => r.branchOffered && r.branch && r.branchOffered.today <= r.branch)
      .map((r) => r.version),
    medianErrorAtFirstWarning: median(
      held.flatMap((r) => (r.firstWarning ? [Math.abs(r.firstWarning.error)] : [])),
    ),
    medianErrorTwoWeeksBefore: median(held.map((r) => Math.abs(r.twoWeeksBefore.error))),
    medianClearsErrorAtFirstWarning: median(
      held.flatMap((r) =>
        r.firstWarning?.clearsError != null ? [Math.abs(r.firstWarning.clearsError)] : [],
      ),
    ),
    medianClearsErrorTwoWeeksBefore: median(
      held.flatMap((r) =>
        r.twoWeeksBefore.clearsError !== null ? [Math.abs(r.twoWeeksBefore.clearsError)] : [],
      ),
    ),
    medianErrorAllSnapshots: median(
      held.flatMap((r) =>
        r.snapshots.filter((s) => s.clearsError !== null).map((s) => Math.abs(s.error)),
      ),
    ),
    medianClearsErrorAllSnapshots: median(
      held.flatMap((r) =>
        r.snapshots.flatMap((s) => (s.clearsError !== null ? [Math.abs(s.clearsError)] : [])),
      ),
    ),
    withinP90AtFirstWarning: held
      .filter((r) => r.firstWarning?.withinP90 === true)
      .map((r) => r.version),
    meanProbability:
      forecasts.length > 0
        ? forecasts.reduce((sum, f) => sum + f.probability, 0) / forecasts.length
        : null,
    shareHappened:
      forecasts.length > 0 ? forecasts.filter((f) => f.happened).length / forecasts.length : null,
    forecastCases: forecasts.length,
    onTimeWithError: results
      .filter((r) => r.onTime && r.snapshotsWithError > 0)
      .map((r) => r.version),
    overdueWithoutError: results
      .filter((r) => r.overdueWithoutError.length > 0)
      .map((r) => r.version),
  };
}

/**
 * The plan as the database would have held it on `today` while planning
 * `version`, by the replay's rules (see the top of this file).
 */
export function planAsKnownOn(
  releases: readonly XenReleaseRecord[],
  advisories: readonly XenAdvisoryRecord[],
  version: string,
  today: IsoDate,
  options: ReplayOptions = {},
) {
  const target = releases.find((r) => r.version === version);
  if (!target || target.planned === null) throw new RangeError(`no planned release ${version}`);
  return new Replayer(releases, advisories, options).planOn(target, dayNumber(today));
}
