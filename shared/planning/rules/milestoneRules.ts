import {
  MILESTONE_LABELS,
  MILESTONE_ORDER,
  type Milestone,
  type MilestoneKind,
  type Release,
} from '../../domain/release';
import type { WorkingCalendar } from '../calendar';
import { dayLabel, dayNumber, WEEKDAY_NAMES, weekdayOf, type DayNumber } from '../days';
import { plural } from '../format';
import type { Finding } from '../types';
import { makeFinding } from './finding';

/** When a milestone happens: its actual date once it happened, else the plan. */
export function milestoneDay(milestone: Pick<Milestone, 'planned' | 'actual'>): DayNumber {
  return dayNumber(milestone.actual ?? milestone.planned);
}

/** The first milestone of a kind, as `releaseDate()` in the domain picks the release. */
export function firstOfKind(release: Pick<Release, 'milestones'>, kind: MilestoneKind) {
  return release.milestones.find((m) => m.kind === kind);
}

function describe(milestone: Milestone): string {
  return (milestone.label ?? MILESTONE_LABELS[milestone.kind]).toLowerCase();
}

/**
 * MILESTONE_ORDER: each milestone in the fixed order that is dated before the
 * one present just ahead of it. Only neighbours are compared, so a release
 * moved before all its freezes reads as one finding, not five.
 */
export function milestoneOrderFindings(release: Release): Finding[] {
  const findings: Finding[] = [];
  let previous: Milestone | undefined;
  for (const kind of MILESTONE_ORDER) {
    const current = firstOfKind(release, kind);
    if (!current) continue;
    const currentDay = milestoneDay(current);
    if (previous && Number.isFinite(currentDay) && currentDay < milestoneDay(previous)) {
      const daysEarly = milestoneDay(previous) - currentDay;
      findings.push(
        makeFinding('MILESTONE_ORDER', {
          release: release.name,
          milestone: kind,
          date: current.actual ?? current.planned,
          message: `${release.name}: ${describe(current)} on ${dayLabel(currentDay)} comes ${plural(daysEarly, 'day')} before ${describe(previous)} on ${dayLabel(milestoneDay(previous))}`,
          numbers: { daysEarly },
        }),
      );
    }
    if (Number.isFinite(currentDay)) previous = current;
  }
  return findings;
}

/** RELEASE_ON_NON_RELEASE_DAY: a holiday, a non-working day or a weekday not preferred. */
export function releaseDayFindings(
  release: Release,
  releaseDay: DayNumber,
  calendar: WorkingCalendar,
  releaseWeekdays: readonly number[],
): Finding[] {
  if (calendar.isReleaseDay(releaseDay)) return [];
  const weekday = weekdayOf(releaseDay);
  const holiday = calendar.isHoliday(releaseDay);
  let why: string;
  if (holiday) why = 'a holiday';
  else if (!calendar.isWorkingDay(releaseDay)) why = 'not a working day';
  else
    why = `not a preferred release day (${[...releaseWeekdays]
      .sort((a, b) => a - b)
      .map((d) => WEEKDAY_NAMES[d])
      .join(', ')})`;
  return [
    makeFinding('RELEASE_ON_NON_RELEASE_DAY', {
      release: release.name,
      milestone: 'release',
      date: firstOfKind(release, 'release')!.planned,
      message: `${release.name} is planned for ${dayLabel(releaseDay)}, ${why}`,
      numbers: { weekday, holiday: holiday ? 1 : 0 },
    }),
  ];
}
