import type { Release } from '../../domain/release';
import { dayLabel, isoDateOf, type DayNumber } from '../days';
import { keyList, plural } from '../format';
import { firstView } from '../milestoneState';
import type { ReleaseAnalysis } from '../rules/releaseAnalysis';
import type { Suggestion } from '../types';
import { type SuggestionContext, suggestion, uniqueKeys } from './suggestion';

/**
 * For a release that embargoes alone hold past its date: branch at the hard
 * code freeze if it is still ahead, else on the next working day from today
 * (also when a planned branch date passed without a branch), and reopen
 * master. Not when the branch is done, already planned by then, or would not
 * come before the slipped release.
 */
export function branchAndReopen(
  release: Release,
  analysis: ReleaseAnalysis,
  slipDay: DayNumber,
  context: SuggestionContext,
): Suggestion | null {
  const { calendar, today } = context;
  const { views, security, plannedDay } = analysis;
  // Not before the hard code freeze, nor before any freeze meant to come first.
  const freezes = (['last-posting', 'feature-freeze', 'code-freeze', 'hard-code-freeze'] as const)
    .map((kind) => firstView(views, kind)?.effectiveDay ?? NaN)
    .filter(Number.isFinite);
  const branchDay = calendar.nextWorkingDay(Math.max(today, ...freezes));
  const existing = firstView(views, 'branch');
  if (existing?.state === 'done') return null;
  if (existing?.state === 'upcoming' && existing.plannedDay <= branchDay) return null;
  // Branching after the release day, or not before the slipped one, helps nobody.
  if (branchDay >= slipDay || branchDay > analysis.releaseDay!) return null;
  const date = isoDateOf(branchDay);
  const earlier = slipDay - branchDay;
  const keys = keyList(uniqueKeys(security));
  const missed =
    existing?.state === 'overdue'
      ? ` The planned branch on ${dayLabel(existing.plannedDay)} passed without one.`
      : '';
  return suggestion('BRANCH_AND_REOPEN', release.name, {
    subject: null,
    date,
    message:
      `Branch ${release.name} on ${dayLabel(branchDay)} and reopen master: only embargoes (${keys}) hold the release past ${dayLabel(plannedDay!)}.${missed} ` +
      `Apply their fixes to both trees at disclosure; master reopens ${plural(earlier, 'day')} before the release on ${dayLabel(slipDay)} instead of staying frozen.`,
    numbers: { daysMasterReopensEarlier: earlier },
    apply: { type: 'set-milestone', release: release.name, kind: 'branch', date },
  });
}
