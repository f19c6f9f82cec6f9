import type { Json } from '../../shared/history/fieldDiff';
import type { EntityHistory, HistoryEntry } from '../../shared/history/schemas';
import { MILESTONE_KINDS, type MilestoneKind } from '../../shared/domain/release';
import { settingsChangeLines } from '../../shared/history/settingsChanges';
import { formatDay, formatInstantUtc } from '../common/dates';
import { HIDDEN } from '../common/redaction';
import { formatShift } from '../advisories/embargoMovesView';
import { milestoneTitle } from '../releases/releaseDraft';

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

const FIELD_LABELS: Record<string, string> = {
  key: 'Key',
  title: 'Title',
  status: 'Status',
  cves: 'CVEs',
  predisclosureAt: 'Pre-disclosure',
  publicAt: 'Embargo lift',
  affects: 'Affected releases',
  followUps: 'Follow-up',
  notes: 'Notes',
  name: 'Name',
  milestones: 'Milestone',
};

const PART_LABELS: Record<string, string> = {
  summary: 'summary',
  expectedAt: 'expected',
  status: 'status',
  publicAt: 'own lift',
  planned: 'planned',
  actual: 'actual',
  baseline: 'baseline',
  label: 'label',
  kind: 'kind',
};

const SOURCES: Record<string, string> = {
  app: 'in the app',
  web: 'in the browser',
  cli: 'on the command line',
  undo: 'by undo',
  redo: 'by redo',
};

const ACTIONS: Record<HistoryEntry['action'], string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
};

const isKind = (text: string): text is MilestoneKind =>
  (MILESTONE_KINDS as readonly string[]).includes(text);

/** `release`, `rc "RC2"`, `rc #2` as the release card titles milestones. */
function milestoneName(name: string): string {
  const match = /^([a-z-]+)(?: "(.*)"| (#\d+))?$/.exec(name);
  if (!match || !isKind(match[1])) return name;
  const title = milestoneTitle(match[1], match[2] ?? null);
  return match[3] ? `${title} ${match[3]}` : title;
}

/** `"Arm SSBD control" #2` (a JSON string, numbered when repeated) as `“Arm SSBD control” #2`. */
function quotedName(name: string): string {
  const match = /^(".*")( #\d+)?$/.exec(name);
  if (!match) return name;
  try {
    return `“${String(JSON.parse(match[1]))}”${match[2] ?? ''}`;
  } catch {
    return name;
  }
}

/** `followUps["Arm SSBD control"].status` → `Follow-up “Arm SSBD control” · status`. */
export function fieldLabel(field: string): string {
  const element = /^(\w+)\[(.*)\](?:\.(\w+))?$/.exec(field);
  if (!element) return FIELD_LABELS[field] ?? field;
  const [, list, name, part] = element;
  const owner = FIELD_LABELS[list] ?? list;
  const which = list === 'milestones' ? milestoneName(name) : quotedName(name);
  const head = list === 'milestones' ? which : `${owner} ${which}`;
  return part ? `${head} · ${PART_LABELS[part] ?? part}` : head;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A recorded value as the forms show it. */
export function valueText(value: Json): string {
  if (value === null) return '—';
  if (typeof value === 'string') {
    if (INSTANT.test(value)) return formatInstantUtc(value);
    if (DAY.test(value)) return formatDay(value);
    return value === '' ? '(empty)' : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(valueText).join(', ');
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${PART_LABELS[k] ?? k} ${valueText(v)}`)
    .join(', ');
}

/** Parts of a whole list element its field label already names ("Follow-up “Fix”"). */
const NAMED_BY_LABEL: Record<string, readonly string[]> = {
  followUps: ['summary'],
  milestones: ['kind', 'label'],
};

/** A follow-up or milestone added or removed whole, without what its label already says. */
function elementValue(field: string, value: Json): Json {
  const list = /^(\w+)\[.*\]$/.exec(field)?.[1];
  const named = list ? NAMED_BY_LABEL[list] : undefined;
  if (!named || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !named.includes(key)));
}

function shiftOf(field: string, before: Json, after: Json): string | null {
  if (field !== 'publicAt' || typeof before !== 'string' || typeof after !== 'string') return null;
  const hours = (Date.parse(after) - Date.parse(before)) / 3_600_000;
  return Number.isFinite(hours) && hours !== 0 ? formatShift(hours) : null;
}

/**
 * The entries newest first. With `hide` (presentation mode, and the
 * advisory still under embargo) confidential fields are named without free
 * text and their values, like the reasons typed for them, are not shown.
 */
export function historyView(history: EntityHistory, hide: boolean): EntryView[] {
  if (history.entity === 'settings') return settingsHistoryView(history);
  return [...history.entries].reverse().map((entry) => ({
    id: entry.changeId,
    at: entry.at,
    when: formatInstantUtc(entry.at.replace(/\.\d+Z$/, 'Z')),
    who: entry.who,
    via: SOURCES[entry.source] ?? `via ${entry.source}`,
    kind: entry.action,
    action: ACTIONS[entry.action],
    reason: entry.reason === null ? null : hide ? HIDDEN : entry.reason,
    changes: entry.fields.map((change) => {
      const hidden = hide && change.confidential;
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
    via: SOURCES[entry.source] ?? `via ${entry.source}`,
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
