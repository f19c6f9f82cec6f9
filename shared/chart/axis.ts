import { dayLabel, isoDateOf, type DayNumber } from '../planning/days';

// Date labels for charts, from the planner's own day labels (UTC, the same
// text on every machine), and the month ticks of a date axis.

/** "Jun 2018" */
export function monthLabel(day: DayNumber): string {
  return dayLabel(day).split(' ').slice(2).join(' ');
}

/** "5 Jun" */
export function shortLabel(day: DayNumber): string {
  return dayLabel(day).split(' ').slice(1, 3).join(' ');
}

/** "Tue 5 Jun 2018" */
export { dayLabel };

/** The first day of each month in [from, to], at most `max` of them (every 2nd, 3rd… month when more). */
export function monthStarts(from: DayNumber, to: DayNumber, max = 14): DayNumber[] {
  const starts: DayNumber[] = [];
  for (let day = from; day <= to; day++) if (isoDateOf(day).endsWith('-01')) starts.push(day);
  const step = Math.max(1, Math.ceil(starts.length / max));
  return starts.filter((_, i) => i % step === 0);
}
