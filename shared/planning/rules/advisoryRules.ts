import type { SettingsValues } from '../../domain/settings';
import type { IndexedAdvisory } from '../advisoryIndex';
import type { WorkingCalendar } from '../calendar';
import { instantLabel, weekdayOf, type DayNumber } from '../days';
import { plural } from '../format';
import type { Finding } from '../types';
import { makeFinding } from './finding';

const NONE: readonly Finding[] = [];

/**
 * Findings about an advisory on its own (release: null). Embargoes still to
 * lift (today or later) raise them: a past lift cannot be moved any more,
 * and an imported history of hundreds of advisories would otherwise bury the
 * warnings that can still be acted on. A past lift raises one thing only:
 * that nobody marked the advisory public, so every export still hides it
 * (an embargo becomes public when someone says so, never by the clock).
 */
export function advisoryFindings(
  entry: IndexedAdvisory,
  today: DayNumber,
  calendar: WorkingCalendar,
  settings: Pick<SettingsValues, 'minPredisclosureWorkingDays'>,
): readonly Finding[] {
  const { advisory, liftDay, lift, liftLabel, key } = entry;
  if (advisory.status !== 'embargoed') return NONE;
  // The engine knows the day, not the hour: from the day after the lift.
  if (liftDay < today) return [liftPassedNotPublic(entry, today)];
  // At most two, made into an array of the right size once both are known.
  let short: Finding | null = null;
  if (advisory.predisclosureAt !== null) {
    const preDay = entry.predisclosureDay;
    const minimum = settings.minPredisclosureWorkingDays;
    const workingDays = Number.isFinite(preDay)
      ? calendar.workingDaysBetween(preDay, liftDay)
      : NaN;
    if (workingDays < minimum) {
      short = makeFinding('PREDISCLOSURE_TOO_SHORT', {
        subject: key,
        date: lift,
        message: `${key} is pre-disclosed ${instantLabel(advisory.predisclosureAt)} and lifts ${liftLabel}: ${plural(workingDays, 'working day')} of pre-disclosure, fewer than ${minimum}`,
        numbers: { workingDays, minWorkingDays: minimum },
      });
    }
  }

  if (calendar.isWorkingDay(liftDay)) return short === null ? NONE : [short];
  const holiday = calendar.isHoliday(liftDay);
  const nonWorking = makeFinding('EMBARGO_ON_NON_WORKING_DAY', {
    subject: key,
    date: lift,
    message: `${key} lifts ${liftLabel}, ${holiday ? 'a holiday' : 'not a working day'}`,
    numbers: { weekday: weekdayOf(liftDay), holiday: holiday ? 1 : 0 },
  });
  return short === null ? [nonWorking] : [short, nonWorking];
}

function liftPassedNotPublic(entry: IndexedAdvisory, today: DayNumber): Finding {
  const days = today - entry.liftDay;
  return makeFinding('LIFT_PASSED_NOT_PUBLIC', {
    subject: entry.key,
    date: entry.lift,
    message: `${entry.key} was to lift ${entry.liftLabel}, ${plural(days, 'day')} ago, but nobody has marked it public: every export still treats it as embargoed. Mark it public, or move its embargo if it was postponed`,
    numbers: { daysSinceLift: days },
  });
}
