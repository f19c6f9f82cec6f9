import { describe, expect, it } from 'vitest';
import { calendar, repeating, secondlyCalendar } from '../testing/hostileCalendars';
import { MAX_EVENTS, readIcs, type IcsReadOptions } from './icsRead';

// Recurring events within bounds: what a rule costs to expand is limited,
// not only what it yields; impossible rules yield nothing; holidays refuse
// rules that repeat within a day. Each case here must finish in well under
// a second (before these limits, some never finished).

function read(content: string, options: Partial<IcsReadOptions> = {}) {
  return readIcs(content, 'cal.ics', { until: '2031-12-31', ...options });
}

function refusal(content: string, options: Partial<IcsReadOptions> = {}): string {
  try {
    read(content, options);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

const dates = (content: string) => read(content).events.map((e) => e.start);

/** Runs `work` and how long it took, in ms. */
function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

describe('rules no date can meet give no dates', () => {
  it.each([
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
    'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30',
    'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31',
    'FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=6',
    'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30,31',
    'FREQ=WEEKLY;BYMONTH=2,4;BYMONTHDAY=31',
  ])('%s', (rule) => {
    // Not the 1st or 2nd of March (or of May, or of July), as ical.js rolled them over to.
    expect(dates(repeating(rule, '20260228'))).toEqual([]);
  });

  it('refuses, quickly, a rule that searches for ever for a date it cannot meet', () => {
    for (const rule of [
      // The first Monday of April on the 15th: ical.js tries every year up to 20000.
      'FREQ=YEARLY;BYMONTH=4;BYDAY=1MO;BYMONTHDAY=15',
      'FREQ=WEEKLY;BYMONTH=2;BYDAY=MO;BYWEEKNO=30',
      'FREQ=DAILY;INTERVAL=999999999',
    ]) {
      const [message, ms] = timed(() => refusal(repeating(rule)));
      expect(message).toBe(
        'cal.ics: event 1 (UID r): its repeat rule (RRULE) takes too long to expand (over 50,000 steps); is this the right file?',
      );
      expect(ms, rule).toBeLessThan(2000);
    }
  });

  it('still reads the rules holiday calendars use, on the right days', () => {
    // Thanksgiving (4th Thursday of November), the last Friday of the month, 29 February.
    expect(dates(repeating('FREQ=YEARLY;BYMONTH=11;BYDAY=4TH', '20261126'))).toEqual([
      '2026-11-26',
      '2027-11-25',
      '2028-11-23',
      '2029-11-22',
      '2030-11-28',
      '2031-11-27',
    ]);
    expect(dates(repeating('FREQ=MONTHLY;BYDAY=-1FR;COUNT=3', '20260130'))).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
    ]);
    expect(dates(repeating('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '20280229'))).toEqual([
      '2028-02-29',
    ]);
    expect(dates(repeating('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260301', '20260106'))).toEqual([
      '2026-01-06',
      '2026-01-20',
      '2026-02-03',
      '2026-02-17',
    ]);
    // RDATE adds, EXDATE removes, a day at a time.
    expect(
      dates(
        calendar([
          'UID:x',
          'DTSTART;VALUE=DATE:20261225',
          'RRULE:FREQ=YEARLY;COUNT=3',
          'RDATE;VALUE=DATE:20270101,20261226',
          'EXDATE;VALUE=DATE:20271225',
        ]),
      ),
    ).toEqual(['2026-12-25', '2026-12-26', '2027-01-01', '2028-12-25']);
  });

  it('refuses a malformed rule as not valid, not as an internal error', () => {
    expect(refusal(repeating('FREQ=DAILY;BYYEARDAY=200'))).toBe(
      'cal.ics: event 1 (UID r): its repeat rule (RRULE) is not valid',
    );
  });
});

describe('what a calendar may cost to read', () => {
  it('refuses holidays that repeat within a day, at once', () => {
    for (const freq of ['SECONDLY', 'MINUTELY', 'HOURLY'])
      expect(refusal(repeating(`FREQ=${freq};COUNT=2`), { wholeDays: true })).toBe(
        `cal.ics: event 1 (UID r): repeats within a day (RRULE FREQ=${freq}); holidays are whole days`,
      );
  });

  it('stops a 2.5 KB file of SECONDLY rules within its step budget (it took minutes)', () => {
    const content = secondlyCalendar(2500);
    expect(content.length).toBeLessThanOrEqual(2500);
    const [holidays, holidaysMs] = timed(() => refusal(content, { wholeDays: true }));
    expect(holidays).toMatch(/repeats within a day \(RRULE FREQ=SECONDLY\)/);
    expect(holidaysMs).toBeLessThan(100);
    // A reference calendar may repeat within a day; the budget still bounds the work.
    const [reference, referenceMs] = timed(() => refusal(content));
    expect(reference).toMatch(/takes too long to expand \(over 50,000 steps\)/);
    expect(referenceMs).toBeLessThan(1500);
  });

  it('bounds the whole file too, when each event stays just under its own budget', () => {
    // Each rule steps a day at a time for three years to find three days:
    // about 2,200 steps an event, within its 50,000, but 400 events of them.
    const events = Array.from({ length: 400 }, (_, i) => [
      `UID:e${i}`,
      'DTSTART;VALUE=DATE:20260101',
      'RRULE:FREQ=DAILY;BYMONTH=12;BYMONTHDAY=31;COUNT=4',
    ]);
    const [message, ms] = timed(() => refusal(calendar(...events)));
    expect(message).toBe(
      "cal.ics: its events' repeat rules take too long to expand (over 500,000 steps in all); is this the right file?",
    );
    expect(ms).toBeLessThan(3000);
  });

  it(`counts events before ical.js reads them: more than ${MAX_EVENTS} is refused`, () => {
    const one = 'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nEND:VEVENT\r\n';
    const content = `BEGIN:VCALENDAR\r\n${one.repeat(MAX_EVENTS + 1)}END:VCALENDAR\r\n`;
    const [message, ms] = timed(() => refusal(content));
    expect(message).toBe(
      `cal.ics: has more than ${MAX_EVENTS.toLocaleString('en-US')} events; is this the right file?`,
    );
    expect(ms).toBeLessThan(1000);
  });
});
