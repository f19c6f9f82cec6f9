import ICAL from 'ical.js';

// Expanding a recurring event (RRULE, RDATE, EXDATE) with ical.js, within a
// budget of work. ical.js's iterator looks for the next occurrence in an
// unbounded loop: FREQ=SECONDLY with a BYMONTH filter steps through every
// second of the year, and a rule no date can meet (FREQ=DAILY;BYMONTH=2;
// BYMONTHDAY=30) steps for ever. A cap on the occurrences found does not
// stop that; a cap on the steps taken does. And where ical.js rolls an
// impossible date over (30 February becomes 2 March), each occurrence is
// checked against the rule's own BY-parts, so such a rule gives no dates.

/** The work one event's rules may take, in iterator steps (~3 µs each). */
export const MAX_STEPS_PER_EVENT = 50_000;
/** The work a whole file may take. */
export const MAX_STEPS_PER_FILE = 500_000;

/** Thrown when a rule needs more steps than its budget: the file is refused, not read in part. */
export class StepBudgetExceeded extends Error {
  constructor(readonly limit: 'event' | 'file') {
    super(`more than ${limit === 'event' ? MAX_STEPS_PER_EVENT : MAX_STEPS_PER_FILE} steps`);
    this.name = 'StepBudgetExceeded';
  }
}

export class StepBudget {
  private file = 0;
  private event = 0;

  startEvent(): void {
    this.event = 0;
  }

  spend(steps: number): void {
    this.file += steps;
    this.event += steps;
    if (this.event > MAX_STEPS_PER_EVENT) throw new StepBudgetExceeded('event');
    if (this.file > MAX_STEPS_PER_FILE) throw new StepBudgetExceeded('file');
  }

  get spent(): number {
    return this.file;
  }
}

// ical.js builds and initialises an iterator inside its constructor, before
// a subclass could keep anything of its own: the budget of the expansion in
// progress is found here. Expansion is synchronous, so there is one at a time.
let current: StepBudget | null = null;
const spend = (steps: number) => current?.spend(steps);

/** ical.js's iterator, charging every step of its search to the current budget. */
class BudgetedIterator extends ICAL.RecurIterator {
  override next(again?: boolean): ICAL.Time {
    spend(1);
    return super.next(again);
  }

  override check_contracting_rules(): boolean {
    spend(1);
    return super.check_contracting_rules();
  }

  // Loops `inc` times: a rule with INTERVAL=100000000 pays for each.
  override increment_monthday(inc: number): void {
    spend(Math.max(1, Math.abs(inc)));
    super.increment_monthday(inc);
  }

  // A year's days at a time; a yearly rule no year can meet tries years up to 20000.
  override expand_year_days(year: number): number {
    spend(40);
    return super.expand_year_days(year);
  }
}

const WEEKDAY = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/;

const matchesDay = (value: number, list: readonly number[] | undefined, last: number) =>
  list === undefined || list.some((n) => (n > 0 ? n === value : last + n + 1 === value));

/** Whether an occurrence ical.js produced really meets the rule's BY-parts. */
export function meetsRule(time: ICAL.Time, rule: ICAL.Recur): boolean {
  const parts = rule.parts;
  const daysInMonth = ICAL.Time.daysInMonth(time.month, time.year);
  const daysInYear = ICAL.Time.isLeapYear(time.year) ? 366 : 365;
  if (parts.BYMONTH && !parts.BYMONTH.includes(time.month)) return false;
  if (!matchesDay(time.day, parts.BYMONTHDAY, daysInMonth)) return false;
  if (!matchesDay(time.dayOfYear(), parts.BYYEARDAY, daysInYear)) return false;
  if (parts.BYDAY) {
    const met = parts.BYDAY.some((entry) => {
      const match = WEEKDAY.exec(String(entry).toUpperCase());
      if (!match) return true; // ical.js refused it already, or reads it its own way
      if (ICAL.Recur.icalDayToNumericDay(match[2]) !== time.dayOfWeek()) return false;
      const position = Number(match[1] ?? 0);
      if (position === 0) return true;
      // "1MO", "-1FR": the nth of the month (MONTHLY, or YEARLY within BYMONTH), else of the year.
      const inMonth = rule.freq === 'MONTHLY' || (rule.freq === 'YEARLY' && parts.BYMONTH);
      if (!inMonth && (rule.freq !== 'YEARLY' || parts.BYWEEKNO)) return true;
      const [day, length] = inMonth ? [time.day, daysInMonth] : [time.dayOfYear(), daysInYear];
      return position > 0
        ? Math.ceil(day / 7) === position
        : Math.ceil((length - day + 1) / 7) === -position;
    });
    if (!met) return false;
  }
  if (!time.isDate) {
    if (parts.BYHOUR && !parts.BYHOUR.includes(time.hour)) return false;
    if (parts.BYMINUTE && !parts.BYMINUTE.includes(time.minute)) return false;
    if (parts.BYSECOND && !parts.BYSECOND.includes(time.second)) return false;
  }
  return true;
}

