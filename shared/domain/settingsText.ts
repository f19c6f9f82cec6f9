import type { EmbargoWaitPolicy, SettingsValues } from './settings';

// The settings as people read them: the Settings view, the history, undo
// labels and the command line all name a setting and write its value the
// same way.

export type SettingField = keyof SettingsValues;

export const SETTING_LABELS: Record<SettingField, string> = {
  warnWindowDays: 'Warning window',
  releaseBufferWorkingDays: 'Release buffer',
  minPredisclosureWorkingDays: 'Minimum pre-disclosure',
  defaultPublicTimeUtc: 'Default lift time',
  workingDays: 'Working days',
  releaseWeekdays: 'Preferred release weekdays',
  holidays: 'Holidays',
  holidayNames: 'Holiday names',
  autoPublishAtLift: 'Make public automatically at the lift time',
  embargoWaitPolicy: 'Wait for embargoes',
  embargoWaitWeeks: 'Longest wait',
};

/** Weekday 0 is Sunday, as in the settings. */
export const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export const WEEKDAY_LONG = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** Monday first, as release managers read a week. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

export const WAIT_POLICY_TEXT: Record<EmbargoWaitPolicy, string> = {
  history: 'Decide from how long past releases waited',
  always: 'Always wait for every embargo',
  'up-to': 'Wait up to a number of weeks',
  never: 'Never wait: ship on the date, fixes in a point release',
};

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** "Mon–Fri", "Tue, Wed, Thu" → "Tue–Thu", "none". */
export function weekdaysText(days: readonly number[]): string {
  const ordered = WEEK_ORDER.filter((d) => days.includes(d));
  if (ordered.length === 0) return 'none';
  const positions = ordered.map((d) => WEEK_ORDER.indexOf(d));
  const consecutive = positions.every((p, i) => i === 0 || p === positions[i - 1] + 1);
  if (consecutive && ordered.length >= 3)
    return `${WEEKDAY_SHORT[ordered[0]]}–${WEEKDAY_SHORT[ordered[ordered.length - 1]]}`;
  return ordered.map((d) => WEEKDAY_SHORT[d]).join(', ');
}

/** A holiday's name, or "Holiday" when it has none. */
export function holidayName(settings: Pick<SettingsValues, 'holidayNames'>, date: string): string {
  return settings.holidayNames[date] ?? 'Holiday';
}

/**
 * A setting's value in words: "14 days", "2 working days", "12:00 UTC",
 * "Mon–Fri", "on"/"off". Holidays are named by the caller, which knows how it
 * writes dates.
 */
export function settingValueText(field: SettingField, value: unknown): string {
  if (value === null || value === undefined) return '—';
  switch (field) {
    case 'warnWindowDays':
      return typeof value === 'number' ? plural(value, 'day') : String(value);
    case 'releaseBufferWorkingDays':
    case 'minPredisclosureWorkingDays':
      return typeof value === 'number' ? plural(value, 'working day') : String(value);
    case 'embargoWaitWeeks':
      return typeof value === 'number' ? plural(value, 'week') : String(value);
    case 'defaultPublicTimeUtc':
      return `${String(value)} UTC`;
    case 'workingDays':
    case 'releaseWeekdays':
      return Array.isArray(value) ? weekdaysText(value.filter((d) => typeof d === 'number')) : '—';
    case 'autoPublishAtLift':
      return value === true ? 'on' : 'off';
    case 'embargoWaitPolicy':
      return WAIT_POLICY_TEXT[value as EmbargoWaitPolicy] ?? String(value);
    case 'holidays':
      return Array.isArray(value) ? plural(value.length, 'holiday') : String(value);
    case 'holidayNames':
      return typeof value === 'object' ? plural(Object.keys(value).length, 'name') : String(value);
  }
}

export function isSettingField(field: string): field is SettingField {
  return Object.prototype.hasOwnProperty.call(SETTING_LABELS, field);
}
