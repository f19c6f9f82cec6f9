import type { Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import type { WorkingCalendar } from './calendar';
import { dayLabel, dayOfInstant, instantAt, instantLabel, isoDateOf, type DayNumber } from './days';
import { raceForecast } from './forecast';
import { figure, keyList, percent, plural, sortKeys } from './format';
import { firstOfKind, milestoneDay } from './rules/milestoneRules';
import type { Blocker, ReleaseAnalysis } from './rules/releaseRules';
import type { Suggestion, SuggestionKind } from './types';

export interface SuggestionContext {
  calendar: WorkingCalendar;
  settings: SettingsValues;
  today: DayNumber;
  /** λ, advisories per week over the last year. */
  perWeek: number;
  /** Every release name in the plan, to name a point release that does not exist yet. */
  releaseNames: ReadonlySet<string>;
}

type Parts = Omit<Suggestion, 'id' | 'kind' | 'release'>;

function suggestion(kind: SuggestionKind, release: string, parts: Parts): Suggestion {
  return { id: `${kind}|${release}|${parts.subject ?? ''}`, kind, release, ...parts };
}

/** `<name>.1`, or the next free `<name>.N` when that exists already. */
export function pointReleaseName(name: string, existing: ReadonlySet<string>): string {
  let n = 1;
  while (existing.has(`${name}.${n}`)) n++;
  return `${name}.${n}`;
}

function uniqueKeys(blockers: readonly Blocker[]): string[] {
  return sortKeys(new Set(blockers.map((b) => b.entry.key)));
}

/**
 * SLIP_RELEASE, POINT_RELEASE, BRANCH_AND_REOPEN and MOVE_EMBARGO_NOTE for a
 * release held by blockers (embargoes or follow-ups raising errors).
 */
export function suggestionsFor(
  release: Release,
  analysis: ReleaseAnalysis,
  context: SuggestionContext,
): Suggestion[] {
  const { blockers, releaseDay } = analysis;
  if (releaseDay === null || blockers.length === 0) return [];
  const { calendar, settings, today } = context;
  const buffer = settings.releaseBufferWorkingDays;
  const name = release.name;
  const last = blockers[blockers.length - 1];
  // The earliest release day with `buffer` working days after the last
  // blocker, and never in the past: a slip to a gone date helps nobody.
  const earliest = Math.max(calendar.addWorkingDays(last.day, buffer), today);
  const slipDay = calendar.nextReleaseDay(earliest);
  const slipDate = isoDateOf(slipDay);
  const keys = keyList(uniqueKeys(blockers));
  const lastWhat =
    last.kind === 'embargo'
      ? `${last.entry.key} lifts`
      : `a follow-up fix to ${last.entry.key} is due`;
  const out: Suggestion[] = [];

  const forecast = raceForecast(context.perWeek, slipDay - releaseDay);
  const weeks = figure(forecast.slipWeeks);
  out.push(
    suggestion('SLIP_RELEASE', name, {
      subject: null,
      date: slipDate,
      message:
        `Slip ${name} from ${dayLabel(releaseDay)} to ${dayLabel(slipDay)} (${weeks} ${weeks === '1' ? 'week' : 'weeks'}): ` +
        `${lastWhat} ${dayLabel(last.day)}, and ${name} needs ${plural(buffer, 'working day')} after it. ` +
        `At ${figure(forecast.advisoriesPerWeek)} advisories a week, expect ${figure(forecast.expectedNewAdvisories)} new ones meanwhile ` +
        `(chance of at least one: ${percent(forecast.probabilityAtLeastOne)}).`,
      numbers: {
        slipDays: forecast.slipDays,
        slipWeeks: forecast.slipWeeks,
        advisoriesPerWeek: forecast.advisoriesPerWeek,
        expectedNewAdvisories: forecast.expectedNewAdvisories,
        probabilityAtLeastOne: forecast.probabilityAtLeastOne,
        blockers: blockers.length,
        bufferWorkingDays: buffer,
      },
      apply: { type: 'set-milestone', release: name, kind: 'release', date: slipDate },
    }),
  );

  const point = pointReleaseName(name, context.releaseNames);
  out.push(
    suggestion('POINT_RELEASE', name, {
      subject: null,
      date: slipDate,
      message: `Keep ${name} on ${dayLabel(releaseDay)} without the fixes for ${keys}, and ship them in ${point} on ${dayLabel(slipDay)}.`,
      numbers: { daysAfterRelease: slipDay - releaseDay, blockers: blockers.length },
      apply: { type: 'create-release', name: point, date: slipDate },
    }),
  );

  if (blockers.some((b) => b.kind === 'embargo')) {
    const branch = branchAndReopen(release, releaseDay, slipDay, keys, context);
    if (branch) out.push(branch);
  }

  const moved = new Set<string>();
  for (const blocker of blockers) {
    if (blocker.kind !== 'embargo' || moved.has(blocker.entry.key)) continue;
    moved.add(blocker.entry.key);
    const note = moveEmbargoNote(name, releaseDay, blocker, context);
    if (note) out.push(note);
  }
  return out;
}

/**
 * For a release that embargoes hold: branch at the hard code freeze (or
 * today, if later; on a working day) and reopen master, unless a branch is
 * already planned by then or would not come before the slipped release.
 */
function branchAndReopen(
  release: Release,
  releaseDay: DayNumber,
  slipDay: DayNumber,
  keys: string,
  context: SuggestionContext,
): Suggestion | null {
  const { calendar, today } = context;
  const freeze = firstOfKind(release, 'hard-code-freeze');
  const freezeDay = freeze ? milestoneDay(freeze) : NaN;
  const branchDay = calendar.nextWorkingDay(
    Number.isFinite(freezeDay) ? Math.max(freezeDay, today) : today,
  );
  const existing = firstOfKind(release, 'branch');
  if (existing && milestoneDay(existing) <= branchDay) return null;
  if (branchDay >= slipDay) return null;
  const date = isoDateOf(branchDay);
  const earlier = slipDay - branchDay;
  return suggestion('BRANCH_AND_REOPEN', release.name, {
    subject: null,
    date,
    message:
      `Branch ${release.name} on ${dayLabel(branchDay)} and reopen master: only embargoes (${keys}) hold the release past ${dayLabel(releaseDay)}. ` +
      `Apply their fixes to both trees at disclosure; master reopens ${plural(earlier, 'day')} before the slipped release on ${dayLabel(slipDay)}.`,
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
  blocker: Blocker,
  context: SuggestionContext,
): Suggestion | null {
  const { calendar, settings, today } = context;
  const buffer = settings.releaseBufferWorkingDays;
  const { advisory, key, liftLabel, liftDay } = blocker.entry;
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
    const preDay = dayOfInstant(advisory.predisclosureAt);
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