/** The most days each month can have (February: in a leap year). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A rule whose BYMONTHDAY fits none of its BYMONTH months (30 February, 31
 * April) yields nothing; seen from the rule alone, before any iterating.
 */
export function neverMet(rule: ICAL.Recur): boolean {
  const { BYMONTH: months, BYMONTHDAY: days } = rule.parts;
  if (!days || days.length === 0) return false;
  return (months && months.length > 0 ? months : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).every(
    (month) => {
      const most = MONTH_DAYS[month - 1] ?? 31;
      return days.every((day) => Math.abs(day) > most || day === 0);
    },
  );
}

/** The start of an RDATE or EXDATE value (a date, a date-time or a period). */
function startOf(value: unknown): ICAL.Time | null {
  if (value instanceof ICAL.Time) return value;
  if (value instanceof ICAL.Period) return value.start;
  return null;
}

/** An EXDATE given as a date removes every occurrence on that day. */
function excluded(time: ICAL.Time, exdates: readonly ICAL.Time[]): boolean {
  return exdates.some((ex) =>
    ex.isDate || time.isDate
      ? ex.year === time.year && ex.month === time.month && ex.day === time.day
      : ex.compare(time) === 0,
  );
}

export interface ExpandOptions {
  /** Occurrences after this are not wanted (the rule may go on for ever). */
  until: ICAL.Time;
  /** At most this many occurrences; the first ones. */
  max: number;
  budget: StepBudget;
}

/**
 * The start times of a recurring event's occurrences up to `until`, sorted:
 * those of its RRULEs that meet the rules, its RDATEs, less its EXDATEs.
 * Throws StepBudgetExceeded when the rules cost too much to expand, and
 * ical.js's own error when a rule is malformed.
 */
export function expandOccurrences(
  vevent: ICAL.Component,
  start: ICAL.Time,
  { until, max, budget }: ExpandOptions,
): ICAL.Time[] {
  const times: ICAL.Time[] = [];
  const rules = vevent
    .getAllProperties('rrule')
    .map((property) => property.getFirstValue())
    .filter((value): value is ICAL.Recur => value instanceof ICAL.Recur);
  current = budget;
  budget.startEvent();
  try {
    for (const rule of rules) {
      if (neverMet(rule)) continue;
      const iterator = new BudgetedIterator({ rule, dtstart: start });
      let found = 0;
      for (let next = iterator.next(); next; next = iterator.next()) {
        if (next.compare(until) > 0 || found >= max) break;
        if (!meetsRule(next, rule)) continue;
        times.push(next.clone());
        found += 1;
      }
    }
  } finally {
    current = null;
  }
  // Without a rule, DTSTART is the first occurrence and RDATEs add to it.
  if (rules.length === 0) times.push(start.clone());
  for (const property of vevent.getAllProperties('rdate'))
    for (const value of property.getValues()) {
      const time = startOf(value);
      if (time && time.compare(until) <= 0) times.push(time.clone());
    }
  const exdates = vevent
    .getAllProperties('exdate')
    .flatMap((property) => property.getValues().map(startOf))
    .filter((time): time is ICAL.Time => time !== null);
  times.sort((a, b) => a.compare(b));
  return times
    .filter((time, index) => index === 0 || time.compare(times[index - 1]) !== 0)
    .filter((time) => !excluded(time, exdates))
    .slice(0, max);
}
