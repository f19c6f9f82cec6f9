import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type SettingsValues } from '../domain/settings';
import { mergeSettings } from './settingsMerge';

const ours: SettingsValues = {
  ...DEFAULT_SETTINGS,
  holidays: ['2026-12-25', '2026-12-26', '2027-01-01'],
  holidayNames: { '2026-12-25': 'Christmas Day', '2027-01-01': "New Year's Day" },
};

const theirs: Partial<SettingsValues> = {
  warnWindowDays: 21,
  releaseWeekdays: [3, 2],
  workingDays: [1, 2, 3, 4, 5],
  holidays: ['2026-12-25', '2027-01-01', '2027-04-02'],
  holidayNames: { '2026-12-25': 'Christmas', '2027-04-02': 'Good Friday' },
};

describe('a bundle’s settings and holidays on import', () => {
  it('lists each difference in words, holidays by day and name', () => {
    const { differences } = mergeSettings(ours, theirs, { settings: 'keep', holidays: 'merge' });
    expect(differences.settings).toEqual([
      { field: 'warnWindowDays', label: 'Warning window', ours: '14 days', theirs: '21 days' },
      {
        field: 'releaseWeekdays',
        label: 'Preferred release weekdays',
        ours: 'Tue, Wed, Thu',
        theirs: 'Tue, Wed',
      },
    ]);
    expect(differences.holidays).toEqual({
      theirsOnly: [{ date: '2027-04-02', name: 'Good Friday' }],
      oursOnly: [{ date: '2026-12-26', name: 'Holiday' }],
      renamed: [{ date: '2026-12-25', ours: 'Christmas Day', theirs: 'Christmas' }],
    });
  });

  it('by default keeps our settings and merges the holidays, our names winning', () => {
    const { settings } = mergeSettings(ours, theirs, { settings: 'keep', holidays: 'merge' });
    expect(settings).toEqual({
      ...ours,
      holidays: ['2026-12-25', '2026-12-26', '2027-01-01', '2027-04-02'],
      holidayNames: { ...ours.holidayNames, '2027-04-02': 'Good Friday' },
    });
  });

  it("takes the file's settings and holidays only when asked", () => {
    const { settings } = mergeSettings(ours, theirs, { settings: 'take', holidays: 'take' });
    expect(settings).toEqual({
      ...ours,
      warnWindowDays: 21,
      releaseWeekdays: [3, 2],
      holidays: ['2026-12-25', '2027-01-01', '2027-04-02'],
      holidayNames: { '2026-12-25': 'Christmas', '2027-04-02': 'Good Friday' },
    });
    const kept = mergeSettings(ours, theirs, { settings: 'keep', holidays: 'keep' });
    expect(kept.settings).toBeNull();
  });

  it('changes nothing for a file that says what we have, or says nothing', () => {
    expect(
      mergeSettings(ours, { ...ours }, { settings: 'take', holidays: 'take' }).settings,
    ).toBeNull();
    const silent = mergeSettings(ours, {}, { settings: 'take', holidays: 'take' });
    expect(silent.settings).toBeNull();
    expect(silent.differences.holidays).toEqual({ theirsOnly: [], oursOnly: [], renamed: [] });
    // Holidays listed in another order are the same holidays.
    const shuffled = { holidays: [...ours.holidays].reverse(), holidayNames: ours.holidayNames };
    expect(
      mergeSettings(ours, shuffled, { settings: 'keep', holidays: 'merge' }).settings,
    ).toBeNull();
  });

  it('says in words what the publication and waiting settings are', () => {
    const { differences } = mergeSettings(
      ours,
      { autoPublishAtLift: true, embargoWaitPolicy: 'up-to', embargoWaitWeeks: 2 },
      { settings: 'keep', holidays: 'merge' },
    );
    expect(differences.settings.map((d) => [d.label, d.ours, d.theirs])).toEqual([
      ['Make advisories public at their lift time', 'off', 'on'],
      ['Waiting for embargoes', 'decide from past releases', 'wait up to a number of weeks'],
      ['Wait at most', '4 weeks', '2 weeks'],
    ]);
  });
});
