import { TZDate } from '@date-fns/tz';
import { format, getDay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isReleaseDay,
  isWorkingDay,
  nextReleaseDay,
  nextWorkingDay,
  workingDaysBetween,
  WorkingCalendar,
} from './calendar';
import { dayLabel, dayNumber, dayOfInstant, instantLabel, isoDateOf, weekdayOf } from './days';
import { makeSettings } from '../testing/planData';

const MAX_DAY = dayNumber('2999-12-31');

/** Runs `body` with the machine's zone set to `zone` (Node honours TZ changes at run time). */
function inZone<T>(zone: string, body: () => T): T {
  const env = globalThis.process.env;
  const saved = env.TZ;
  env.TZ = zone;
  try {
    return body();
  } finally {
    if (saved === undefined) delete env.TZ;
    else env.TZ = saved;
  }
}

describe('day numbers', () => {
  it('agree with date-fns in UTC whatever the machine zone', () => {
    const days = fc.sample(fc.integer({ min: 0, max: MAX_DAY }), { numRuns: 150, seed: 7 });
    days.push(
      0,
      MAX_DAY,
      dayNumber('2011-12-30'),
      dayNumber('2018-03-25'),
      dayNumber('2018-10-28'),
    );
    for (const zone of [
      'UTC',
      'America/New_York',
      'Pacific/Apia',
      'Pacific/Kiritimati',
      'Asia/Kolkata',
    ]) {
      inZone(zone, () => {
        for (const day of days) {
          // Built from the instant, not with parseISO, addDays or
          // differenceInCalendarDays: in Pacific/Apia those, even with
          // `in: tz('UTC')`, are a day off around
          // 2011-12-30 (the day Samoa skipped), one of the traps integer days avoid.
          const reference = new TZDate(day * 86_400_000, 'UTC');
          const iso = format(reference, 'yyyy-MM-dd');
          expect(isoDateOf(day)).toBe(iso);
          expect(dayNumber(iso)).toBe(day);
          expect(weekdayOf(day)).toBe(getDay(reference));
          expect(dayLabel(day)).toBe(format(reference, 'EEE d MMM yyyy'));
        }
      });
    }
  });

  it('refuses dates that do not exist', () => {
    expect(dayNumber('2018-02-30')).toBeNaN();
    expect(dayNumber('2018-6-1')).toBeNaN();
    expect(dayNumber('2018-06-01T12:00:00Z')).toBeNaN();
    expect(dayNumber('2020-02-29')).toBe(dayNumber('2020-02-28') + 1);
  });

  it('reads the UTC day of an instant, whatever offset it was written with', () => {
    expect(isoDateOf(dayOfInstant('2018-05-21T12:00:00Z'))).toBe('2018-05-21');
    expect(isoDateOf(dayOfInstant('2018-05-21T23:30:00-02:00'))).toBe('2018-05-22');
    expect(dayOfInstant('next Tuesday')).toBeNaN();
    expect(instantLabel('2018-06-13T12:00:00Z')).toBe('Wed 13 Jun 2018 12:00 UTC');
  });
});

