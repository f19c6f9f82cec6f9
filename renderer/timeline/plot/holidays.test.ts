import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { holidayLabels } from './Grid';
import { holidaysIn } from '../geometry/workingDays';

const utc = (d: string) => Date.parse(`${d}T00:00:00Z`);
const DAY = 86_400_000;

const settings = {
  ...DEFAULT_SETTINGS,
  holidays: ['2026-12-24', '2026-12-25', '2026-12-26', '2027-04-02'],
  holidayNames: { '2026-12-25': 'Christmas Day', '2026-12-26': 'Christmas Day' },
};

describe('holidays on the timeline', () => {
  it('lists the holidays in range with their names, "Holiday" where none is given', () => {
    expect(holidaysIn(utc('2026-12-20'), utc('2026-12-31'), settings)).toEqual([
      { date: '2026-12-24', name: 'Holiday', start: utc('2026-12-24'), end: utc('2026-12-25') },
      {
        date: '2026-12-25',
        name: 'Christmas Day',
        start: utc('2026-12-25'),
        end: utc('2026-12-26'),
      },
      {
        date: '2026-12-26',
        name: 'Christmas Day',
        start: utc('2026-12-26'),
        end: utc('2026-12-27'),
      },
    ]);
  });

  it('names a run of days once, and puts labels that collide on a second row or leaves them out', () => {
    const holidays = holidaysIn(utc('2026-12-20'), utc('2027-12-31'), settings);
    // Wide days: every label fits on the first row.
    const wide = holidayLabels(holidays, (t) => (t - utc('2026-12-20')) / (DAY / 100));
    expect(wide.map((l) => [l.text, l.row])).toEqual([
      ['Holiday', 0],
      ['Christmas Day', 0],
      ['Holiday', 0],
    ]);
    // Narrow days: the second label moves down a row; nothing is drawn over anything.
    const narrow = holidayLabels(holidays, (t) => (t - utc('2026-12-20')) / (DAY / 10));
    expect(narrow.map((l) => [l.text, l.row])).toEqual([
      ['Holiday', 0],
      ['Holiday', 0],
      ['Christmas Day', 1],
    ]);
  });
});
