import { TZDate } from '@date-fns/tz';
import { format, isValid } from 'date-fns';
import { isCalendarDate } from './dates';

// How dates read to people, the same in the app and on the command line:
// weekday first, because release managers plan in weekdays.

const DAY = 'EEE d MMM yyyy';
const DAY_TIME = 'EEE d MMM yyyy HH:mm';

function inUtc(text: string): TZDate | null {
  const date = new TZDate(text, 'UTC');
  return isValid(date) ? date : null;
}

/** 'Tue 1 Jun 2027' for the calendar date '2027-06-01'; anything else comes back as it was. */
export function formatDay(date: string): string {
  // The platform rolls 2018-02-30 over to 2 March; a typo must not turn into a real day.
  const parsed = isCalendarDate(date) ? inUtc(`${date}T00:00:00Z`) : null;
  return parsed ? format(parsed, DAY) : date;
}

/** 'Mon 21 May 2018 12:00 UTC' for the instant '2018-05-21T12:00:00Z'. */
export function formatInstantUtc(instant: string): string {
  const parsed = inUtc(instant);
  return parsed ? `${format(parsed, DAY_TIME)} UTC` : instant;
}
