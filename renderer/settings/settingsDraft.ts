import { isCalendarDate } from '../../shared/domain/dates';
import {
  settingsValues,
  type EmbargoWaitPolicy,
  type Settings,
  type SettingsValues,
} from '../../shared/domain/settings';
import { SETTING_LABELS, isSettingField } from '../../shared/domain/settingsText';
import { formErrors, problemsFromZod, type FormErrors, type Problem } from '../common/fieldErrors';

// What the Settings view holds while the user types: numbers and times as
// typed, so a half-typed value stays on screen to be corrected, and the
// holidays as one list of dated, named rows.

export interface HolidayRow {
  date: string;
  /** '' when it has none. */
  name: string;
}

export interface SettingsDraft {
  warnWindowDays: string;
  releaseBufferWorkingDays: string;
  minPredisclosureWorkingDays: string;
  defaultPublicTimeUtc: string;
  workingDays: number[];
  releaseWeekdays: number[];
  /** In date order. */
  holidays: HolidayRow[];
  autoPublishAtLift: boolean;
  embargoWaitPolicy: EmbargoWaitPolicy;
  embargoWaitWeeks: string;
}

export function draftFromSettings(settings: SettingsValues): SettingsDraft {
  return {
    warnWindowDays: String(settings.warnWindowDays),
    releaseBufferWorkingDays: String(settings.releaseBufferWorkingDays),
    minPredisclosureWorkingDays: String(settings.minPredisclosureWorkingDays),
    defaultPublicTimeUtc: settings.defaultPublicTimeUtc,
    workingDays: [...settings.workingDays].sort(),
    releaseWeekdays: [...settings.releaseWeekdays].sort(),
    holidays: [...new Set(settings.holidays)]
      .sort()
      .map((date) => ({ date, name: settings.holidayNames[date] ?? '' })),
    autoPublishAtLift: settings.autoPublishAtLift,
    embargoWaitPolicy: settings.embargoWaitPolicy,
    embargoWaitWeeks: String(settings.embargoWaitWeeks),
  };
}

/** A whole number as typed, or the text itself so the schema names what is wrong. */
function count(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** What settings.update takes, built from the draft without judging it. */
export function settingsInput(draft: SettingsDraft): Record<keyof SettingsValues, unknown> {
  const holidayNames: Record<string, string> = {};
  for (const row of draft.holidays) if (row.name.trim() !== '') holidayNames[row.date] = row.name;
  return {
    warnWindowDays: count(draft.warnWindowDays),
    releaseBufferWorkingDays: count(draft.releaseBufferWorkingDays),
    minPredisclosureWorkingDays: count(draft.minPredisclosureWorkingDays),
    defaultPublicTimeUtc: draft.defaultPublicTimeUtc.trim(),
    workingDays: draft.workingDays,
    releaseWeekdays: draft.releaseWeekdays,
    holidays: draft.holidays.map((row) => row.date),
    holidayNames,
    autoPublishAtLift: draft.autoPublishAtLift,
    embargoWaitPolicy: draft.embargoWaitPolicy,
    embargoWaitWeeks: count(draft.embargoWaitWeeks),
  };
}

const FIELDS = Object.keys(SETTING_LABELS);

/** Field labels as the view shows them, for messages that need the name. */
const VIEW_LABELS: Record<string, string> = {
  ...SETTING_LABELS,
  embargoWaitWeeks: 'Weeks to wait',
  defaultPublicTimeUtc: 'Default lift time',
};

/**
 * Problems onto the view's fields. A holiday's name error
 * ("holidayNames.2026-12-25") goes on that holiday's row, keyed by its date.
 */
export function settingsErrors(problems: readonly Problem[]): FormErrors {
  const moved = problems.map((problem) => {
    const name = /^holidayNames[.[]([^\]]*)\]?$/.exec(problem.path);
    if (name) return { ...problem, path: `holiday:${name[1]}` };
    const day = /^holidays\[(\d+)\]$/.exec(problem.path);
    if (day) return { ...problem, path: 'holidays' };
    return problem;
  });
  const known = [...FIELDS, ...moved.map((p) => p.path).filter((p) => p.startsWith('holiday:'))];
  return formErrors(moved, known, (field) => (isSettingField(field) ? VIEW_LABELS[field] : 'Name'));
}

