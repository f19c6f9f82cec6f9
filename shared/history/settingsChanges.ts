import { isSettingField, SETTING_LABELS, settingValueText } from '../domain/settingsText';
import type { FieldChange } from './fieldDiff';

/** One line of a settings change as people read it: "Holiday Fri 25 Dec 2026: + Christmas Day". */
export interface SettingsChangeLine {
  field: string;
  kind: 'added' | 'removed' | 'changed';
  /** '—' when there was none. */
  before: string;
  after: string;
}

const dateOf = (field: string) => /\[(.*)\]$/.exec(field)?.[1] ?? null;

/**
 * A settings change field by field, a holiday and its name as one line per
 * date ("Holiday Fri 25 Dec 2026", added as "Christmas Day"), values with
 * their units. `day` writes a date as the caller writes dates.
 */
export function settingsChangeLines(
  changes: readonly FieldChange[],
  day: (date: string) => string,
): SettingsChangeLine[] {
  const lines: SettingsChangeLine[] = [];
  const holidays = new Map<string, { listed?: FieldChange; named?: FieldChange }>();
  for (const change of changes) {
    const date = dateOf(change.field);
    if (date !== null && change.field.startsWith('holidays[')) {
      holidays.set(date, { ...holidays.get(date), listed: change });
      continue;
    }
    if (date !== null && change.field.startsWith('holidayNames[')) {
      holidays.set(date, { ...holidays.get(date), named: change });
      continue;
    }
    const field = change.field;
    const text = (value: unknown) =>
      value === null ? '—' : isSettingField(field) ? settingValueText(field, value) : String(value);
    lines.push({
      field: isSettingField(field) ? SETTING_LABELS[field] : field,
      kind: change.before === null ? 'added' : change.after === null ? 'removed' : 'changed',
      before: text(change.before),
      after: text(change.after),
    });
  }
  const name = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  for (const date of [...holidays.keys()].sort()) {
    const { listed, named } = holidays.get(date)!;
    const field = `Holiday ${day(date)}`;
    const before = name(named?.before);
    const after = name(named?.after);
    if (listed?.before === null)
      lines.push({ field, kind: 'added', before: '—', after: after ?? 'no name' });
    else if (listed?.after === null)
      lines.push({ field, kind: 'removed', before: before ?? 'no name', after: '—' });
    else
      lines.push({
        field,
        kind: 'changed',
        before: before ?? 'no name',
        after: after ?? 'no name',
      });
  }
  return lines;
}
