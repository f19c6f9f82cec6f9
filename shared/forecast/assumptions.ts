import type { Advisory } from '../domain/advisory';
import { isReleased, type Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import { AdvisoryIndex, indexAdvisory, type IndexedAdvisory } from '../planning/advisoryIndex';
import type { WorkingCalendar } from '../planning/calendar';
import { dayNumber, dayOfInstant, isoDateOf, type DayNumber } from '../planning/days';
import {
  effectiveBuffer,
  learnEvidence,
  MIN_SAMPLES,
  type Evidence,
  type Source,
} from '../planning/evidence';
import { identity, lowerBound } from '../planning/sorted';
import { retrospective } from '../retrospective/retrospective';

// What the forecast assumes about the futures it draws, learned from the
// plan's own history the way the planner's evidence is (shared/planning/
// evidence.ts), plus the few figures only a forecast needs: the spread of
// batch sizes, how long after a lift a follow-up fix comes, and how far
// blockers overran their expected dates. Too little history and a figure
// says so; nothing here is made up.

/** Where a figure came from: the history, a setting, an option given for this run, or nowhere. */
export type AssumptionSource = Source | 'option' | 'none';

export interface ForecastAssumptions {
  /** The planner's evidence, as `check` and the findings panel show it. */
  evidence: Evidence;
  /** Working days a release needs after the last fix it takes (learned, never below the setting). */
  bufferWorkingDays: number;
  /**
   * What past releases needed after their last lift, each at least the
   * setting, sorted: each future draws one (the median alone would hide that
   * Xen needed 1 to 20). [bufferWorkingDays] with too little history.
   */
  bufferDraws: number[];
  /** Working days after a non-security blocker is resolved (the buffer setting). */
  blockerBufferWorkingDays: number;
  /** Days from pre-disclosure to lift: how long before its lift a new batch is known. */
  leadDays: number;
  /** New embargo batches per day. */
  batchesPerDay: number;
  /** The sizes of the batches the rate was measured on, sorted; a new batch draws one. */
  batchSizes: number[];
  /**
   * Batches come in bursts: how each quarter's rate compared with the mean
   * over the last {@link RATE_QUARTERS} quarters, sorted. Each future draws
   * one and runs at the rate times it, so a quiet year does not promise a
   * quiet month. [1] when the history is shorter than a year.
   */
  rateFactors: number[];
  followUps: {
    /** Share of advisories that need a follow-up fix. */
    share: number;
    shareSource: AssumptionSource;
    /** Advisories in the history with a follow-up fix. */
    withFollowUps: number;
    /** Days from an advisory's lift to its follow-up fix, sorted; a follow-up draws one. */
    delayDays: number[];
    delaySource: AssumptionSource;
  };
  /**
   * How far past releases came out from their plan for reasons nothing in the
   * database records (the retrospective's "not recorded" late days; days
   * early as negative), one per release, sorted: each future draws one.
   */
  otherDelays: { days: number[]; source: AssumptionSource; releases: string[] };
  blockers: {
    /** Days resolved blockers overran (negative: beat) their expected date, sorted. */
    slipDays: number[];
    slipSource: AssumptionSource;
    /** Days from opening to resolution of resolved blockers, sorted: for open blockers nobody has dated. */
    durationDays: number[];
  };
}

export interface AssumptionOverrides {
  /** Share of advisories needing a follow-up fix (0..1), instead of the history's. */
  followUpShare?: number;
  /** Days from lift to follow-up fix, instead of the history's. */
  followUpDelayDays?: number;
}

/** Quarters the burstiness of batches is measured over (three years). */
export const RATE_QUARTERS = 12;
const QUARTER_DAYS = 91;

function distinctDays(liftDays: readonly number[], from: number, to: number): number {
  let count = 0;
  const end = lowerBound(liftDays, to, identity);
  for (let i = lowerBound(liftDays, from, identity); i < end; i++)
    if (i === 0 || liftDays[i] !== liftDays[i - 1]) count++;
  return count;
}

/** Each quarter's batch count over their mean, for the quarters before `end` that the history covers. */
function rateFactorsBefore(liftDays: readonly number[], end: number): number[] {
  if (liftDays.length === 0) return [1];
  const counts: number[] = [];
  for (let q = 1; q <= RATE_QUARTERS; q++) {
    const from = end - q * QUARTER_DAYS;
    if (from < liftDays[0]) break;
    counts.push(distinctDays(liftDays, from, from + QUARTER_DAYS));
  }
  const total = counts.reduce((a, b) => a + b, 0);
  if (counts.length < 4 || total === 0) return [1];
  return counts.map((c) => (c * counts.length) / total).sort((a, b) => a - b);
}

function indexOf(advisories: readonly Advisory[]): AdvisoryIndex {
  const entries: IndexedAdvisory[] = [];
  for (const advisory of advisories) {
    const entry = indexAdvisory(advisory);
    if (entry) entries.push(entry);
  }
  return AdvisoryIndex.build(entries, 0);
}

/** Advisories per batch (advisories lifting on one day) among lift days in [from, to). */
function batchSizesIn(liftDays: readonly number[], from: number, to: number): number[] {
  const sizes: number[] = [];
  const end = lowerBound(liftDays, to, identity);
  for (let i = lowerBound(liftDays, from, identity); i < end; i++) {
    if (i > 0 && liftDays[i] === liftDays[i - 1] && sizes.length > 0) sizes[sizes.length - 1]++;
    else sizes.push(1);
  }
  return sizes.sort((a, b) => a - b);
}

/** The day a follow-up fix came (or is expected): its re-issue, else its expected date. */
function followUpDay(followUp: Advisory['followUps'][number]): DayNumber {
  const reissue = followUp.publicAt === null ? NaN : dayOfInstant(followUp.publicAt);
  if (Number.isFinite(reissue)) return reissue;
  return followUp.expectedAt === null ? NaN : dayNumber(followUp.expectedAt);
}

export function learnAssumptions(
  releases: readonly Release[],
  advisories: readonly Advisory[],
  settings: SettingsValues,
  calendar: WorkingCalendar,
  today: DayNumber,
  overrides: AssumptionOverrides = {},
): ForecastAssumptions {
  const index = indexOf(advisories);
  const evidence = learnEvidence(releases.filter(isReleased), index, calendar, settings, today);
  const { batches } = evidence;
  const batchSizes = batchSizesIn(
    index.liftDays,
    batches.windowEnd - batches.windowDays,
    batches.windowEnd,
  );

  // Follow-ups: every dated fix to a fix the history holds (dropped ones
  // never shipped), measured from its advisory's lift.
  const delays: number[] = [];
  let withFollowUps = 0;
  for (const advisory of advisories) {
    if (advisory.status === 'withdrawn') continue;
    const lift = dayOfInstant(advisory.publicAt);
    if (!Number.isFinite(lift)) continue;
    let counted = false;
    for (const followUp of advisory.followUps) {
      if (followUp.status === 'dropped') continue;
      if (!counted) withFollowUps++;
      counted = true;
      const day = followUpDay(followUp);
      if (Number.isFinite(day)) delays.push(Math.max(0, day - lift));
    }
  }
  delays.sort((a, b) => a - b);
  const shareLearned = withFollowUps >= MIN_SAMPLES;
  const delayLearned = delays.length >= MIN_SAMPLES;
  const share =
    overrides.followUpShare ?? (shareLearned ? withFollowUps / Math.max(1, index.size) : 0);
  const delayDays =
    overrides.followUpDelayDays !== undefined
      ? [overrides.followUpDelayDays]
      : delayLearned
        ? delays
        : // No history of follow-up timing: the warning window stands in,
          // the span in which the planner already expects one to matter.
          [settings.warnWindowDays];

  // Blockers: how resolved ones compared with their expected dates.
  const slips: number[] = [];
  const durations: number[] = [];
  for (const release of releases) {
    for (const blocker of release.blockers) {
      if (blocker.resolvedOn === null) continue;
      const resolved = dayNumber(blocker.resolvedOn);
      durations.push(resolved - dayNumber(blocker.openedOn));
      if (blocker.expectedOn !== null) slips.push(resolved - dayNumber(blocker.expectedOn));
    }
  }
  slips.sort((a, b) => a - b);
  durations.sort((a, b) => a - b);
  const slipsLearned = slips.length >= MIN_SAMPLES;

  // Releases also slipped for reasons nobody recorded (and some came out
  // early): the retrospective's arithmetic tells those days apart from the
  // waits on embargoes and blockers that the forecast models itself.
  const retro = retrospective(releases, advisories, settings, isoDateOf(today));
  const other = retro.releases.map((r) => ({
    release: r.name,
    days: r.daysLate > 0 ? r.notRecordedDays : r.daysLate,
  }));
  const otherLearned = other.length >= MIN_SAMPLES;

  return {
    evidence,
    otherDelays: {
      days: otherLearned ? other.map((o) => o.days).sort((a, b) => a - b) : [0],
      source: otherLearned ? 'history' : 'none',
      releases: other.map((o) => o.release),
    },
    bufferWorkingDays: effectiveBuffer(evidence, settings),
    bufferDraws:
      evidence.buffer.source === 'history'
        ? evidence.buffer.samples
            .map((s) => Math.max(s.value, settings.releaseBufferWorkingDays))
            .sort((a, b) => a - b)
        : [effectiveBuffer(evidence, settings)],
    blockerBufferWorkingDays: settings.releaseBufferWorkingDays,
    leadDays: evidence.lead.days,
    batchesPerDay: batches.perDay,
    batchSizes: batchSizes.length > 0 ? batchSizes : [1],
    rateFactors: rateFactorsBefore(index.liftDays, batches.windowEnd),
    followUps: {
      share: Math.min(1, Math.max(0, share)),
      shareSource:
        overrides.followUpShare !== undefined ? 'option' : shareLearned ? 'history' : 'none',
      withFollowUps,
      delayDays,
      delaySource:
        overrides.followUpDelayDays !== undefined
          ? 'option'
          : delayLearned
            ? 'history'
            : 'settings',
    },
    blockers: {
      slipDays: slipsLearned ? slips : [0],
      slipSource: slipsLearned ? 'history' : 'none',
      durationDays: durations.length >= MIN_SAMPLES ? durations : [],
    },
  };
}
