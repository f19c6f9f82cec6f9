import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format, isValid } from 'date-fns';
import { isCalendarDate } from '../../shared/domain/dates';
import { formatDay, formatInstantUtc } from '../../shared/domain/dateText';
import { localZone } from './localZone';

// The command line writes dates the same way: the two live in shared/.
export { formatDay, formatInstantUtc, localZone };

// One place decides how dates look, so that every panel, form and message
// reads the same: weekday first, because release managers plan in weekdays.

const DAY_TIME = 'EEE d MMM yyyy HH:mm';

function inZone(text: string, zone: string): TZDate | null {
  const date = new TZDate(text, zone);
  return isValid(date) ? date : null;
}

/** The short name of `zone` at that instant: 'CEST', 'EDT' or 'GMT+9', as the locale writes it. */
export function zoneAbbreviation(instant: Date, zone: string, locale?: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
  return parts.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/** 'Mon 21 May 2018 14:00 CEST' for '2018-05-21T12:00:00Z' in Europe/Berlin. */
export function formatInstantInZone(instant: string, zone: string, locale?: string): string {
  const parsed = inZone(instant, zone);
  if (!parsed) return instant;
  return `${format(parsed, DAY_TIME)} ${zoneAbbreviation(parsed, zone, locale)}`;
}

export function isUtcZone(zone: string): boolean {
  return ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu'].includes(zone);
}

/** 'today', 'tomorrow', 'in 12 days', '3 days ago', counted in UTC calendar days. */
export function relativeDays(date: string, now: Date): string {
  const day = date.slice(0, 10);
  const target = isCalendarDate(day) ? inZone(`${day}T00:00:00Z`, 'UTC') : null;
  if (!target) return '';
  const days = differenceInCalendarDays(target, new TZDate(now, 'UTC'));
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** Makes the instants and dates inside a server message readable: '(2018-05-07T12:00:00Z)' → '(Mon 7 May 2018 12:00 UTC)'. */
export function humaniseDatesIn(message: string): string {
  return message
    .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\b/g, (instant) => formatInstantUtc(instant))
    .replace(/(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])/g, (date) => formatDay(date));
}