export type SettingsCheck = { ok: true; value: SettingsValues } | { ok: false; errors: FormErrors };

/** The draft as settings, or what is wrong with it, field by field. */
export function checkSettings(draft: SettingsDraft): SettingsCheck {
  const counts = [
    'warnWindowDays',
    'releaseBufferWorkingDays',
    'minPredisclosureWorkingDays',
    'embargoWaitWeeks',
  ] as const;
  // The schema would say "expected number, received string": say what to type instead.
  const notCounts: Problem[] = counts
    .filter((field) => !/^\d+$/.test(draft[field].trim()))
    .map((field) => ({
      path: field,
      message: draft[field].trim() === '' ? 'must not be empty' : 'must be a whole number of days',
    }))
    .map((p) =>
      p.path === 'embargoWaitWeeks' && p.message.endsWith('days')
        ? { ...p, message: 'must be a whole number of weeks' }
        : p,
    );
  const parsed = settingsValues.safeParse(settingsInput(draft));
  const problems = [
    ...notCounts,
    ...(parsed.success
      ? []
      : problemsFromZod(parsed.error).filter((p) => !notCounts.some((n) => n.path === p.path))),
  ];
  if (problems.length > 0 || !parsed.success)
    return { ok: false, errors: settingsErrors(problems) };
  return { ok: true, value: parsed.data };
}

/** The settings that differ from what is stored, by field, in the view's order. */
export function changedSettings(draft: SettingsDraft, stored: Settings): string[] {
  const input = settingsInput(draft);
  const stored_ = settingsInput(draftFromSettings(stored));
  return FIELDS.filter(
    (field) =>
      JSON.stringify(input[field as keyof SettingsValues]) !==
      JSON.stringify(stored_[field as keyof SettingsValues]),
  );
}

export type AddHoliday = { ok: true; draft: SettingsDraft } | { ok: false; message: string };

/** Adds a dated holiday in its place in the list, or says why not. */
export function addHoliday(draft: SettingsDraft, date: string, name: string): AddHoliday {
  const day = date.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
    return { ok: false, message: 'Date must be written YYYY-MM-DD, e.g. 2026-12-25.' };
  if (!isCalendarDate(day)) return { ok: false, message: `${day} is not a real calendar date.` };
  if (day < '1970-01-01' || day > '2999-12-31')
    return { ok: false, message: 'Date must be between 1970 and 2999.' };
  if (draft.holidays.some((row) => row.date === day))
    return { ok: false, message: `${day} is already a holiday; rename it in the list.` };
  const holidays = [...draft.holidays, { date: day, name: name.trim() }].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  return { ok: true, draft: { ...draft, holidays } };
}

/** A day of an imported calendar, as calendars.importHolidays previews it. */
export interface ImportedDay {
  date: string;
  name: string | null;
}

export interface ImportRow {
  date: string;
  name: string | null;
  /** New holiday; names one that had no name; or already in the list (kept as it is). */
  change: 'add' | 'name' | 'none';
  /** The name it has in the list, when that wins over the file's. */
  current: string | null;
}

/**
 * What importing `days` does to the list being edited (not to what is
 * stored: the preview is of the draft the user will save): new days are
 * added, unnamed holidays take the file's name, names given are kept.
 */
export function importHolidays(
  draft: SettingsDraft,
  days: readonly ImportedDay[],
): { draft: SettingsDraft; rows: ImportRow[] } {
  const byDate = new Map(draft.holidays.map((row) => [row.date, row]));
  const rows: ImportRow[] = [];
  for (const day of days) {
    const existing = byDate.get(day.date);
    if (!existing) {
      byDate.set(day.date, { date: day.date, name: day.name ?? '' });
      rows.push({ date: day.date, name: day.name, change: 'add', current: null });
    } else if (existing.name === '' && day.name) {
      byDate.set(day.date, { date: day.date, name: day.name });
      rows.push({ date: day.date, name: day.name, change: 'name', current: null });
    } else {
      rows.push({ date: day.date, name: day.name, change: 'none', current: existing.name || null });
    }
  }
  const holidays = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  return { draft: { ...draft, holidays }, rows };
}