describe('working days', () => {
  const settings = makeSettings();
  // Fri 25 May 2018 … Tue 29 May 2018
  it('counts the days after the first, up to and including the second', () => {
    expect(workingDaysBetween('2018-05-25', '2018-05-29', settings)).toBe(2);
    expect(workingDaysBetween('2018-05-28', '2018-05-29', settings)).toBe(1);
    expect(workingDaysBetween('2018-05-29', '2018-05-29', settings)).toBe(0);
    expect(workingDaysBetween('2018-05-26', '2018-05-28', settings)).toBe(1);
    expect(workingDaysBetween('2018-05-29', '2018-05-25', settings)).toBe(-2);
    expect(workingDaysBetween('2018-05-07', '2018-05-21', settings)).toBe(10);
  });

  it('does not count a holiday on a working day, and a weekend holiday costs nothing', () => {
    const holidays = makeSettings({ holidays: ['2018-05-28', '2018-05-26'] });
    expect(workingDaysBetween('2018-05-25', '2018-05-29', holidays)).toBe(1);
    expect(isWorkingDay('2018-05-28', holidays)).toBe(false);
    expect(addWorkingDays('2018-05-25', 2, holidays)).toBe('2018-05-30');
    expect(addWorkingDays('2018-05-30', -2, holidays)).toBe('2018-05-25');
  });

  it('steps by working days', () => {
    expect(addWorkingDays('2018-05-25', 2, settings)).toBe('2018-05-29');
    expect(addWorkingDays('2018-05-29', -2, settings)).toBe('2018-05-25');
    expect(addWorkingDays('2018-05-26', 0, settings)).toBe('2018-05-26');
    expect(nextWorkingDay('2018-05-26', settings)).toBe('2018-05-28');
    expect(nextWorkingDay('2018-05-28', settings)).toBe('2018-05-28');
  });

  it('honours other working weeks (Sunday to Thursday)', () => {
    const week = makeSettings({ workingDays: [0, 1, 2, 3, 4], releaseWeekdays: [0] });
    expect(isWorkingDay('2018-06-01', week)).toBe(false);
    expect(workingDaysBetween('2018-05-31', '2018-06-04', week)).toBe(2);
    expect(nextReleaseDay('2018-05-28', week)).toBe('2018-06-03');
  });

  it('finds the next preferred release day, skipping holidays', () => {
    expect(nextReleaseDay('2018-06-01', settings)).toBe('2018-06-05');
    expect(nextReleaseDay('2018-06-06', settings)).toBe('2018-06-06');
    const holiday = makeSettings({ holidays: ['2018-06-05'] });
    expect(nextReleaseDay('2018-06-01', holiday)).toBe('2018-06-06');
    expect(isReleaseDay('2018-06-05', holiday)).toBe(false);
  });

  it('falls back to any working day when no preferred weekday is a working day', () => {
    const saturday = makeSettings({ releaseWeekdays: [6] });
    expect(nextReleaseDay('2018-06-02', saturday)).toBe('2018-06-04');
    const none = makeSettings({ releaseWeekdays: [] });
    expect(nextReleaseDay('2018-06-01', none)).toBe('2018-06-01');
  });

  it('refuses a string that is not a date', () => {
    expect(() => isWorkingDay('2018-02-30', settings)).toThrow(RangeError);
  });
});

const calendarSettings = fc.record({
  workingDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
  releaseWeekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
  holidays: fc.uniqueArray(fc.integer({ min: 17600, max: 17800 }).map(isoDateOf), {
    maxLength: 40,
  }),
});
const day = fc.integer({ min: 17550, max: 17850 });

describe('working-day properties', () => {
  it('counts as a day-by-day walk would', () => {
    fc.assert(
      fc.property(calendarSettings, day, day, (settings, from, to) => {
        const calendar = new WorkingCalendar(settings);
        let walked = 0;
        for (let d = Math.min(from, to) + 1; d <= Math.max(from, to); d++) {
          if (calendar.isWorkingDay(d)) walked++;
        }
        expect(calendar.workingDaysBetween(from, to)).toBe(from <= to ? walked : -walked);
      }),
    );
  });

  it('adding n working days lands on a working day n working days away', () => {
    fc.assert(
      fc.property(calendarSettings, day, fc.integer({ min: -30, max: 30 }), (settings, from, n) => {
        fc.pre(n !== 0);
        const calendar = new WorkingCalendar(settings);
        const to = calendar.addWorkingDays(from, n);
        expect(calendar.isWorkingDay(to)).toBe(true);
        // Forwards: n working days in (from, to]; backwards: in [to, from).
        if (n > 0) expect(calendar.workingDaysBetween(from, to)).toBe(n);
        else expect(calendar.workingDaysBetween(to - 1, from - 1)).toBe(-n);
      }),
    );
  });

  it('the buffer edges are exact: in buffer iff fewer than `buffer` working days remain', () => {
    fc.assert(
      fc.property(
        calendarSettings,
        day,
        fc.integer({ min: 0, max: 8 }),
        (settings, release, buffer) => {
          const calendar = new WorkingCalendar(settings);
          const start = calendar.bufferStart(release, buffer);
          for (let lift = release - 40; lift <= release; lift++) {
            const inBuffer = calendar.workingDaysBetween(lift, release) < buffer;
            expect(lift >= start).toBe(inBuffer);
          }
          const latest = calendar.latestClearingDay(release, buffer);
          expect(calendar.isWorkingDay(latest)).toBe(true);
          expect(latest).toBeLessThanOrEqual(release);
          expect(calendar.workingDaysBetween(latest, release)).toBeGreaterThanOrEqual(buffer);
          for (let later = latest + 1; later <= release; later++) {
            if (calendar.isWorkingDay(later)) {
              expect(calendar.workingDaysBetween(later, release)).toBeLessThan(buffer);
            }
          }
        },
      ),
    );
  });
});
