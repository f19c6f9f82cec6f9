import { normaliseInstant } from '../domain/dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const RFC2822 =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|UT|UTC|GMT|Z)?\b/;

const pad = (value: string) => value.padStart(2, '0');

/**
 * A mail's Date header ("Mon, 21 May 2018 21:00:00 +0000") as a UTC instant,
 * or null when it is not one or names a day that does not exist. The header
 * is rewritten as ISO 8601 and checked by the same function as every other
 * instant, so no date arithmetic happens here.
 */
export function parseMailDate(header: string): string | null {
  const match = RFC2822.exec(header.trim().slice(0, 200));
  if (!match) return null;
  const [, day, monthName, year, hours, minutes, seconds = '00', zone = 'UTC'] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  if (month < 0) return null;
  const offset = /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : 'Z';
  return normaliseInstant(
    `${year}-${pad(String(month + 1))}-${pad(day)}T${hours}:${minutes}:${seconds}${offset}`,
  );
}
