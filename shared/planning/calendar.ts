import type { IsoDate } from '../domain/dates';
import type { SettingsValues } from '../domain/settings';
import { dayNumber, isoDateOf, weekdayOf, type DayNumber } from './days';
import { identity, upperBound } from './sorted';

export type CalendarSettings = Pick<SettingsValues, 'workingDays' | 'releaseWeekdays' | 'holidays'>;

/**
 * Working days, holidays and preferred release weekdays from settings.
 *
 * Counting convention used everywhere in planning: the working days *between*
 * two days are those after the first, up to and including the second. So a
 * lift on Friday is 2 working days before a Tuesday release (Monday,
 * Tuesday), a lift on release day is 0, and a pre-disclosure on Monday 7 May
 * gives 10 working days to a lift on Monday 21 May.
 */
export class WorkingCalendar {
  private readonly working: readonly boolean[];
  private readonly preferred: readonly boolean[];
  private readonly holidays: ReadonlySet<DayNumber>;
  /** Holidays that fall on working weekdays, sorted: the only ones that cost a working day. */
  private readonly lostDays: readonly DayNumber[];
  private readonly perWeek: number;

  constructor(settings: CalendarSettings) {
    const working = [0, 1, 2, 3, 4, 5, 6].map((wd) => settings.workingDays.includes(wd));
    // A working day always exists, so stepping to the next one terminates.
    this.working = working.some(Boolean) ? working : working.map(() => true);
    const preferred = this.working.map((ok, wd) => ok && settings.releaseWeekdays.includes(wd));
    // With no usable preference, any working day will do for a release.
    this.preferred = preferred.some(Boolean) ? preferred : this.working;
    const holidays = settings.holidays.map(dayNumber).filter(Number.isFinite);
    this.holidays = new Set(holidays);
    this.lostDays = [...this.holidays]
      .filter((d) => this.working[weekdayOf(d)])
      .sort((a, b) => a - b);
    this.perWeek = this.working.filter(Boolean).length;
  }

  isHoliday(day: DayNumber): boolean {
    return this.holidays.has(day);
  }

  isWorkingDay(day: DayNumber): boolean {
    return this.working[weekdayOf(day)] && !this.holidays.has(day);
  }

  /** A working day on one of the preferred release weekdays. */
  isReleaseDay(day: DayNumber): boolean {
    return this.preferred[weekdayOf(day)] && !this.holidays.has(day);
  }

  /** Working days in (from, to]; negative when `to` is before `from`. */
  workingDaysBetween(from: DayNumber, to: DayNumber): number {
    if (to < from) return -this.workingDaysBetween(to, from);
    const span = to - from;
    const weeks = Math.floor(span / 7);
    let count = weeks * this.perWeek;
    for (let day = from + weeks * 7 + 1; day <= to; day++) {
      if (this.working[weekdayOf(day)]) count++;
    }
    const lost =
      upperBound(this.lostDays, to, identity) - upperBound(this.lostDays, from, identity);
    return count - lost;
  }

  /** The n-th working day after `day` (before it when n < 0); `day` itself when n = 0. */
  addWorkingDays(day: DayNumber, n: number): DayNumber {
    if (!Number.isFinite(day)) return NaN;
    const step = n < 0 ? -1 : 1;
    let current = day;
    for (let left = Math.abs(n); left > 0;) {
      current += step;
      if (this.isWorkingDay(current)) left--;
    }
    return current;
  }

  /** `day` if it is a working day, else the next one. */
  nextWorkingDay(day: DayNumber): DayNumber {
    if (!Number.isFinite(day)) return NaN;
    let current = day;
    while (!this.isWorkingDay(current)) current++;
    return current;
  }

  /** `day` if it is a preferred release day, else the next one. */
  nextReleaseDay(day: DayNumber): DayNumber {
    if (!Number.isFinite(day)) return NaN;
    let current = day;
    while (!this.isReleaseDay(current)) current++;
    return current;
  }

  /**
   * The first day a lift may fall on and still be inside the buffer of a
   * release on `release`: a lift on or after it has fewer than `buffer`
   * working days before the release. With no buffer nothing is inside.
   */
  bufferStart(release: DayNumber, buffer: number): DayNumber {
    return buffer <= 0 ? release + 1 : this.addWorkingDays(release + 1, -buffer);
  }

  /** The latest working day a lift can fall on and leave `buffer` working days before `release`. */
  latestClearingDay(release: DayNumber, buffer: number): DayNumber {
    return this.addWorkingDays(release + 1, -(buffer + 1));
  }
}

const calendars = new WeakMap<CalendarSettings, WorkingCalendar>();

/** The calendar of a settings object, built once per object. */
export function calendarFor(settings: CalendarSettings): WorkingCalendar {
  let calendar = calendars.get(settings);
  if (!calendar) {
    calendar = new WorkingCalendar(settings);
    calendars.set(settings, calendar);
  }
  return calendar;
}

// The same operations on YYYY-MM-DD strings, for handlers, the UI and the CLI.

function day(date: IsoDate): DayNumber {
  const value = dayNumber(date);
  if (!Number.isFinite(value)) throw new RangeError(`not a calendar date: ${date}`);
  return value;
}

export function isWorkingDay(date: IsoDate, settings: CalendarSettings): boolean {
  return calendarFor(settings).isWorkingDay(day(date));
}

export function isReleaseDay(date: IsoDate, settings: CalendarSettings): boolean {
  return calendarFor(settings).isReleaseDay(day(date));
}

export function addWorkingDays(date: IsoDate, n: number, settings: CalendarSettings): IsoDate {
  return isoDateOf(calendarFor(settings).addWorkingDays(day(date), n));
}

/** Working days in (from, to]; see {@link WorkingCalendar}. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, settings: CalendarSettings): number {
  return calendarFor(settings).workingDaysBetween(day(from), day(to));
}

export function nextWorkingDay(date: IsoDate, settings: CalendarSettings): IsoDate {
  return isoDateOf(calendarFor(settings).nextWorkingDay(day(date)));
}

export function nextReleaseDay(date: IsoDate, settings: CalendarSettings): IsoDate {
  return isoDateOf(calendarFor(settings).nextReleaseDay(day(date)));
}
