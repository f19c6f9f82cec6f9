import { TZDate } from '@date-fns/tz';
import { addDays, formatISO, isValid, parseISO } from 'date-fns';
import { z } from 'zod';

// Calendar dates and instants travel as strings so that they survive JSON,
// SQLite and the IPC bridge unchanged. These schemas are the one place that
// decides what a valid one is.

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `text` is YYYY-MM-DD and names a day that exists (no 2018-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!DATE_SHAPE.test(text)) return false;
  const parsed = parseISO(text);
  // parseISO rolls 2018-02-30 over to March; formatting it back catches that.
  return isValid(parsed) && formatISO(parsed, { representation: 'date' }) === text;
}

export const isoDate = z
  .string()
  .refine((text) => DATE_SHAPE.test(text), { message: 'must be a date written YYYY-MM-DD' })
  .refine(isCalendarDate, { message: 'is not a real calendar date', abort: true })
  .refine((text) => text >= '1970-01-01' && text <= '2999-12-31', {
    message: 'must be between 1970 and 2999',
  });

export type IsoDate = string;

const INSTANT_SHAPE =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Normalises an instant to `YYYY-MM-DDTHH:MM:SSZ` in UTC, or returns null when
 * the text is not an ISO 8601 instant with an explicit zone or is not a real time.
 */
export function normaliseInstant(text: string): string | null {
  const match = INSTANT_SHAPE.exec(text);
  if (!match) return null;
  const [, day, hours, minutes, seconds = '00'] = match;
  if (!isCalendarDate(day) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59)
    return null;
  const millis = Date.parse(text);
  if (Number.isNaN(millis)) return null;
  return new Date(millis).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const isoInstant = z.string().transform((text, ctx) => {
  const normalised = normaliseInstant(text);
  if (normalised === null && INSTANT_SHAPE.test(text)) {
    ctx.addIssue({ code: 'custom', message: `${text.slice(0, 40)} is not a real date and time` });
    return z.NEVER;
  }
  if (normalised === null) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be an instant like 2018-05-21T12:00:00Z (with its time zone)',
    });
    return z.NEVER;
  }
  if (normalised < '1970-01-01' || normalised > '3000') {
    ctx.addIssue({ code: 'custom', message: 'must be between 1970 and 2999' });
    return z.NEVER;
  }
  return normalised;
});

export type IsoInstant = string;

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
