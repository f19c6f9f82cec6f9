import type { Release } from '../domain/release';
import type { DayNumber } from './days';
import { RACE_HORIZON_DAYS, raceForecast } from './race';
import type { ReleaseAnalysis } from './rules/releaseAnalysis';
import type { Suggestion } from './types';
import type { SuggestionContext } from './suggestions/suggestion';
import { waitVerdict } from './suggestions/waitVerdict';
import { slipSuggestion } from './suggestions/slip';
import { pointSuggestion } from './suggestions/pointRelease';
import { branchAndReopen } from './suggestions/branchAndReopen';
import { moveEmbargoNote } from './suggestions/moveEmbargoNote';

/**
 * SLIP_RELEASE, POINT_RELEASE, BRANCH_AND_REOPEN and MOVE_EMBARGO_NOTE for a
 * release held past its date, or overdue. Every date is today or later.
 */
export function suggestionsFor(
  release: Release,
  analysis: ReleaseAnalysis,
  context: SuggestionContext,
): Suggestion[] {
  const { security, others, releaseDay, plannedDay, overdue, lastPastLift } = analysis;
  if (releaseDay === null || plannedDay === null) return [];
  const holding = others.filter((o) => o.holds);
  const { calendar, settings, today, evidence } = context;
  const name = release.name;
  const buffer = context.buffer;
  const after = (day: DayNumber, workingDays: number) =>
    calendar.nextReleaseDay(Math.max(today, calendar.addWorkingDays(day, workingDays)));

  const lastSecurity = security.length > 0 ? security[security.length - 1] : null;
  const securityReady = lastSecurity ? after(lastSecurity.day, buffer) : NaN;
  const pastReady = lastPastLift !== null ? after(lastPastLift, buffer) : NaN;
  const datedHolding = holding.filter((o) => Number.isFinite(o.holder.day));
  // A blocker nobody has dated gives no date to slip to: the finding says so.
  if (security.length === 0 && datedHolding.length === 0 && !overdue) return [];
  const blockersReady = datedHolding.length
    ? Math.max(...datedHolding.map((o) => after(o.holder.day, settings.releaseBufferWorkingDays)))
    : NaN;
  const clearDay = calendar.nextReleaseDay(
    Math.max(today, ...[securityReady, pastReady, blockersReady].filter(Number.isFinite)),
  );
  // While embargoes hold the release, new batches can join the wait: the
  // date to slip to is the race's median (half the futures are out by
  // then), which is the clear day itself when no new batch is more likely
  // than not.
  const race = lastSecurity
    ? raceForecast({
        today,
        clearDay,
        batchesPerDay: evidence.batches.perDay,
        leadDays: evidence.lead.days,
        bufferWorkingDays: buffer,
        calendar,
        readyMemo: context.readyMemo,
      })
    : null;
  // At a rate where half the futures still wait at the race's horizon, the
  // median is no date to plan for: waiting does not end. The slip then
  // names the day everything known clears, and says so.
  const endless = race !== null && race.p50Day >= today + RACE_HORIZON_DAYS;
  const slipDay = race && !endless ? race.p50Day : clearDay;
  const out: Suggestion[] = [];
  const slip = slipSuggestion(
    release,
    analysis,
    context,
    { clearDay, slipDay, race, endless },
    buffer,
  );
  out.push(slip);

  if (lastSecurity && holding.length === 0) {
    const point = pointSuggestion(release, analysis, context, securityReady);
    const verdict = waitVerdict(slipDay - plannedDay, settings, evidence, endless);
    slip.recommended = verdict.wait;
    point.recommended = !verdict.wait;
    slip.recommendation = point.recommendation = verdict.why;
    out.push(point);
  }

  if (lastSecurity && others.length === 0) {
    const branch = branchAndReopen(release, analysis, slipDay, context);
    if (branch) out.push(branch);
  }

  const moved = new Set<string>();
  for (const holder of security) {
    if (holder.kind !== 'embargo' || moved.has(holder.entry.key)) continue;
    moved.add(holder.entry.key);
    const note = moveEmbargoNote(name, releaseDay, holder, context);
    if (note) out.push(note);
  }
  return out;
}

export { pointReleaseName, type SuggestionContext } from './suggestions/suggestion';
