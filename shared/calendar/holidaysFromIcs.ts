import { isoDate } from '../domain/dateSchemas';
import { addCalendarDays, type IsoDate } from '../domain/dates';
import type { IcsContent } from './icsRead';

/** Longer all-day events are not holidays (a term, a whole-year note) and are skipped. */
const MAX_HOLIDAY_SPAN_DAYS = 31;

/** The longest holiday name the settings keep. */
const MAX_NAME = 80;

export interface HolidayDay {
  date: IsoDate;
  /** The event's summary, as the name the holiday gets; null when it has none. */
  name: string | null;
  /** New holiday; a holiday that had no name and gets this one; or already known. */
  change: 'add' | 'name' | 'none';
}

export interface HolidayMerge {
  /** The working-day calendar's holidays after the import, sorted. */
  holidays: IsoDate[];
  /** Their names afterwards: names already given are kept, the file's fill the gaps. */
  names: Record<IsoDate, string>;
  added: IsoDate[];
  /** Dates in the file that were holidays already. */
  unchanged: number;
  /** Every day the file covers, in date order, with what the import does to it. */
  days: HolidayDay[];
  skipped: { where: string; reason: string }[];
}

/** An event's summary as a holiday name: one line, no control characters, not too long. */
export function holidayNameOf(summary: string): string | null {
  const clean = summary
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\p{Cs}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean === '') return null;
  return clean.length > MAX_NAME ? `${clean.slice(0, MAX_NAME - 1).trimEnd()}…` : clean;
}

/** Every day covered by the file's all-day events, merged into `existing`. */
export function mergeHolidays(
  existing: readonly IsoDate[],
  read: IcsContent,
  existingNames: Readonly<Record<IsoDate, string>> = {},
): HolidayMerge {
  const skipped = [...read.skipped];
  const days = new Map<IsoDate, string | null>();
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
    const name = holidayNameOf(event.summary);
    // Two events on one day (a holiday in two regions): the first name wins.
    for (const day of span) if (!days.get(day)) days.set(day, name);
  }
  const known = new Set(existing);
  const names: Record<IsoDate, string> = {};
  for (const day of existing) if (existingNames[day]) names[day] = existingNames[day];
  const listed: HolidayDay[] = [...days.keys()].sort().map((date) => {
    const name = days.get(date) ?? null;
    const change = !known.has(date) ? 'add' : name && !names[date] ? 'name' : 'none';
    if (name && !names[date]) names[date] = name;
    return { date, name, change };
  });
  const added = listed.filter((d) => d.change === 'add').map((d) => d.date);
  return {
    holidays: [...new Set([...existing, ...added])].sort(),
    names,
    added,
    unchanged: days.size - added.length,
    days: listed,
    skipped,
  };
}
