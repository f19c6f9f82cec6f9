import { isReleased, type Release } from '../../domain/release';
import { describeBlocker } from '../vocabulary';
import type { ReleaseBucket } from '../advisoryIndex';
import { dayLabel, type DayNumber } from '../days';
import { keyList, sortKeys } from '../format';
import { firstView, milestoneViews, type MilestoneView } from '../milestoneState';
import { compareText } from '../sorted';
import { compareFindings, sortFindings } from './finding';
import {
  holidayFindings,
  milestoneOrderFindings,
  overdueFindings,
  releaseDayFindings,
} from './milestoneRules';
import {
  type SecurityHolder,
  type ReleaseAnalysis,
  NOTHING,
  type RuleContext,
} from './releaseAnalysis';
import { ReleaseScan } from './releaseScan';

/**
 * Every finding about one release, as it stands today. Milestones count at
 * their effective days (an overdue one at the first day it can still
 * happen), and a lift before today holds nothing back: its fix is in.
 * Edges, all on UTC days (the lift's time of day does not matter):
 * - after release: the lift's day is later than the release day;
 * - in buffer: fewer than `buffer` working days in (lift day, release day],
 *   so a lift on release day (0) is in it, and with buffer 2 a Friday lift
 *   clears a Tuesday release;
 * - too close: at most `window` calendar days before (inclusive edge);
 * - in hard freeze: from the hard code freeze day to the release day.
 * A lift reports only the most severe of these four for a release.
 */
export function analyseRelease(
  release: Release,
  bucket: ReleaseBucket | undefined,
  context: RuleContext,
): ReleaseAnalysis {
  if (isReleased(release)) return NOTHING;
  const { calendar, settings, today } = context;
  const views = milestoneViews(release, today, calendar);
  const findings = [
    ...milestoneOrderFindings(release, views),
    ...holidayFindings(release, views, calendar, settings),
  ];
  const releaseView = firstView(views, 'release');
  const releaseDay = releaseView?.effectiveDay ?? NaN;
  if (!releaseView || !Number.isFinite(releaseDay)) {
    findings.push(...overdueFindings(release, views, { security: null, others: null }));
    return {
      ...NOTHING,
      findings: findings.sort(compareFindings),
      views,
      pastHardFreeze: isPastHardFreeze(views, today),
    };
  }

  findings.push(...releaseDayFindings(release, releaseView, calendar, settings.releaseWeekdays));
  const security: SecurityHolder[] = [];
  const scan = new ReleaseScan(release, releaseView, views, context, findings, security);
  let lastPastLift: DayNumber | null = null;
  if (bucket) {
    scan.lifts(bucket.lifts);
    scan.followUps(bucket.followUps);
    // Lifts were scanned before follow-ups, each in order; the sort is stable.
    security.sort((a, b) => a.day - b.day || compareText(a.entry.key, b.entry.key));
    lastPastLift = scan.lastPastLift(bucket.lifts);
  }
  const others = scan.blockers(release.blockers);
  findings.push(
    ...overdueFindings(release, views, {
      security: security.length > 0 ? securitySummary(security) : null,
      others:
        others.length > 0 ? others.map((o) => describeBlocker(o.holder.blocker)).join(', ') : null,
    }),
  );
  sortFindings(findings);
  return {
    findings,
    security,
    others,
    releaseDay,
    plannedDay: releaseView.plannedDay,
    views,
    overdue: releaseView.state === 'overdue',
    pastHardFreeze: isPastHardFreeze(views, today),
    lastPastLift,
  };
}

function isPastHardFreeze(views: readonly MilestoneView[], today: DayNumber): boolean {
  const freeze = firstView(views, 'hard-code-freeze');
  return !freeze || freeze.state !== 'upcoming' || freeze.plannedDay <= today;
}

function securitySummary(security: readonly SecurityHolder[]): string {
  const keys = sortKeys(new Set(security.map((h) => h.entry.key)));
  const last = security[security.length - 1];
  return `${keyList(keys)} (the last ${last.kind === 'embargo' ? 'lift' : 'follow-up'} ${dayLabel(last.day)})`;
}
