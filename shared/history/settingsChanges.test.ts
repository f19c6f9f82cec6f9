import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { diffEntity } from './fieldDiff';
import { settingsChangeLines } from './settingsChanges';

describe('settings changes as people read them', () => {
  it('reads a holiday and its name as one line, values with units', () => {
    const before = {
      ...DEFAULT_SETTINGS,
      holidays: ['2026-12-24', '2026-12-26'],
      holidayNames: { '2026-12-24': 'Christmas Eve', '2026-12-26': 'Boxing Day' },
    };
    const after = {
      ...DEFAULT_SETTINGS,
      warnWindowDays: 21,
      workingDays: [1, 2, 3, 4],
      holidays: ['2026-12-25', '2026-12-26'],
      holidayNames: { '2026-12-25': 'Christmas Day', '2026-12-26': 'St Stephen' },
    };
    const lines = settingsChangeLines(diffEntity('settings', before, after), (d) => `[${d}]`);
    expect(lines).toEqual([
      { field: 'Warning window', kind: 'changed', before: '14 days', after: '21 days' },
      { field: 'Working days', kind: 'changed', before: 'Mon–Fri', after: 'Mon–Thu' },
      { field: 'Holiday [2026-12-24]', kind: 'removed', before: 'Christmas Eve', after: '—' },
      { field: 'Holiday [2026-12-25]', kind: 'added', before: '—', after: 'Christmas Day' },
      { field: 'Holiday [2026-12-26]', kind: 'changed', before: 'Boxing Day', after: 'St Stephen' },
    ]);
  });
});
