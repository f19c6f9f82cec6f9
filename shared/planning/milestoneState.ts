import type { IsoDate } from '../domain/dates';
import type { Milestone, Release } from '../domain/release';
import { calendarFor, type CalendarSettings, type WorkingCalendar } from './calendar';
import { dayNumber, isoDateOf, type DayNumber } from './days';

/**
 * Where a milestone stands today: it happened (`done`, it has an actual
 * date), it is still ahead (`upcoming`), or its planned date passed and
 * nobody recorded it (`overdue`): it has not happened, whatever the plan says.
 */
export type MilestoneState = 'done' | 'upcoming' | 'overdue';

export interface MilestoneView {
  readonly milestone: Milestone;
  readonly state: MilestoneState;
  readonly plannedDay: DayNumber;
  /**
   * The day the rules evaluate it at: the actual date once done, the plan
   * while ahead, and for an overdue milestone the first day it can still
   * happen (today, or the next release day for a release, the next working
   * day for anything else) — never the stale plan.
   */
  readonly effectiveDay: DayNumber;
  /** Days since the planned date, for an overdue milestone; else 0. */
  readonly overdueDays: number;
}

export function milestoneView(
  milestone: Milestone,
  today: DayNumber,
  calendar: WorkingCalendar,
): MilestoneView {
  const plannedDay = dayNumber(milestone.planned);
  if (milestone.actual !== null) {
    return {
      milestone,
      state: 'done',
      plannedDay,
      effectiveDay: dayNumber(milestone.actual),
      overdueDays: 0,
    };
  }
  if (!(plannedDay < today)) {
    return { milestone, state: 'upcoming', plannedDay, effectiveDay: plannedDay, overdueDays: 0 };
  }
  const effectiveDay =
    milestone.kind === 'release' ? calendar.nextReleaseDay(today) : calendar.nextWorkingDay(today);
  return { milestone, state: 'overdue', plannedDay, effectiveDay, overdueDays: today - plannedDay };
}

/** Every milestone of a release, in its order. */
export function milestoneViews(
  release: Pick<Release, 'milestones'>,
  today: DayNumber,
  calendar: WorkingCalendar,
): MilestoneView[] {
  return release.milestones.map((m) => milestoneView(m, today, calendar));
}

/** The view of a release's first milestone of a kind (as `releaseDate()` picks the release). */
export function firstView(
  views: readonly MilestoneView[],
  kind: Milestone['kind'],
): MilestoneView | undefined {
  return views.find((v) => v.milestone.kind === kind);
}

/** What the UI and the command line show of a milestone: its state and the date it counts at. */
export interface MilestoneStatus {
  id: number;
  state: MilestoneState;
  /** YYYY-MM-DD the rules use: actual, planned, or the first day it can still happen. */
  effective: IsoDate;
  overdueDays: number;
}

export function milestoneStatuses(
  release: Pick<Release, 'milestones'>,
  today: IsoDate,
  settings: CalendarSettings,
): MilestoneStatus[] {
  const calendar = calendarFor(settings);
  return milestoneViews(release, dayNumber(today), calendar).map((view) => ({
    id: view.milestone.id,
    state: view.state,
    effective: Number.isFinite(view.effectiveDay)
      ? isoDateOf(view.effectiveDay)
      : view.milestone.planned,
    overdueDays: view.overdueDays,
  }));
}
