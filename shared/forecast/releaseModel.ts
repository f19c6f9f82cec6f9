import type { Advisory } from '../domain/advisory';
import { PlannerError } from '../errors/result';
import { isOpenBlocker, isReleased, type Release } from '../domain/release';
import type { WorkingCalendar } from '../planning/calendar';
import { dayNumber, dayOfInstant, type DayNumber } from '../planning/days';
import { firstView, milestoneViews } from '../planning/milestoneState';
import { isoDateOf } from '../planning/days';

// What a forecast starts from: the release as it stands today (its date,
// freeze and branch at their effective days, as the planning rules see
// them), the fixes already known to be coming, and its open blockers.

/** A fix the release may have to take: an embargo still to lift, or a pending follow-up fix. */
export interface KnownFix {
  kind: 'lift' | 'follow-up';
  /** The advisory's key (a follow-up's owner). */
  key: string;
  /** The day the fix lifts (a late pending follow-up counts from today). */
  day: DayNumber;
  /** Whether a simulated follow-up may still come after this lift (none is pending yet). */
  mayNeedFollowUp: boolean;
}

export interface OpenBlockerModel {
  title: string;
  opened: DayNumber;
  /** Expected resolution, never before today; NaN when nobody has dated it. */
  expected: DayNumber;
}

export interface ReleaseModel {
  name: string;
  today: DayNumber;
  /** The release's planned date as it stands; NaN never (a release without one is refused). */
  plannedDay: DayNumber;
  /** The day the rules count it at: the plan, or for an overdue release the next release day. */
  releaseDay: DayNumber;
  overdue: boolean;
  /** The first baseline, when the release has slipped from it. */
  baselineDay: DayNumber;
  /** The hard code freeze at its effective day; NaN when the plan has none (or after the release). */
  hardFreezeDay: DayNumber;
  /** The branch at its effective day; NaN when the plan has none. */
  branchDay: DayNumber;
  /** Planned days from branch to release: how far ahead of the release the branch is cut. */
  branchLeadDays: number;
  /** The day master reopened, when that already happened (branch or "Master reopened" done). */
  reopenedDay: DayNumber;
  knownFixes: KnownFix[];
  blockers: OpenBlockerModel[];
}

/** A custom milestone that records master reopening, as the Xen history sample names it. */
export function isReopenMilestone(m: { kind: string; label: string | null }): boolean {
  return m.kind === 'custom' && m.label !== null && /reopen/i.test(m.label);
}

export function releaseModel(
  release: Release,
  advisories: readonly Advisory[],
  calendar: WorkingCalendar,
  today: DayNumber,
): ReleaseModel {
  if (isReleased(release))
    throw new PlannerError(
      'invalid_input',
      `release: ${release.name} is already released; its story is in the retrospective`,
    );
  const views = milestoneViews(release, today, calendar);
  const releaseView = firstView(views, 'release');
  if (!releaseView || !Number.isFinite(releaseView.plannedDay))
    throw new PlannerError('invalid_input', `release: ${release.name} has no release date`);
  const releaseDay = releaseView.effectiveDay;
  const freeze = firstView(views, 'hard-code-freeze');
  const branch = firstView(views, 'branch');
  const reopen = release.milestones.find((m) => isReopenMilestone(m) && m.actual !== null);
  const baseline = releaseView.milestone.baseline;

  const fixes: KnownFix[] = [];
  for (const advisory of advisories) {
    if (advisory.status === 'withdrawn' || !advisory.affects.includes(release.name)) continue;
    const lift = dayOfInstant(advisory.publicAt);
    if (!Number.isFinite(lift)) continue;
    const pending = advisory.followUps.filter((f) => f.status === 'pending');
    // A lift before today holds nothing back: its fix is in.
    if (lift >= today)
      fixes.push({
        kind: 'lift',
        key: advisory.key,
        day: lift,
        mayNeedFollowUp: pending.length === 0,
      });
    for (const followUp of pending) {
      const reissue = followUp.publicAt === null ? NaN : dayOfInstant(followUp.publicAt);
      const expected = followUp.expectedAt === null ? NaN : dayNumber(followUp.expectedAt);
      // With both, the later binds (as the planning rules read it); a re-issue
      // already out is in; a date already past still pends, from today.
      const day = Math.max(
        Number.isFinite(reissue) ? reissue : -Infinity,
        Number.isFinite(expected) ? expected : -Infinity,
      );
      if (!Number.isFinite(day)) continue;
      if (Number.isFinite(reissue) && reissue < today && !(expected > reissue)) continue;
      fixes.push({
        kind: 'follow-up',
        key: advisory.key,
        day: Math.max(day, today),
        mayNeedFollowUp: false,
      });
    }
  }
  fixes.sort((a, b) => a.day - b.day || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const todayIso = isoDateOf(today);
  const blockers = release.blockers
    .filter((b) => isOpenBlocker(b, todayIso))
    .map((b) => ({
      title: b.title,
      opened: dayNumber(b.openedOn),
      expected: b.expectedOn === null ? NaN : Math.max(today, dayNumber(b.expectedOn)),
    }));

  const hardFreezeDay = freeze?.effectiveDay ?? NaN;
  return {
    name: release.name,
    today,
    plannedDay: releaseView.plannedDay,
    releaseDay,
    overdue: releaseView.state === 'overdue',
    baselineDay:
      baseline !== null && baseline !== releaseView.milestone.planned ? dayNumber(baseline) : NaN,
    hardFreezeDay: hardFreezeDay <= releaseDay ? hardFreezeDay : NaN,
    branchDay: branch?.effectiveDay ?? NaN,
    branchLeadDays: branch ? releaseView.plannedDay - branch.plannedDay : NaN,
    reopenedDay:
      reopen?.actual != null
        ? dayNumber(reopen.actual)
        : branch?.state === 'done'
          ? branch.effectiveDay
          : NaN,
    knownFixes: fixes,
    blockers,
  };
}
