import { describe, expect, it } from 'vitest';
import { DAY_MS, YEAR_MS } from './scale';
import { axisTicks, placeMajorLabels, tickLevel, ticksOf } from './ticks';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('axis ticks', () => {
  it('picks the finest level whose labels still fit', () => {
    expect(tickLevel(DAY_MS / 100)).toBe('day');
    expect(tickLevel(DAY_MS / 8)).toBe('week');
    expect(tickLevel(DAY_MS / 2)).toBe('month');
    expect(tickLevel(YEAR_MS / 200)).toBe('quarter');
    expect(tickLevel(YEAR_MS / 60)).toBe('year');
    expect(tickLevel(YEAR_MS / 5)).toBe('decade');
  });

  it('puts days at UTC midnight, with weekday names when there is room', () => {
    const ticks = axisTicks(utc(2027, 2, 8), utc(2027, 2, 10), DAY_MS / 100);
    expect(ticks.level).toBe('day');
    expect(ticks.minor.map((t) => t.t)).toEqual([
      utc(2027, 2, 8),
      utc(2027, 2, 9),
      utc(2027, 2, 10),
    ]);
    expect(ticks.minor[0].label).toBe('Mon 8');
    expect(ticks.major.map((t) => t.label)).toContain('February 2027');
  });

  it('starts weeks on Monday and months on the 1st, across a leap day', () => {
    const weeks = ticksOf('week', 'd MMM', utc(2028, 2, 20), utc(2028, 3, 10));
    expect(weeks.map((t) => t.label)).toEqual(['21 Feb', '28 Feb', '6 Mar']);
    const months = ticksOf('month', 'MMM', utc(2028, 1, 15), utc(2028, 4, 15));
    expect(months.map((t) => t.t)).toEqual([utc(2028, 2, 1), utc(2028, 3, 1), utc(2028, 4, 1)]);
  });

  it('gives the same ticks however the range is cut into pages', () => {
    const whole = ticksOf('day', 'd', utc(2027, 1, 1), utc(2027, 3, 1));
    const parts = [
      ...ticksOf('day', 'd', utc(2027, 1, 1), utc(2027, 1, 20)),
      ...ticksOf('day', 'd', utc(2027, 1, 21), utc(2027, 3, 1)),
    ];
    expect(parts).toEqual(whole);
    expect(whole).toHaveLength(60);
  });

  it('pins the current period label to the left edge until the next pushes it out', () => {
    const major = [
      { t: 0, label: 'January' },
      { t: 100, label: 'February' },
    ];
    const placed = placeMajorLabels(
      major,
      (t) => t - 50,
      () => 30,
      4,
    );
    expect(placed[0].x).toBe(4);
    expect(placed[1].x).toBe(54);
    const pushed = placeMajorLabels(
      major,
      (t) => t - 80,
      () => 30,
      4,
    );
    expect(pushed[0].x).toBe(20 - 30 - 4);
    // At the right edge a label that would be cut is left out.
    const edge = placeMajorLabels(
      major,
      (t) => t - 50,
      () => 30,
      4,
      70,
    );
    expect(edge.map((l) => l.label)).toEqual(['January']);
  });
});
