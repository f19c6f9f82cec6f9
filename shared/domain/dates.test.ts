import { describe, expect, it } from 'vitest';
import { isoDate, isoInstant } from './dateSchemas';
import { addCalendarDays, isCalendarDate, normaliseInstant } from './dates';

describe('calendar dates', () => {
  it('accepts real days, leap days included', () => {
    expect(isCalendarDate('2018-06-01')).toBe(true);
    expect(isCalendarDate('2020-02-29')).toBe(true);
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const text of ['2018-02-30', '2019-02-29', '2018-13-01', '2018-6-1', '01/06/2018', ''])
      expect(isCalendarDate(text)).toBe(false);
  });

  it('says which problem a bad date has', () => {
    const impossible = isoDate.safeParse('2018-02-30');
    expect(impossible.success || impossible.error.issues[0].message).toBe(
      'is not a real calendar date',
    );
    const shape = isoDate.safeParse('1 June 2018');
    expect(shape.success || shape.error.issues[0].message).toMatch(/YYYY-MM-DD/);
  });

  it('gives the same answer when asked again (the answers are remembered)', () => {
    for (let i = 0; i < 2; i++) {
      expect(isCalendarDate('2024-02-29')).toBe(true);
      expect(isCalendarDate('2023-02-29')).toBe(false);
      expect(isCalendarDate('0000-01-01')).toBe(true);
      expect(isCalendarDate('9999-12-31')).toBe(true);
      expect(isCalendarDate('2018-04-31')).toBe(false);
    }
  });

  it('adds days in UTC across month ends and leap years', () => {
    expect(addCalendarDays('2018-02-28', 1)).toBe('2018-03-01');
    expect(addCalendarDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addCalendarDays('2018-06-01', -14)).toBe('2018-05-18');
  });
});

describe('instants', () => {
  it('normalises zones to UTC', () => {
    expect(normaliseInstant('2018-05-21T12:00:00Z')).toBe('2018-05-21T12:00:00Z');
    expect(normaliseInstant('2018-05-21T14:00+02:00')).toBe('2018-05-21T12:00:00Z');
    expect(normaliseInstant('2018-05-21T12:00:00.250Z')).toBe('2018-05-21T12:00:00Z');
  });

  it('keeps an instant already written YYYY-MM-DDTHH:MM:SSZ as it is, once checked', () => {
    expect(normaliseInstant('2020-02-29T23:59:59Z')).toBe('2020-02-29T23:59:59Z');
    expect(normaliseInstant('2018-01-01T00:00:00Z')).toBe('2018-01-01T00:00:00Z');
    expect(normaliseInstant('2019-02-29T12:00:00Z')).toBeNull();
    expect(normaliseInstant('2018-05-21T12:60:00Z')).toBeNull();
    expect(normaliseInstant('2018-05-21T12:00:60Z')).toBeNull();
  });

  it('refuses instants without a zone or that do not exist', () => {
    expect(normaliseInstant('2018-05-21T12:00:00')).toBeNull();
    expect(normaliseInstant('2018-02-30T12:00:00Z')).toBeNull();
    expect(normaliseInstant('2018-05-21T24:00:00Z')).toBeNull();
    const parsed = isoInstant.safeParse('2018-02-30T12:00:00Z');
    expect(parsed.success || parsed.error.issues[0].message).toMatch(/not a real date/);
  });
});
