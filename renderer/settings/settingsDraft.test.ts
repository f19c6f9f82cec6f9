import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import {
  addHoliday,
  changedSettings,
  checkSettings,
  draftFromSettings,
  importHolidays,
  settingsErrors,
} from './settingsDraft';

const stored = {
  ...DEFAULT_SETTINGS,
  holidays: ['2026-12-26', '2026-12-25'],
  holidayNames: { '2026-12-25': 'Christmas Day' },
  revision: 3,
};

describe('the settings draft', () => {
  it('starts from the stored settings, holidays in date order with their names', () => {
    const draft = draftFromSettings(stored);
    expect(draft.warnWindowDays).toBe('14');
    expect(draft.holidays).toEqual([
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-26', name: '' },
    ]);
    expect(changedSettings(draft, stored)).toEqual([]);
  });

  it('checks numbers as typed and says which field is wrong', () => {
    const draft = { ...draftFromSettings(stored), warnWindowDays: 'two', workingDays: [] };
    const checked = checkSettings(draft);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.fields.warnWindowDays).toMatch(/^Warning window /);
    expect(checked.errors.fields.workingDays).toBe(
      'Working days must name at least one working day',
    );
  });

  it('turns a valid draft into settings, names only where given', () => {
    const draft = { ...draftFromSettings(stored), warnWindowDays: ' 21 ', embargoWaitWeeks: '6' };
    const checked = checkSettings(draft);
    expect(checked.ok && checked.value).toMatchObject({
      warnWindowDays: 21,
      embargoWaitWeeks: 6,
      holidays: ['2026-12-25', '2026-12-26'],
      holidayNames: { '2026-12-25': 'Christmas Day' },
    });
    expect(changedSettings(draft, stored)).toEqual(['warnWindowDays', 'embargoWaitWeeks']);
  });

  it('puts a holiday name error on that holiday', () => {
    const errors = settingsErrors([
      { path: 'holidayNames.2026-12-25', message: 'must be at most 80 characters' },
    ]);
    expect(errors.fields['holiday:2026-12-25']).toBe('Name must be at most 80 characters');
  });
});

describe('adding and importing holidays', () => {
  it('adds a dated holiday in its place, and refuses a bad or repeated date', () => {
    const draft = draftFromSettings(stored);
    const added = addHoliday(draft, '2026-12-24', ' Christmas Eve ');
    expect(added.ok && added.draft.holidays[0]).toEqual({
      date: '2026-12-24',
      name: 'Christmas Eve',
    });
    expect(addHoliday(draft, '24.12.2026', '')).toMatchObject({ ok: false });
    expect(addHoliday(draft, '2026-02-30', '')).toEqual({
      ok: false,
      message: '2026-02-30 is not a real calendar date.',
    });
    expect(addHoliday(draft, '2026-12-25', 'again')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already a holiday/),
    });
  });

  it('previews an import against the list being edited: adds, names, keeps names given', () => {
    const draft = draftFromSettings(stored);
    const { draft: next, rows } = importHolidays(draft, [
      { date: '2026-12-25', name: 'Xmas' },
      { date: '2026-12-26', name: 'Boxing Day' },
      { date: '2027-01-01', name: 'New Year' },
    ]);
    expect(rows.map((r) => [r.date, r.change, r.current])).toEqual([
      ['2026-12-25', 'none', 'Christmas Day'],
      ['2026-12-26', 'name', null],
      ['2027-01-01', 'add', null],
    ]);
    expect(next.holidays).toEqual([
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-26', name: 'Boxing Day' },
      { date: '2027-01-01', name: 'New Year' },
    ]);
  });
});
