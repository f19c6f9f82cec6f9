import type { SettingsValues } from '../../../shared/domain/settings';
import { holidayName } from '../../../shared/domain/settingsText';
import { dayNumber, weekdayOf } from '../../../shared/planning/days';
import { DAY_MS } from './scale';

export interface Band {
  start: number;
  end: number;
}

/**
 * Weekends and holidays in [from, to] as merged bands of whole UTC days,
 * shaded when the axis is zoomed in far enough to see single days.
 */
export function nonWorkingBands(
  from: number,
  to: number,
  settings: Pick<SettingsValues, 'workingDays' | 'holidays'>,
): Band[] {
  const working = new Set(settings.workingDays);
  const holidays = new Set(settings.holidays.map(dayNumber));
  const bands: Band[] = [];
  const first = Math.floor(from / DAY_MS);
  const last = Math.floor(to / DAY_MS);
  for (let day = first; day <= last; day++) {
    if (working.has(weekdayOf(day)) && !holidays.has(day)) continue;
    const previous = bands[bands.length - 1];
    if (previous && previous.end === day * DAY_MS) previous.end += DAY_MS;
    else bands.push({ start: day * DAY_MS, end: (day + 1) * DAY_MS });
  }
  return bands;
}

export interface HolidayBand extends Band {
  date: string;
  /** "Holiday" when it has no name. */
  name: string;
}

/** The holidays in [from, to], one whole UTC day each, with their names. */
export function holidaysIn(
  from: number,
  to: number,
  settings: Pick<SettingsValues, 'holidays' | 'holidayNames'>,
): HolidayBand[] {
  const first = new Date(Math.floor(from / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  const last = new Date(Math.floor(to / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  return [...new Set(settings.holidays)]
    .filter((date) => date >= first && date <= last)
    .sort()
    .map((date) => {
      const start = dayNumber(date) * DAY_MS;
      return { start, end: start + DAY_MS, date, name: holidayName(settings, date) };
    });
}
