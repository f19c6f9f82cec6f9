import { z } from 'zod';
import type { SettingsValues } from '../domain/settings';

// What a bundle's settings and holidays would change, and what the user
// chose to do about it. An import never replaces settings or holidays
// silently: the preview lists each difference, and the choice is the
// user's (by default: keep their settings, merge the holidays).

export const SETTINGS_CHOICES = ['keep', 'take'] as const;
export const HOLIDAY_CHOICES = ['merge', 'keep', 'take'] as const;
export type SettingsChoice = (typeof SETTINGS_CHOICES)[number];
export type HolidayChoice = (typeof HOLIDAY_CHOICES)[number];

const namedDay = z.object({ date: z.string(), name: z.string() });

export const settingsDifferences = z.object({
  /** Each setting (holidays aside) whose value in the file is not ours, in words. */
  settings: z.array(
    z.object({ field: z.string(), label: z.string(), ours: z.string(), theirs: z.string() }),
  ),
  holidays: z.object({
    /** In the file, not among ours. */
    theirsOnly: z.array(namedDay),
    /** Ours, not in the file: what taking the file's would remove. */
    oursOnly: z.array(namedDay),
    /** The same day under another name. */
    renamed: z.array(z.object({ date: z.string(), ours: z.string(), theirs: z.string() })),
  }),
  settingsChoice: z.enum(SETTINGS_CHOICES),
  holidayChoice: z.enum(HOLIDAY_CHOICES),
});
export type SettingsDifferences = z.infer<typeof settingsDifferences>;

type Field = Exclude<keyof SettingsValues, 'holidays' | 'holidayNames'>;

/** The settings by the names the Settings view gives them. */
export const SETTING_LABELS: Record<Field, string> = {
  warnWindowDays: 'Warning window',
  releaseBufferWorkingDays: 'Release buffer',
  minPredisclosureWorkingDays: 'Minimum pre-disclosure',
  defaultPublicTimeUtc: 'Default lift time',
  workingDays: 'Working days',
  releaseWeekdays: 'Preferred release weekdays',
  autoPublishAtLift: 'Make advisories public at their lift time',
  embargoWaitPolicy: 'Waiting for embargoes',
  embargoWaitWeeks: 'Wait at most',
};

const FIELDS = Object.keys(SETTING_LABELS) as Field[];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const POLICIES: Record<SettingsValues['embargoWaitPolicy'], string> = {
  history: 'decide from past releases',
  always: 'always wait',
  'up-to': 'wait up to a number of weeks',
  never: 'never wait (point release)',
};

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** A setting's value as the preview shows it: "14 days", "Mon, Tue", "12:00 UTC". */
export function settingText<F extends Field>(field: F, value: SettingsValues[F]): string {
  switch (field) {
    case 'warnWindowDays':
      return plural(value as number, 'day');
    case 'releaseBufferWorkingDays':
    case 'minPredisclosureWorkingDays':
      return plural(value as number, 'working day');
    case 'embargoWaitWeeks':
      return plural(value as number, 'week');
    case 'defaultPublicTimeUtc':
      return `${String(value)} UTC`;
    case 'workingDays':
    case 'releaseWeekdays': {
      const days = [...(value as number[])].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
      return days.length === 0 ? 'none' : days.map((d) => WEEKDAYS[d]).join(', ');
    }
    case 'autoPublishAtLift':
      return value ? 'on' : 'off';
    case 'embargoWaitPolicy':
      return POLICIES[value as SettingsValues['embargoWaitPolicy']];
    default:
      return String(value);
  }
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(Array.isArray(a) ? [...a].sort() : a) ===
  JSON.stringify(Array.isArray(b) ? [...b].sort() : b);

const nameOf = (names: Record<string, string> | undefined, date: string) =>
  names?.[date] ?? 'Holiday';

export interface SettingsMerge {
  /** The settings to store, or null when they stay as they are. */
  settings: SettingsValues | null;
  differences: SettingsDifferences;
}

/**
 * What the file's settings would change, and the settings to store under
 * the user's choices. Holidays: `merge` adds the file's days (our names win
 * where both name a day), `take` replaces ours with the file's, `keep`
 * leaves ours. A file that does not carry a setting leaves it alone.
 */
export function mergeSettings(
  ours: SettingsValues,
  theirs: Partial<SettingsValues>,
  choice: { settings: SettingsChoice; holidays: HolidayChoice },
): SettingsMerge {
  const settings = FIELDS.filter(
    (field) => theirs[field] !== undefined && !same(theirs[field], ours[field]),
  ).map((field) => ({
    field,
    label: SETTING_LABELS[field],
    ours: settingText(field, ours[field]),
    theirs: settingText(field, theirs[field] as SettingsValues[typeof field]),
  }));

  const hasHolidays = theirs.holidays !== undefined;
  const theirDays = theirs.holidays ?? [];
  const theirNames = theirs.holidayNames ?? {};
  const ourSet = new Set(ours.holidays);
  const theirSet = new Set(theirDays);
  const holidays = {
    theirsOnly: theirDays
      .filter((date) => !ourSet.has(date))
      .sort()
      .map((date) => ({ date, name: nameOf(theirNames, date) })),
    oursOnly: hasHolidays
      ? ours.holidays
          .filter((date) => !theirSet.has(date))
          .sort()
          .map((date) => ({ date, name: nameOf(ours.holidayNames, date) }))
      : [],
    renamed: theirDays
      .filter((date) => ourSet.has(date) && theirNames[date] !== undefined)
      .filter((date) => nameOf(ours.holidayNames, date) !== theirNames[date])
      .sort()
      .map((date) => ({ date, ours: nameOf(ours.holidayNames, date), theirs: theirNames[date] })),
  };

  let next: SettingsValues = { ...ours };
  if (choice.settings === 'take')
    for (const { field } of settings) next = { ...next, [field]: theirs[field as Field] };
  if (hasHolidays && choice.holidays === 'merge' && holidays.theirsOnly.length > 0) {
    const names = { ...next.holidayNames };
    for (const { date, name } of holidays.theirsOnly)
      if (theirNames[date] !== undefined) names[date] = name;
    next = {
      ...next,
      holidays: [...next.holidays, ...holidays.theirsOnly.map((h) => h.date)].sort(),
      holidayNames: names,
    };
  }
  if (hasHolidays && choice.holidays === 'take') {
    const names = Object.fromEntries(
      Object.entries(theirNames).filter(([date]) => theirSet.has(date)),
    );
    next = { ...next, holidays: [...theirDays].sort(), holidayNames: names };
  }
  const sortedNames = (names: Record<string, string>) => Object.entries(names).sort();
  const changed =
    (Object.keys(next) as (keyof SettingsValues)[]).some(
      (field) => field !== 'holidayNames' && !same(next[field], ours[field]),
    ) ||
    !same(
      JSON.stringify(sortedNames(next.holidayNames)),
      JSON.stringify(sortedNames(ours.holidayNames)),
    );
  return {
    settings: changed ? next : null,
    differences: {
      settings,
      holidays,
      settingsChoice: choice.settings,
      holidayChoice: choice.holidays,
    },
  };
}
