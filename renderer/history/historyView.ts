import type { Json } from '../../shared/history/fieldDiff';
import type { HistoryRedaction } from '../../shared/history/historyRedaction';
import type { EntityHistory, HistoryEntry } from '../../shared/history/schemas';
import {
  elementValue,
  fieldLabel,
  formatShift,
  liftShift,
  sourceText,
  valueText,
} from '../../shared/history/changeText';
import { settingsChangeLines } from '../../shared/history/settingsChanges';
import { formatDay, formatInstantUtc } from '../common/dates';

export { fieldLabel, valueText };
import { HIDDEN } from '../common/redaction';

// The change log as people read it: newest first, fields by the names the
// forms give them, dates as the rest of the app writes them.

export interface ChangeLine {
  field: string;
  /** A field (or list element) that appeared, went away, or changed value. */
  kind: 'added' | 'removed' | 'changed';
  /** '—' when the field (or list element) did not exist on that side. */
  before: string;
  after: string;
  /** How far a lift moved in this change: "+7 d". */
  shift: string | null;
  hidden: boolean;
}

export interface EntryView {
  id: number;
  at: string;
  when: string;
  who: string;
  /** "in the app", "on the command line", "by undo". */
  via: string;
  kind: HistoryEntry['action'];
  /** "Created", "Changed", "Deleted". */
  action: string;
  /** null when there is none; HIDDEN when presentation mode hides it. */
  reason: string | null;
  changes: ChangeLine[];
}

const ACTIONS: Record<HistoryEntry['action'], string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
};

function shiftOf(field: string, before: Json, after: Json): string | null {
  const hours = liftShift(field, before, after);
  return hours === null ? null : formatShift(hours);
}

/**
 * The entries newest first. What `redaction` hides (presentation mode: what
 * a shared export would not carry, see historyRedaction) is named without
 * free text, and its values, like the reasons typed for it, are not shown.
 */
export function historyView(history: EntityHistory, redaction: HistoryRedaction): EntryView[] {
  if (history.entity === 'settings') return settingsHistoryView(history);
  return [...history.entries].reverse().map((entry) => ({
    id: entry.changeId,
    at: entry.at,
    when: formatInstantUtc(entry.at.replace(/\.\d+Z$/, 'Z')),
    who: entry.who,
    via: sourceText(entry.source),
    kind: entry.action,
    action: ACTIONS[entry.action],
    reason: entry.reason === null ? null : redaction.hidesReason(entry) ? HIDDEN : entry.reason,
    changes: entry.fields.map((change) => {
      const hidden = redaction.hides(change);
      const show = (value: Json) =>
        hidden && value !== null ? HIDDEN : valueText(elementValue(change.field, value));
      return {
        field: fieldLabel(hidden ? change.safeField : change.field),
        kind: change.before === null ? 'added' : change.after === null ? 'removed' : 'changed',
        before: show(change.before),
        after: show(change.after),
        shift: shiftOf(change.field, change.before, change.after),
        hidden,
      };
    }),
  }));
}

/**
 * The settings always exist (their defaults until first saved), so every
 * entry is a change; a holiday and its name read as one line.
 */
function settingsHistoryView(history: EntityHistory): EntryView[] {
  return [...history.entries].reverse().map((entry) => ({
    id: entry.changeId,
    at: entry.at,
    when: formatInstantUtc(entry.at.replace(/\.\d+Z$/, 'Z')),
    who: entry.who,
    via: sourceText(entry.source),
    kind: 'update',
    action: ACTIONS.update,
    reason: entry.reason,
    changes: settingsChangeLines(entry.fields, formatDay).map((line) => ({
      ...line,
      shift: null,
      hidden: false,
    })),
  }));
}
