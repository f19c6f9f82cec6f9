import { normaliseInstant, type IsoDate, type IsoInstant } from '../domain/dates';

/**
 * A calendar date as a whole number of days since 1970-01-01 (UTC). The
 * planning rules compare, count and step through days thousands of times per
 * analysis, so they work on these integers and convert at the edges.
 *
 * Why not date-fns here: with `in: tz('UTC')` every date-fns call builds
 * TZDate objects that ask Intl for the zone offset, measured at 50–130 µs per
 * conversion; a 10k-advisory plan converts tens of thousands of dates, which
 * alone would blow the 50 ms budget. Date.parse of a date-only ISO string and
 * toISOString/toUTCString are UTC by definition (ECMA-262), so the machine's
 * zone plays no part, and no month arithmetic is written by hand. The tests
 * check these against date-fns in UTC under several machine zones.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** The day number of a YYYY-MM-DD date, or NaN when it is not a real date. */
export function dayNumber(date: IsoDate): DayNumber {
  if (!DATE_SHAPE.test(date)) return NaN;
  const day = Date.parse(date) / MS_PER_DAY;
  // Date.parse rolls 2018-02-30 over to March; the round trip refuses it.
  return Number.isFinite(day) && isoDateOf(day) === date ? day : NaN;
}

export function isoDateOf(day: DayNumber): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, as in settings. */
export function weekdayOf(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

/** An instant in the canonical `YYYY-MM-DDTHH:MM:SSZ` form, or null. */
export function canonicalInstant(instant: IsoInstant): IsoInstant | null {
  // Stored instants are already canonical; only odd input pays for parsing.
  if (instant.length === 20 && instant.endsWith('Z') && instant[10] === 'T') return instant;
  return normaliseInstant(instant);
}

/** The UTC day an instant falls on, or NaN when it is not an instant. */
export function dayOfInstant(instant: IsoInstant): DayNumber {
  const canonical = canonicalInstant(instant);
  return canonical === null ? NaN : dayNumber(canonical.slice(0, 10));
}

/** `YYYY-MM-DDTHH:MM:00Z` for a day and an `HH:MM` time of day (UTC). */
export function instantAt(day: DayNumber, timeUtc: string): IsoInstant {
  return `${isoDateOf(day)}T${timeUtc}:00Z`;
}

const labels = new Map<DayNumber, string>();

/**
 * "Fri 1 Jun 2018". Built from toUTCString, whose layout and English names
 * ECMA-262 fixes, so the text is the same on every machine, zone and ICU.
 */
export function dayLabel(day: DayNumber): string {
  let label = labels.get(day);
  if (label === undefined) {
    // "Fri, 01 Jun 2018 00:00:00 GMT"
    const utc = new Date(day * MS_PER_DAY).toUTCString();
    label = `${utc.slice(0, 3)} ${Number(utc.slice(5, 7))} ${utc.slice(8, 11)} ${utc.slice(12, 16)}`;
    // Bounded by the days between 1970 and 2999 that a plan mentions.
    labels.set(day, label);
  }
  return label;
}

/** "Wed 13 Jun 2018 12:00 UTC". */
export function instantLabel(instant: IsoInstant): string {
  const canonical = canonicalInstant(instant) ?? instant;
  return `${dayLabel(dayNumber(canonical.slice(0, 10)))} ${canonical.slice(11, 16)} UTC`;
}

export const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
