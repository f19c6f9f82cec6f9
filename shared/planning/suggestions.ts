import type { Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import type { WorkingCalendar } from './calendar';
import { dayLabel, instantAt, instantLabel, isoDateOf, type DayNumber } from './days';
import type { Evidence } from './evidence';
import { figure, keyList, percent, plural, sortKeys } from './format';
import { firstView } from './milestoneState';
import { RACE_HORIZON_DAYS, raceForecast, type Race } from './race';
import { describeBlocker, type ReleaseAnalysis, type SecurityHolder } from './rules/releaseRules';
import type { Suggestion, SuggestionKind } from './types';
import { median } from './statistics';

export interface SuggestionContext {
  calendar: WorkingCalendar;
  settings: SettingsValues;
  today: DayNumber;
  evidence: Evidence;
  /** Working days a release needs after a lift (see effectiveBuffer). */
  buffer: number;
  /** Shared by the races of one analysis (see RaceInput.readyMemo). */
  readyMemo: Map<DayNumber, DayNumber>;
  /** Every release name in the plan, to name a point release that does not exist yet. */
  releaseNames: ReadonlySet<string>;
}

type Parts = Omit<
  Suggestion,
  'id' | 'kind' | 'release' | 'dates' | 'recommended' | 'recommendation'
> &
  Partial<Pick<Suggestion, 'dates'>>;

function suggestion(kind: SuggestionKind, release: string, parts: Parts): Suggestion {
  return {
    id: `${kind}|${release}|${parts.subject ?? ''}`,
    kind,
    release,
    dates: {},
    recommended: null,
    recommendation: null,
    ...parts,
  };
}

/** `<name>.1`, or the next free `<name>.N` when that exists already. */
export function pointReleaseName(name: string, existing: ReadonlySet<string>): string {
  let n = 1;
  while (existing.has(`${name}.${n}`)) n++;
  return `${name}.${n}`;
}

function uniqueKeys(holders: readonly SecurityHolder[]): string[] {
  return sortKeys(new Set(holders.map((b) => b.entry.key)));
}

/** The sentence that says where a buffer comes from. */
function bufferEvidence(evidence: Evidence, settings: SettingsValues, buffer: number): string {
  const { buffer: learned } = evidence;
  if (learned.source === 'settings') {
    return `${plural(buffer, 'working day')} after it (the setting: fewer than 3 past releases held by a lift to learn from)`;
  }
  const range = learned.min === learned.max ? '' : `, ${learned.min}–${learned.max}`;
  const floor =
    buffer > learned.workingDays
      ? `; the setting asks for ${plural(settings.releaseBufferWorkingDays, 'working day')}`
      : '';
  return `${plural(buffer, 'working day')} after it: past releases needed a median of ${figure(median(learned.samples.map((s) => s.value)) ?? NaN)} after their last lift (${plural(learned.samples.length, 'release')}${range})${floor}`;
}

/** "17 in the year to Thu 14 Jun 2018". */
function batchRate(evidence: Evidence): string {
  const { batches } = evidence;
  return `${plural(batches.count, 'batch', 'batches')} in the year to ${dayLabel(batches.windowEnd - 1)}${batches.stale ? ', the latest in the database' : ''}`;
}

/** The waiting policy's verdict: does waiting `days` past the plan beat a point release? */
function waitVerdict(
  days: number,
  settings: SettingsValues,
  evidence: Evidence,
): { wait: boolean; why: string } {
  const weeks = figure(days / 7);
  switch (settings.embargoWaitPolicy) {
    case 'always':
      return { wait: true, why: 'The policy is to wait for embargoes.' };
    case 'never':
      return { wait: false, why: 'The policy is never to wait for embargoes.' };
    case 'history': {
      const median = evidence.waits.medianDays;
      if (median !== null) {
        const wait = days <= median;
        return {
          wait,
          why: `Past releases held by embargoes came out a median of ${plural(Math.round(median), 'day')} late (${plural(evidence.waits.samples.length, 'release')}); waiting here means ${plural(days, 'day')}${wait ? ', no longer than usual' : ', longer than usual'}.`,
        };
      }
      break;
    }
    case 'up-to':
      break;
  }
  const limit = settings.embargoWaitWeeks;
  const wait = days <= limit * 7;
  const from =
    settings.embargoWaitPolicy === 'history'
      ? ' (too few past releases held by embargoes to learn from, so the setting stands in)'
      : '';
  return {
    wait,
    why: `The policy waits up to ${plural(limit, 'week')}${from}; this wait is ${weeks} ${weeks === '1' ? 'week' : 'weeks'}.`,
  };
}

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
    const verdict =
      endless && settings.embargoWaitPolicy !== 'always'
        ? {
            wait: false,
            why: `At ${batchRate(evidence)}, waiting for every embargo does not end: half the futures are still waiting ${plural(Math.round(RACE_HORIZON_DAYS / 365), 'year')} from now.`,
          }
        : waitVerdict(slipDay - plannedDay, settings, evidence);
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

function slipSuggestion(
  release: Release,
  analysis: ReleaseAnalysis,
  context: SuggestionContext,
  {
    clearDay,
    slipDay,
    race,
    endless,
  }: { clearDay: DayNumber; slipDay: DayNumber; race: Race | null; endless: boolean },
  buffer: number,
): Suggestion {
  const { security, others, plannedDay, overdue, lastPastLift } = analysis;
  const { calendar, settings, today, evidence } = context;
  const name = release.name;
  const planned = plannedDay!;
  const slipDate = isoDateOf(slipDay);
  const last = security.length > 0 ? security[security.length - 1] : null;
  const apply = { type: 'set-milestone', release: name, kind: 'release', date: slipDate } as const;
  const numbers: Record<string, number> = {
    slipDays: slipDay - planned,
    daysFromToday: slipDay - today,
    bufferWorkingDays: buffer,
    bufferSamples: evidence.buffer.source === 'history' ? evidence.buffer.samples.length : 0,
    holders: security.length + others.filter((o) => o.holds).length,
  };
  const undated = others.filter((o) => o.holds && !Number.isFinite(o.holder.day));
  const undatedNote =
    undated.length > 0
      ? ` ${undated.map((o) => describeBlocker(o.holder.blocker)).join(', ')} ${undated.length === 1 ? 'has' : 'have'} no expected date, so this date may move.`
      : '';

  let why: string;
  if (last) {
    const what =
      last.kind === 'embargo'
        ? `${last.entry.key} lifts`
        : `a follow-up fix to ${last.entry.key} is due`;
    why = `${what} ${dayLabel(last.day)}, and ${name} needs ${bufferEvidence(evidence, settings, buffer)}.`;
  } else if (others.some((o) => o.holds && Number.isFinite(o.holder.day))) {
    const latest = others
      .filter((o) => o.holds && Number.isFinite(o.holder.day))
      .reduce((a, b) => (b.holder.day > a.holder.day ? b : a));
    why = `${describeBlocker(latest.holder.blocker)} is expected to be resolved ${dayLabel(latest.holder.day)}.`;
  } else if (lastPastLift !== null && calendar.addWorkingDays(lastPastLift, buffer) >= today) {
    why = `its last embargo lifted ${dayLabel(lastPastLift)}, and ${name} needs ${bufferEvidence(evidence, settings, buffer)}.`;
  } else {
    why = `it is the first release day from today.`;
  }

  const weeks = figure((slipDay - planned) / 7);
  const head = overdue
    ? `Re-plan ${name} for ${dayLabel(slipDay)}: it was planned for ${dayLabel(planned)} and has not been recorded as released (if it has shipped, record its release date instead). ${why.charAt(0).toUpperCase()}${why.slice(1)}`
    : `Slip ${name} from ${dayLabel(planned)} to ${dayLabel(slipDay)} (${weeks} ${weeks === '1' ? 'week' : 'weeks'}): ${why}`;

  const dates: Record<string, string> = { clears: isoDateOf(clearDay) };
  let raceText = '';
  if (race) {
    // The race counts batches that become known before the clear day; the
    // figure the replay checks is the chance of one before the date suggested.
    const exposed = Math.max(0, slipDay - today);
    const expected = evidence.batches.perDay * exposed;
    numbers.batchesPerYear = evidence.batches.perDay * 365;
    numbers.expectedNewBatches = expected;
    numbers.probabilityAtLeastOne = 1 - Math.exp(-expected);
    numbers.leadDays = evidence.lead.days;
    numbers.p50Days = race.p50Day - today;
    numbers.p90Days = race.p90Day - today;
    dates.p50 = isoDateOf(race.p50Day);
    dates.p90 = isoDateOf(race.p90Day);
    const lead = `${evidence.lead.source === 'history' ? 'a median' : 'the minimum'} of ${plural(evidence.lead.days, 'day')} ahead`;
    const batches = ` Embargoes arrive in batches (${batchRate(evidence)}), each pre-disclosed ${lead}: `;
    raceText =
      evidence.batches.count === 0
        ? ' No advisory lifted in the year before today, so no new embargo is forecast to join the wait.'
        : endless
          ? `${batches}everything known clears by ${dayLabel(clearDay)}, but new ones keep coming: the chance that one is pre-disclosed before then is ${percent(race.probabilityAtLeastOne)}, and waiting for those too does not end, as half the futures are still waiting ${plural(Math.round(RACE_HORIZON_DAYS / 365), 'year')} from now. The date suggested is when everything known clears; a point release or a branch does not wait for the next batch.`
          : slipDay > clearDay
            ? `${batches}everything known clears by ${dayLabel(clearDay)}, but the chance that a new one is pre-disclosed before then is ${percent(race.probabilityAtLeastOne)}. ` +
              `Waiting for those too, ${name} is out by ${dayLabel(slipDay)} in half the futures (P50, the date suggested), by ${dayLabel(race.p90Day)} in 9 of 10 (P90). ` +
              `The chance of a new one before ${dayLabel(slipDay)} is ${percent(numbers.probabilityAtLeastOne)}.`
            : `${batches}the chance that a new one is pre-disclosed before ${dayLabel(slipDay)} is ${percent(race.probabilityAtLeastOne)}. ` +
              (race.p90Day <= slipDay
                ? `Even waiting for those, ${name} is ready by then in 9 of 10 futures.`
                : `Waiting for those too, ${name} is ready by ${dayLabel(race.p90Day)} in 9 of 10 futures (P90).`);
  }
  return suggestion('SLIP_RELEASE', name, {
    subject: null,
    date: slipDate,
    message: `${head}${raceText}${undatedNote}`,
    numbers,
    dates,
    apply,
  });
}

function pointSuggestion(
  release: Release,
  analysis: ReleaseAnalysis,
  context: SuggestionContext,
  pointDay: DayNumber,
): Suggestion {
  const { security, releaseDay, plannedDay, overdue } = analysis;
  const name = release.name;
  const point = pointReleaseName(name, context.releaseNames);
  const keys = uniqueKeys(security);
  const keep = overdue
    ? `Release ${name} on ${dayLabel(releaseDay!)} (the first release day now; it was planned for ${dayLabel(plannedDay!)})`
    : `Keep ${name} on ${dayLabel(releaseDay!)}`;
  return suggestion('POINT_RELEASE', name, {
    subject: null,
    date: isoDateOf(pointDay),
    message: `${keep} without the fixes for ${keyList(keys)}, and ship them in ${point} on ${dayLabel(pointDay)}.`,
    numbers: { daysAfterRelease: pointDay - releaseDay!, holders: security.length },
    apply: {
      type: 'create-point-release',
      release: name,
      name: point,
      date: isoDateOf(pointDay),
      advisories: keys,
      ...(overdue ? { releaseOn: isoDateOf(releaseDay!) } : {}),
    },
  });
}

/**
 * For a release that embargoes alone hold past its date: branch at the hard
 * code freeze if it is still ahead, else on the next working day from today
 * (also when a planned branch date passed without a branch), and reopen
 * master. Not when the branch is done, already planned by then, or would not
 * come before the slipped release.
 */
function branchAndReopen(
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

/**
 * The latest lift that clears the release: on a working day, at the default
 * time, with `buffer` working days before the release. Offered only when it
 * is still ahead, and when any pre-disclosure it needs can still happen.
 */
function moveEmbargoNote(
  name: string,
  releaseDay: DayNumber,
  holder: SecurityHolder,
  context: SuggestionContext,
): Suggestion | null {
  const { calendar, settings, today, buffer } = context;
  const { advisory, key, liftLabel, liftDay } = holder.entry;
  const newDay = calendar.latestClearingDay(releaseDay, buffer);
  if (newDay < today) return null;
  const publicAt = instantAt(newDay, settings.defaultPublicTimeUtc);
  const numbers: Record<string, number> = {
    daysEarlier: liftDay - newDay,
    bufferWorkingDays: buffer,
  };
  let predisclosureAt: string | undefined;
  let preNote = '';
  if (advisory.predisclosureAt !== null) {
    const minimum = settings.minPredisclosureWorkingDays;
    const preDay = holder.entry.predisclosureDay;
    const kept = calendar.workingDaysBetween(preDay, newDay);
    if (kept >= minimum) {
      numbers.predisclosureWorkingDays = kept;
    } else {
      // The pre-disclosure must move too, and cannot move into the past.
      const latestPre = calendar.addWorkingDays(newDay, -minimum);
      if (latestPre < today) return null;
      predisclosureAt = instantAt(latestPre, settings.defaultPublicTimeUtc);
      preNote = `; its pre-disclosure would move to ${instantLabel(predisclosureAt)} to keep ${plural(minimum, 'working day')}`;
      numbers.predisclosureWorkingDays = minimum;
    }
  }
  return suggestion('MOVE_EMBARGO_NOTE', name, {
    subject: key,
    date: publicAt,
    message:
      `If the team controls the date of ${key} (its own discovery), lifting it ${instantLabel(publicAt)} instead of ${liftLabel} ` +
      `would leave ${name} its ${plural(buffer, 'working day')} before ${dayLabel(releaseDay)}${preNote}.`,
    numbers,
    apply: {
      type: 'set-lift',
      advisory: key,
      publicAt,
      ...(predisclosureAt === undefined ? {} : { predisclosureAt }),
    },
  });
}
