import { isSettingField, SETTING_LABELS } from '../domain/settingsText';
import { diffEntity, type FieldChange, type HistoryEntity } from './fieldDiff';

/** One change of a step, as the change log has it. */
export interface StepChange {
  entity: HistoryEntity;
  entityName: string;
  action: 'create' | 'update' | 'delete';
  before: unknown;
  after: unknown;
}

function subject(change: StepChange): string {
  if (change.entity === 'release') return `release ${change.entityName}`;
  if (change.entity === 'settings') return 'settings';
  return change.entityName;
}

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** "holidays[2026-12-25]" → "2026-12-25". */
const dateOf = (field: string) => /\[(.*)\]$/.exec(field)?.[1] ?? field;

function holidayText(date: string, name: unknown): string {
  return typeof name === 'string' && name !== '' ? `${name}, ${date}` : date;
}

/**
 * "Add holiday Christmas Day, 2026-12-25", "Rename holiday 2026-12-25 to
 * Boxing Day", "Change warning window", "Change settings (warning window,
 * release buffer)".
 */
function describeSettings(changes: readonly FieldChange[], after: unknown): string {
  const names =
    typeof after === 'object' && after !== null && 'holidayNames' in after
      ? (after.holidayNames as Record<string, unknown>)
      : {};
  const holidays = changes.filter((c) => c.field.startsWith('holidays['));
  const added = holidays.filter((c) => c.before === null).map((c) => dateOf(c.field));
  const removed = holidays.filter((c) => c.after === null).map((c) => dateOf(c.field));
  const touched = new Set([...added, ...removed]);
  const renamed = changes.filter(
    (c) => c.field.startsWith('holidayNames[') && !touched.has(dateOf(c.field)),
  );
  const others = [
    ...new Set(changes.filter((c) => !c.field.includes('[')).map((c) => c.field)),
  ].filter(isSettingField);
  const holidayChanged = added.length + removed.length + renamed.length > 0;
  if (others.length === 0 && holidayChanged) {
    if (added.length === 1 && removed.length === 0 && renamed.length === 0)
      return `Add holiday ${holidayText(added[0], names[added[0]])}`;
    if (removed.length === 1 && added.length === 0 && renamed.length === 0) {
      const gone = changes.find((c) => c.field === `holidayNames[${removed[0]}]`)?.before;
      return `Remove holiday ${holidayText(removed[0], gone)}`;
    }
    if (renamed.length === 1 && added.length + removed.length === 0) {
      const [change] = renamed;
      const date = dateOf(change.field);
      if (change.after === null) return `Unname holiday ${date}`;
      return `${change.before === null ? 'Name' : 'Rename'} holiday ${date} ${change.before === null ? 'as' : 'to'} ${String(change.after)}`;
    }
    if (removed.length === 0 && renamed.length === 0)
      return `Add ${plural(added.length, 'holiday')}`;
    if (added.length === 0 && renamed.length === 0)
      return `Remove ${plural(removed.length, 'holiday')}`;
    return 'Change holidays';
  }
  // In the order the Settings view shows them.
  const order = Object.keys(SETTING_LABELS);
  const fields = [...others, ...(holidayChanged ? (['holidays'] as const) : [])].sort(
    (a, b) => order.indexOf(a) - order.indexOf(b),
  );
  const parts = fields.map((f) => SETTING_LABELS[f]);
  if (parts.length === 1) return `Change ${parts[0].toLowerCase()}`;
  if (parts.length === 0) return 'Change settings';
  const listed = parts.length > 3 ? [...parts.slice(0, 2), `${parts.length - 2} more`] : parts;
  return `Change settings (${listed.map((p) => p.toLowerCase()).join(', ')})`;
}

function describe(change: StepChange): string {
  if (change.entity === 'settings')
    return describeSettings(diffEntity('settings', change.before, change.after), change.after);
  if (change.action === 'create') return `Add ${subject(change)}`;
  if (change.action === 'delete') return `Delete ${subject(change)}`;
  const changes = diffEntity(change.entity, change.before, change.after);
  const fields = changes.map((f) => f.field);
  const renamed = changes.length === 1 && (fields[0] === 'name' || fields[0] === 'key');
  if (renamed) {
    const what = change.entity === 'release' ? 'release ' : '';
    return `Rename ${what}${String(changes[0].before)} to ${String(changes[0].after)}`;
  }
  if (change.entity === 'advisory') {
    if (fields.includes('publicAt')) return `Move ${change.entityName} lift`;
    const status = fields.length === 1 && fields[0] === 'status' ? change.after : null;
    if (status && typeof status === 'object' && 'status' in status)
      return `Mark ${change.entityName} ${String(status.status)}`;
  }
  if (
    change.entity === 'release' &&
    fields.length > 0 &&
    fields.every((f) => /^milestones\[.*\]\.planned$/.test(f))
  )
    return `Move ${subject(change)} dates`;
  return `Edit ${subject(change)}`;
}

/**
 * What an undo menu item says about a step ("Move XSA-263 lift"). Keys and
 * release names only: labels are shown in menus and tooltips, never titles.
 * A step of several changes is named after its main one — a create or delete
 * if there is one (deleting a release also edits the advisories it was in).
 */
export function stepLabel(changes: readonly StepChange[]): string {
  if (changes.length === 0) return 'Change nothing';
  const main =
    [...changes].reverse().find((c) => c.action !== 'update') ?? changes[changes.length - 1];
  const others = changes.length - 1;
  const label = describe(main);
  return others === 0 ? label : `${label} (and ${others} more change${others === 1 ? '' : 's'})`;
}
