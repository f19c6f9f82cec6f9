// Calendars that cost ical.js far more to expand than their size suggests,
// for the tests of the limits on reading .ics files.

const CRLF = '\r\n';

/** A calendar of the given events (each a list of content lines). */
export function calendar(...events: string[][]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//embargo-planner//hostile//EN',
    ...events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']),
    'END:VCALENDAR',
    '',
  ].join(CRLF);
}

/**
 * About `bytes` of events repeating every second, filtered down to one
 * second a month: ical.js steps through each second in between (about six
 * seconds of CPU per event before the limits).
 */
export function secondlyCalendar(bytes: number): string {
  const event = (i: number) => [
    `UID:secondly-${i}`,
    'DTSTART:20260101T000000Z',
    `RRULE:FREQ=SECONDLY;BYMONTHDAY=${3 + (i % 25)};BYHOUR=0;BYMINUTE=0;BYSECOND=0`,
    'SUMMARY:every second',
  ];
  const events: string[][] = [];
  while (calendar(...events, event(events.length)).length <= bytes)
    events.push(event(events.length));
  return calendar(...events);
}

/** One all-day event that repeats by `rule` from `start` (YYYYMMDD). */
export function repeating(rule: string, start = '20260101'): string {
  return calendar(['UID:r', `DTSTART;VALUE=DATE:${start}`, `RRULE:${rule}`, 'SUMMARY:repeats']);
}
