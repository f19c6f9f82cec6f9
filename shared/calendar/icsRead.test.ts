import { describe, expect, it } from 'vitest';
import { mergeHolidays } from './holidaysFromIcs';
import { readIcs } from './icsRead';
import { referenceEvents, referenceName } from './referenceFromIcs';

const ics = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR', ''].join(
    '\r\n',
  );
const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
const read = (content: string) => readIcs(content, 'hols.ics', { until: '2030-12-31' });

const HOLIDAYS = ics(
  'X-WR-CALNAME:UK bank holidays',
  ...event('UID:xmas', 'DTSTART;VALUE=DATE:20261225', 'SUMMARY:Christmas Day'),
  ...event(
    'UID:break',
    'DTSTART;VALUE=DATE:20261228',
    'DTEND;VALUE=DATE:20261231',
    'SUMMARY:Company break\\, all offices',
  ),
  ...event('UID:meeting', 'DTSTART:20261201T100000Z', 'DTEND:20261201T110000Z', 'SUMMARY:Call'),
  ...event('UID:off', 'DTSTART;VALUE=DATE:20261124', 'STATUS:CANCELLED', 'SUMMARY:Not off'),
);

describe('reading .ics files', () => {
  it('reads all-day and timed events as day ranges, with the calendar name', () => {
    const content = read(HOLIDAYS);
    expect(content.name).toBe('UK bank holidays');
    expect(content.events.map((e) => [e.uid, e.start, e.end, e.allDay, e.summary])).toEqual([
      ['xmas', '2026-12-25', '2026-12-25', true, 'Christmas Day'],
      ['break', '2026-12-28', '2026-12-30', true, 'Company break, all offices'],
      ['meeting', '2026-12-01', '2026-12-01', false, 'Call'],
    ]);
    expect(content.skipped).toEqual([
      { where: 'event 4 (UID off) on 2026-11-24', reason: 'cancelled' },
    ]);
  });

  it('expands recurring events up to the horizon, honouring EXDATE and moved occurrences', () => {
    const content = read(
      ics(
        ...event(
          'UID:newyear',
          'DTSTART;VALUE=DATE:20270101',
          'RRULE:FREQ=YEARLY',
          'EXDATE;VALUE=DATE:20280101',
          'SUMMARY:New year',
        ),
        ...event(
          'UID:newyear',
          'RECURRENCE-ID;VALUE=DATE:20290101',
          'DTSTART;VALUE=DATE:20290102',
          'SUMMARY:New year (moved)',
        ),
      ),
    );
    expect(content.events.map((e) => [e.start, e.summary])).toEqual([
      ['2027-01-01', 'New year'],
      ['2029-01-02', 'New year (moved)'],
      ['2030-01-01', 'New year'],
    ]);
  });

  it('takes a timed event by its date as written, in its own zone', () => {
    const content = read(
      ics(...event('UID:t', 'DTSTART;TZID=Europe/Berlin:20261231T233000', 'SUMMARY:late')),
    );
    expect(content.events[0]).toMatchObject({ start: '2026-12-31', end: '2026-12-31' });
  });

  it('refuses what is not iCalendar, naming the file and place but not quoting it', () => {
    const refused = (content: string) => {
      try {
        read(content);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refused('')).toBe(
      'hols.ics: not an iCalendar file (it must start with BEGIN:VCALENDAR)',
    );
    expect(refused('{"format": "embargo-planner/bundle"}')).toMatch(/must start with BEGIN/);
    expect(refused(ics(...event('UID:a', 'DTSTART;VALUE=DATE:20261225', 'secret text here')))).toBe(
      'hols.ics: line 7: not an iCalendar content line (no ":")',
    );
    expect(refused(ics('BEGIN:VEVENT', 'UID:a', 'DTSTART:20261225T100000Z'))).toMatch(
      /^hols\.ics: not a valid iCalendar file \(invalid ical body/,
    );
    expect(refused(ics(...event('UID:a', 'SUMMARY:x')))).toBe(
      'hols.ics: event 1 (UID a): has no DTSTART',
    );
    expect(refused(ics(...event('UID:a', 'DTSTART;VALUE=DATE:20181345')))).toBe(
      'hols.ics: event 1 (UID a): DTSTART is not a valid date value',
    );
    expect(refused(ics(...event('UID:a', 'DTSTART:20181201T250000Z')))).toBe(
      'hols.ics: event 1 (UID a): DTSTART is not a valid date-time value',
    );
    expect(refused('secret text here')).not.toContain('secret');
  });

  it('strips control characters from foreign summaries and bounds them', () => {
    const content = read(
      ics(...event('UID:a', 'DTSTART;VALUE=DATE:20261225', `SUMMARY:a\\nb${'x'.repeat(400)}`)),
    );
    expect(content.events[0].summary).toMatch(/^a bx+…$/);
    expect(content.events[0].summary).toHaveLength(300);
  });

  it('takes C1 controls and bidirectional overrides out of foreign names and summaries', () => {
    const content = read(
      ics(
        'X-WR-CALNAME:Bank\u202e holidays',
        ...event(
          'UID:a\u009b31m',
          'DTSTART;VALUE=DATE:20261225',
          'SUMMARY:Christ\u0085mas\u2066 Day',
        ),
      ),
    );
    expect(content.name).toBe('Bank holidays');
    expect(content.events[0]).toMatchObject({ uid: 'a 31m', summary: 'Christ mas Day' });
  });
});

describe('holidays from an .ics file', () => {
  it('adds every day of the all-day events, reports what it already had and what it skipped', () => {
    const merge = mergeHolidays(['2026-12-25', '2026-01-01'], read(HOLIDAYS));
    expect(merge.added).toEqual(['2026-12-28', '2026-12-29', '2026-12-30']);
    expect(merge.unchanged).toBe(1);
    expect(merge.holidays).toEqual([
      '2026-01-01',
      '2026-12-25',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
    ]);
    expect(merge.skipped.map((s) => s.reason)).toEqual(['cancelled', 'not an all-day event']);
  });

  it('skips events too long to be a holiday', () => {
    const merge = mergeHolidays(
      [],
      read(ics(...event('UID:y', 'DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:20270101'))),
    );
    expect(merge.added).toEqual([]);
    expect(merge.skipped).toEqual([
      { where: 'event 1 (UID y) on 2026-01-01', reason: 'lasts more than 31 days' },
    ]);
  });
});

describe('reference calendars', () => {
  it('keeps one event per UID and day, and names the lane', () => {
    const content = read(HOLIDAYS);
    expect(referenceEvents(content).map((e) => e.uid)).toEqual(['meeting', 'xmas', 'break']);
    expect(referenceName(undefined, content, '/tmp/x/linux.ics')).toBe('UK bank holidays');
    expect(referenceName('  Linux 6.20 ', content, 'linux.ics')).toBe('Linux 6.20');
    expect(referenceName(undefined, { ...content, name: null }, 'C:\\cal\\qemu.ICS')).toBe('qemu');
  });
});
