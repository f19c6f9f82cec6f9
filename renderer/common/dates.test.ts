import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatInstantInZone,
  formatInstantUtc,
  humaniseDatesIn,
  isUtcZone,
  relativeDays,
  zoneAbbreviation,
} from './dates';

describe('formatDay', () => {
  it('writes the weekday first, day without a leading zero', () => {
    expect(formatDay('2027-06-01')).toBe('Tue 1 Jun 2027');
    expect(formatDay('2018-07-10')).toBe('Tue 10 Jul 2018');
  });

  it('leaves text that is not a real date as it was, rather than rolling it over', () => {
    expect(formatDay('2018-02-30')).toBe('2018-02-30');
    expect(formatDay('soon')).toBe('soon');
  });
});

describe('formatInstantUtc', () => {
  it('shows the instant in UTC whatever the machine zone', () => {
    expect(formatInstantUtc('2018-05-21T12:00:00Z')).toBe('Mon 21 May 2018 12:00 UTC');
    expect(formatInstantUtc('2018-05-21T23:59:00Z')).toBe('Mon 21 May 2018 23:59 UTC');
  });
});

describe('formatInstantInZone', () => {
  it('names the zone as the locale abbreviates it', () => {
    expect(formatInstantInZone('2018-05-21T12:00:00Z', 'Europe/Berlin', 'en-GB')).toBe(
      'Mon 21 May 2018 14:00 CEST',
    );
    expect(formatInstantInZone('2018-01-15T12:00:00Z', 'Europe/Berlin', 'en-GB')).toBe(
      'Mon 15 Jan 2018 13:00 CET',
    );
    expect(formatInstantInZone('2018-05-21T12:00:00Z', 'America/New_York', 'en-US')).toBe(
      'Mon 21 May 2018 08:00 EDT',
    );
  });

  it('moves to the next day when the zone is past midnight', () => {
    expect(formatInstantInZone('2018-05-21T20:30:00Z', 'Asia/Tokyo', 'en-GB')).toMatch(
      /^Tue 22 May 2018 05:30 /,
    );
  });

  it('falls back to an offset name where the locale has no abbreviation', () => {
    expect(zoneAbbreviation(new Date('2018-05-21T12:00:00Z'), 'Asia/Kolkata', 'en-GB')).toBe(
      'GMT+5:30',
    );
  });
});

describe('isUtcZone', () => {
  it('knows the names UTC goes by', () => {
    expect(isUtcZone('UTC')).toBe(true);
    expect(isUtcZone('Etc/UTC')).toBe(true);
    expect(isUtcZone('Europe/London')).toBe(false);
  });
});

describe('relativeDays', () => {
  const now = new Date('2018-05-10T22:00:00Z');
  it('counts UTC calendar days', () => {
    expect(relativeDays('2018-05-10', now)).toBe('today');
    expect(relativeDays('2018-05-11T01:00:00Z', now)).toBe('tomorrow');
    expect(relativeDays('2018-05-21T12:00:00Z', now)).toBe('in 11 days');
    expect(relativeDays('2018-05-09', now)).toBe('yesterday');
    expect(relativeDays('2018-05-01', now)).toBe('9 days ago');
  });

  it('says nothing about a date that does not exist', () => {
    expect(relativeDays('2018-02-30', now)).toBe('');
  });
});

describe('humaniseDatesIn', () => {
  it('rewrites instants and dates inside a message', () => {
    expect(
      humaniseDatesIn(
        'the embargo lifts (2018-05-07T12:00:00Z) before its pre-disclosure (2018-05-21T12:00:00Z)',
      ),
    ).toBe(
      'the embargo lifts (Mon 7 May 2018 12:00 UTC) before its pre-disclosure (Mon 21 May 2018 12:00 UTC)',
    );
    expect(humaniseDatesIn('feature freeze on 2018-03-30 is after code freeze')).toBe(
      'feature freeze on Fri 30 Mar 2018 is after code freeze',
    );
  });

  it('leaves CVE ids, bad dates and plain text alone', () => {
    expect(humaniseDatesIn('CVE-2018-3639 is listed twice')).toBe('CVE-2018-3639 is listed twice');
    expect(humaniseDatesIn('2018-02-30 is not a real calendar date')).toBe(
      '2018-02-30 is not a real calendar date',
    );
  });
});
