import { dayLabel, instantAt, instantLabel, type DayNumber } from '../days';
import { plural } from '../format';
import type { SecurityHolder } from '../rules/releaseAnalysis';
import type { Suggestion } from '../types';
import { type SuggestionContext, suggestion } from './suggestion';

/**
 * The latest lift that clears the release: on a working day, at the default
 * time, with `buffer` working days before the release. Offered only when it
 * is still ahead, and when any pre-disclosure it needs can still happen.
 */
export function moveEmbargoNote(
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
