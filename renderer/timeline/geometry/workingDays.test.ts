import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { nonWorkingBands } from './workingDays';

const utc = (d: string) => Date.parse(`${d}T00:00:00Z`);

describe('non-working days', () => {
  it('shades weekends and holidays as merged whole-day bands', () => {
    const bands = nonWorkingBands(utc('2026-12-21'), utc('2026-12-31'), {
      ...DEFAULT_SETTINGS,
      holidays: ['2026-12-25'],
    });
    expect(bands).toEqual([{ start: utc('2026-12-25'), end: utc('2026-12-28') }]);
  });
});
