import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsValues } from './settings';
import { holidayName, settingValueText, weekdaysText } from './settingsText';

describe('settings in words', () => {
  it('writes weekdays Monday first, runs as ranges', () => {
    expect(weekdaysText([1, 2, 3, 4, 5])).toBe('Mon–Fri');
    expect(weekdaysText([4, 2, 3])).toBe('Tue–Thu');
    expect(weekdaysText([1, 3])).toBe('Mon, Wed');
    expect(weekdaysText([0, 6])).toBe('Sat, Sun');
    expect(weekdaysText([])).toBe('none');
  });

  it('writes values with their units', () => {
    expect(settingValueText('warnWindowDays', 14)).toBe('14 days');
    expect(settingValueText('releaseBufferWorkingDays', 1)).toBe('1 working day');
    expect(settingValueText('defaultPublicTimeUtc', '12:00')).toBe('12:00 UTC');
    expect(settingValueText('autoPublishAtLift', false)).toBe('off');
    expect(settingValueText('embargoWaitWeeks', 4)).toBe('4 weeks');
    expect(settingValueText('embargoWaitPolicy', 'history')).toMatch(/past releases/);
  });

  it('names a holiday, "Holiday" when it has no name', () => {
    const settings = { ...DEFAULT_SETTINGS, holidayNames: { '2026-12-25': 'Christmas Day' } };
    expect(holidayName(settings, '2026-12-25')).toBe('Christmas Day');
    expect(holidayName(settings, '2026-12-26')).toBe('Holiday');
  });
});

describe('holiday names schema', () => {
  it('says which key is wrong and why, never "Invalid key in record"', () => {
    const parsed = settingsValues.partial().safeParse({
      holidayNames: { '2026-02-30': 'Leap', tomorrow: 'x', '2026-12-25': 'a\nb' },
    });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual([
      'holidayNames.2026-02-30: is not a holiday date: is not a real calendar date',
      'holidayNames.tomorrow: is not a holiday date: must be a date written YYYY-MM-DD',
      'holidayNames.2026-12-25: must be on one line',
    ]);
  });
});
