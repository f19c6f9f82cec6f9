import type { Milestone, Release } from '../../shared/domain/release';
import { isReleased, releaseDate } from '../../shared/domain/release';
import {
  milestoneStatuses,
  type CalendarSettings,
  type MilestoneState,
} from '../../shared/planning';

/** Mon–Fri, no holidays: enough to tell done from overdue before settings arrive. */
const NO_CALENDAR: CalendarSettings = {
  workingDays: [1, 2, 3, 4, 5],
  releaseWeekdays: [],
  holidays: [],
};

export interface MilestoneRow {
  milestone: Milestone;
  /** It happened (an actual date is recorded). */
  done: boolean;
  /** Done, upcoming, or overdue: planned before today and not recorded as done. */
  state: MilestoneState;
  /** Days since the planned date, when overdue. */
  overdueDays: number;
  /** The first milestone still ahead of a planned release: what the team works towards. */
  next: boolean;
  /** The planned date moved away from the original plan. */
  slipped: boolean;
}

/** A release's milestones in date order, with what a reader needs to see at a glance. */
export function milestoneRows(
  release: Release,
  today: string,
  calendarSettings: CalendarSettings = NO_CALENDAR,
): MilestoneRow[] {
  const sorted = [...release.milestones].sort(
    (a, b) => a.planned.localeCompare(b.planned) || a.id - b.id,
  );
  const released = isReleased(release);
  const next = released ? undefined : sorted.find((m) => m.actual === null && m.planned >= today);
  // The planner's own reading of each milestone, so the card and the findings agree.
  const states = new Map(
    milestoneStatuses(release, today, calendarSettings).map((s) => [s.id, s] as const),
  );
  return sorted.map((milestone) => ({
    milestone,
    done: milestone.actual !== null,
    state: states.get(milestone.id)?.state ?? 'upcoming',
    overdueDays: states.get(milestone.id)?.overdueDays ?? 0,
    next: milestone === next,
    slipped: milestone.baseline !== null && milestone.baseline !== milestone.planned,
  }));
}

export interface ReleaseSummary {
  released: boolean;
  /** The release milestone's date (actual once it happened), if it has one. */
  date: string | null;
}

export function summariseRelease(release: Release): ReleaseSummary {
  return { released: isReleased(release), date: releaseDate(release) };
}
