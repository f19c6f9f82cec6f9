import { addCalendarDays, isoDate, type IsoDate } from '../domain/dates';
import type { IcsContent } from './icsRead';

/** Longer all-day events are not holidays (a term, a whole-year note) and are skipped. */
const MAX_HOLIDAY_SPAN_DAYS = 31;

export interface HolidayMerge {
  /** The working-day calendar's holidays after the import, sorted. */
  holidays: IsoDate[];
  added: IsoDate[];
  /** Dates in the file that were holidays already. */
  unchanged: number;
  skipped: { where: string; reason: string }[];
}

/** Every day covered by the file's all-day events, merged into `existing`. */
export function mergeHolidays(existing: readonly IsoDate[], read: IcsContent): HolidayMerge {
  const skipped = [...read.skipped];
  const days = new Set<IsoDate>();
  for (const event of read.events) {
    const where = `${event.where} on ${event.start}`;
    if (!event.allDay) {
      skipped.push({ where, reason: 'not an all-day event' });
      continue;
    }
    const span: IsoDate[] = [];
    for (let day = event.start; day <= event.end; day = addCalendarDays(day, 1)) {
      if (span.length >= MAX_HOLIDAY_SPAN_DAYS) break;
      span.push(day);
    }
    if (span[span.length - 1] !== event.end) {
      skipped.push({ where, reason: `lasts more than ${MAX_HOLIDAY_SPAN_DAYS} days` });
      continue;
    }
    const outside = span.find((day) => !isoDate.safeParse(day).success);
    if (outside !== undefined) {
      skipped.push({ where, reason: `${outside} is outside 1970–2999` });
      continue;
    }
    for (const day of span) days.add(day);
  }
  const known = new Set(existing);
  const added = [...days].filter((day) => !known.has(day)).sort();
  return {
    holidays: [...new Set([...existing, ...added])].sort(),
    added,
    unchanged: days.size - added.length,
    skipped,
  };
}
