import { diffEntity, type HistoryEntity } from './fieldDiff';

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

function describe(change: StepChange): string {
  if (change.entity === 'settings') return 'Change settings';
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
