import { TZDate } from '@date-fns/tz';
import { addDays, formatISO } from 'date-fns';

// Calendar dates and instants travel as strings so that they survive JSON,
// SQLite and the IPC bridge unchanged. These functions are the one place that
// decides what a valid one is; dateSchemas.ts puts them at the boundaries.

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `text` is written YYYY-MM-DD, whether or not that day exists. */
export function hasDateShape(text: string): boolean {
  return DATE_SHAPE.test(text);
}

// A plan names a few thousand distinct days, each many times over: checking
// a 10,000-advisory plan asks about tens of thousands. Remembered, bounded
// as in shared/planning/days.ts, and only for text of the right shape.
const calendarDates = new Map<string, boolean>();
const MEMO_LIMIT = 400_000;

/** True when `text` is YYYY-MM-DD and names a day that exists (no 2018-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!DATE_SHAPE.test(text)) return false;
  let known = calendarDates.get(text);
  if (known === undefined) {
    // A date-only ISO string is read as midnight UTC (ECMA-262), whatever the
    // machine's zone; 2018-02-30 rolls over to March, and writing it back
    // catches that. (date-fns's parseISO reads it in the machine's zone, and
    // took ~2 µs a date.)
    const millis = Date.parse(text);
    known = !Number.isNaN(millis) && new Date(millis).toISOString().slice(0, 10) === text;
    if (calendarDates.size < MEMO_LIMIT) calendarDates.set(text, known);
  }
  return known;
}

export type IsoDate = string;

const INSTANT_SHAPE =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True when `text` is written as an ISO 8601 instant with its zone, whether or not that time exists. */
export function hasInstantShape(text: string): boolean {
  return INSTANT_SHAPE.test(text);
}

/**
 * Normalises an instant to `YYYY-MM-DDTHH:MM:SSZ` in UTC, or returns null when
 * the text is not an ISO 8601 instant with an explicit zone or is not a real time.
 */
export function normaliseInstant(text: string): string | null {
  const match = INSTANT_SHAPE.exec(text);
  if (!match) return null;
  const [, day, hours, minutes, seconds = '00', zone] = match;
  if (!isCalendarDate(day) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59)
    return null;
  // Already YYYY-MM-DDTHH:MM:SSZ, as every stored instant is: nothing to normalise.
  if (zone === 'Z' && text.length === 20) return text;
  const millis = Date.parse(text);
  if (Number.isNaN(millis)) return null;
  return new Date(millis).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export type IsoInstant = string;

/** Whether a normalised instant is in the years the planner stores (1970–2999), wherever it was read. */
export function isInstantInRange(normalised: IsoInstant): boolean {
  return normalised >= '1970-01-01' && normalised < '3000';
}

/** `date` moved by whole calendar days, in UTC whatever the machine's zone. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return formatISO(addDays(new TZDate(`${date}T00:00:00Z`, 'UTC'), days), {
    representation: 'date',
  });
}

/** Today's UTC calendar date. */
export function utcToday(now: Date): IsoDate {
  return now.toISOString().slice(0, 10);
}
