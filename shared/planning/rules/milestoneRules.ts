import {
  MILESTONE_LABELS,
  MILESTONE_ORDER,
  type Milestone,
  type MilestoneKind,
  type Release,
} from '../../domain/release';
import type { SettingsValues } from '../../domain/settings';
import type { WorkingCalendar } from '../calendar';
import { dayLabel, isoDateOf, WEEKDAY_NAMES, weekdayOf } from '../days';
import { plural } from '../format';
import { firstView, type MilestoneView } from '../milestoneState';
import type { Finding } from '../types';
import { makeFinding } from './finding';

export function describeMilestone(milestone: Milestone): string {
  return (milestone.label ?? MILESTONE_LABELS[milestone.kind]).toLowerCase();
}

/**
 * MILESTONE_ORDER: each milestone in the fixed order that falls before the
 * one present just ahead of it, compared at their effective days, so reality
 * arriving later than a stale plan (a branch recorded after an overdue
 * release date) is not an error. Only neighbours are compared, so a release
 * moved before all its freezes reads as one finding, not five.
 */
export function milestoneOrderFindings(
  release: Release,
  views: readonly MilestoneView[],
): Finding[] {
  const findings: Finding[] = [];
  let previous: MilestoneView | undefined;
  for (const kind of MILESTONE_ORDER) {
    const current = firstView(views, kind);
    if (!current) continue;
    const currentDay = current.effectiveDay;
    if (previous && Number.isFinite(currentDay) && currentDay < previous.effectiveDay) {
      const daysEarly = previous.effectiveDay - currentDay;
      findings.push(
        makeFinding('MILESTONE_ORDER', {
          release: release.name,
          milestone: kind,
          date: isoDateOf(currentDay),
          message: `${release.name}: ${describeMilestone(current.milestone)} on ${dayLabel(currentDay)} comes ${plural(daysEarly, 'day')} before ${describeMilestone(previous.milestone)} on ${dayLabel(previous.effectiveDay)}`,
          numbers: { daysEarly },
        }),
      );
    }
    if (Number.isFinite(currentDay)) previous = current;
  }
  return findings;
}

/**
 * RELEASE_ON_NON_RELEASE_DAY: an upcoming release planned on a non-working
 * day or a weekday not preferred. (A holiday is MILESTONE_ON_HOLIDAY's; an
 * overdue release is evaluated on a release day by construction.)
 */
export function releaseDayFindings(
  release: Release,
  view: MilestoneView,
  calendar: WorkingCalendar,
  releaseWeekdays: readonly number[],
): Finding[] {
  const day = view.effectiveDay;
  if (view.state !== 'upcoming' || calendar.isReleaseDay(day) || calendar.isHoliday(day)) return [];
  const weekday = weekdayOf(day);
  const why = !calendar.isWorkingDay(day)
    ? 'not a working day'
    : `not a preferred release day (${[...releaseWeekdays]
        .sort((a, b) => a - b)
        .map((d) => WEEKDAY_NAMES[d])
        .join(', ')})`;
  return [
    makeFinding('RELEASE_ON_NON_RELEASE_DAY', {
      release: release.name,
      milestone: 'release',
      date: view.milestone.planned,
      message: `${release.name} is planned for ${dayLabel(day)}, ${why}`,
      numbers: { weekday, holiday: 0 },
    }),
  ];
}

const HOLIDAY_WARNS: ReadonlySet<MilestoneKind> = new Set(['branch', 'release']);
const HOLIDAY_NOTES: ReadonlySet<MilestoneKind> = new Set([
  'feature-freeze',
  'code-freeze',
  'hard-code-freeze',
]);

/**
 * MILESTONE_ON_HOLIDAY: an upcoming freeze (a note), branch or release (a
 * warning) planned on one of the named holidays.
 */
export function holidayFindings(
  release: Release,
  views: readonly MilestoneView[],
  calendar: WorkingCalendar,
  settings: Pick<SettingsValues, 'holidayNames'>,
): Finding[] {
  const findings: Finding[] = [];
  for (const view of views) {
    const { milestone } = view;
    const warns = HOLIDAY_WARNS.has(milestone.kind);
    if (view.state !== 'upcoming' || !(warns || HOLIDAY_NOTES.has(milestone.kind))) continue;
    if (!calendar.isHoliday(view.plannedDay)) continue;
    const name = settings.holidayNames[milestone.planned];
    findings.push(
      makeFinding('MILESTONE_ON_HOLIDAY', {
        release: release.name,
        milestone: milestone.kind,
        milestoneId: milestone.id,
        severity: warns ? 'warning' : 'info',
        date: milestone.planned,
        message: `${release.name}: ${describeMilestone(milestone)} falls on ${dayLabel(view.plannedDay)}, a holiday${name ? ` (${name})` : ''}`,
        numbers: { weekday: weekdayOf(view.plannedDay) },
      }),
    );
  }
  return findings;
}

/** What an overdue release's finding says still holds it. */
export interface HoldSummary {
  /** "XSA-264, XSA-265 and XSA-266 (last lift Wed 27 Jun 2018)", or null when no embargo holds it. */
  security: string | null;
  /** "bug \"Credit2 crash\"", or null. */
  others: string | null;
}

/**
 * MILESTONE_OVERDUE: a milestone whose planned date passed without an
 * actual date. The release is an error and says what still holds it; any
 * other milestone is a warning.
 */
export function overdueFindings(
  release: Release,
  views: readonly MilestoneView[],
  holds: HoldSummary,
): Finding[] {
  const findings: Finding[] = [];
  for (const view of views) {
    if (view.state !== 'overdue') continue;
    const { milestone, plannedDay, effectiveDay, overdueDays } = view;
    const isRelease = milestone.kind === 'release';
    const since = `planned for ${dayLabel(plannedDay)}, ${plural(overdueDays, 'day')} ago, and not recorded as done`;
    let message: string;
    if (isRelease) {
      const held = [holds.security && `embargoes ${holds.security}`, holds.others]
        .filter(Boolean)
        .join('; and ');
      message =
        `${release.name} is overdue: ${since}. ` +
        (held
          ? `Still held by ${held}.`
          : `Nothing known holds it: record the release, or re-plan it (the earliest release day is ${dayLabel(effectiveDay)}).`);
    } else {
      message = `${release.name}: ${describeMilestone(milestone)} is overdue, ${since}; planning counts it from ${dayLabel(effectiveDay)}.`;
    }
    findings.push(
      makeFinding('MILESTONE_OVERDUE', {
        release: release.name,
        milestone: milestone.kind,
        milestoneId: milestone.id,
        severity: isRelease ? 'error' : 'warning',
        date: milestone.planned,
        message,
        numbers: { overdueDays },
      }),
    );
  }
  return findings;
}
