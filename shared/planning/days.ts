import { normaliseInstant, type IsoDate, type IsoInstant } from '../domain/dates';

/**
 * A calendar date as a whole number of days since 1970-01-01 (UTC). The
 * planning rules compare, count and step through days thousands of times per
 * analysis, so they work on these integers and convert at the edges.
 *
 * Why not date-fns here: with `in: tz('UTC')` every date-fns call builds
 * TZDate objects that ask Intl for the zone offset, measured at 50–130 µs per
 * conversion; a 10k-advisory plan converts tens of thousands of dates, which
 * alone would blow the 50 ms budget. And in a zone that skipped a day
 * (Pacific/Apia, 2011-12-30) parseISO, addDays and differenceInCalendarDays
 * are a day off even `in: tz('UTC')`. Date.parse of a date-only ISO string
 * and toISOString/toUTCString are UTC by definition (ECMA-262), so the
 * machine's zone plays no part, and no month arithmetic is written by hand.
 * calendar.test.ts checks dates, weekdays and labels against date-fns's
 * format and getDay in UTC under several machine zones.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** Every day from 1970 to 2999 fits; junk input cannot grow the memos without bound. */
const MEMO_LIMIT = 400_000;

// Plans mention a few thousand distinct dates, each many times over: both
// directions are memoised (bounded by the days between 1970 and 2999).
const numbers = new Map<IsoDate, DayNumber>();
const dates = new Map<DayNumber, IsoDate>();

/** The day number of a YYYY-MM-DD date, or NaN when it is not a real date. */
export function dayNumber(date: IsoDate): DayNumber {
  let day = numbers.get(date);
  if (day === undefined) {
    day = DATE_SHAPE.test(date) ? Date.parse(date) / MS_PER_DAY : NaN;
    // Date.parse rolls 2018-02-30 over to March; the round trip refuses it.
    if (!Number.isFinite(day) || isoDateOf(day) !== date) day = NaN;
    // A whole number of days either way, but `| 0` lets the engine hold it
    // as a small integer: a double would be boxed in every object that
    // stores a day (a lift, a finding's figures), ~2 allocations per advisory.
    else day |= 0;
    if (numbers.size < MEMO_LIMIT) numbers.set(date, day);
  }
  return day;
}

export function isoDateOf(day: DayNumber): IsoDate {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (dates.size < MEMO_LIMIT) dates.set(day, date);
  }
  return date;
}

/** 0 = Sunday … 6 = Saturday, as in settings. Day 0, 1970-01-01, was a Thursday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** An instant in the canonical `YYYY-MM-DDTHH:MM:SSZ` form, or null. */
export function canonicalInstant(instant: IsoInstant): IsoInstant | null {
  // Stored instants are already canonical; only odd input pays for parsing.
  if (instant.length === 20 && instant.endsWith('Z') && instant[10] === 'T') return instant;
  return normaliseInstant(instant);
}

export interface InstantFacts {
  /** `YYYY-MM-DDTHH:MM:SSZ` */
  readonly canonical: IsoInstant;
  /** The UTC day it falls on. */
  readonly day: DayNumber;
  /** "Wed 13 Jun 2018 12:00 UTC" */
  readonly label: string;
}

// Lifts cluster at the usual time of day, so many advisories share an
// instant; and a recompute meets the same strings again.
const instants = new Map<IsoInstant, InstantFacts | null>();

/** What planning needs of an instant, or null when it is not one. */
export function instantFacts(instant: IsoInstant): InstantFacts | null {
  let facts = instants.get(instant);
  if (facts === undefined) {
    const canonical = canonicalInstant(instant);
    const day = canonical === null ? NaN : dayNumber(canonical.slice(0, 10));
    facts =
      canonical !== null && Number.isFinite(day)
        ? { canonical, day, label: `${dayLabel(day)} ${canonical.slice(11, 16)} UTC` }
        : null;
    if (instants.size < MEMO_LIMIT / 4) instants.set(instant, facts);
  }
  return facts;
}

/** The UTC day an instant falls on, or NaN when it is not an instant. */
export function dayOfInstant(instant: IsoInstant): DayNumber {
  return instantFacts(instant)?.day ?? NaN;
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
    if (labels.size < MEMO_LIMIT) labels.set(day, label);
  }
  return label;
}

/** "Wed 13 Jun 2018 12:00 UTC". */
export function instantLabel(instant: IsoInstant): string {
  return instantFacts(instant)?.label ?? instant;
}

export const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
