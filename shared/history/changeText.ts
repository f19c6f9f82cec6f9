import { formatDay, formatInstantUtc } from '../domain/dateText';
import { MILESTONE_KINDS, MILESTONE_LABELS, type MilestoneKind } from '../domain/release';
import type { Json } from './fieldDiff';

// A change from the change log as people read it, in the app's history
// dialog and on the command line alike: fields by the names the forms give
// them, dates as the rest of the app writes them, shifts in days.

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
  blockers: 'Blocker',
};

export const PART_LABELS: Record<string, string> = {
  summary: 'summary',
  expectedAt: 'expected',
  status: 'status',
  publicAt: 'own lift',
  planned: 'planned',
  actual: 'actual',
  baseline: 'baseline',
  label: 'label',
  kind: 'kind',
  title: 'title',
  openedOn: 'opened',
  expectedOn: 'expected',
  resolvedOn: 'resolved',
};

const isKind = (text: string): text is MilestoneKind =>
  (MILESTONE_KINDS as readonly string[]).includes(text);

/** 'Feature freeze', 'Release candidate — RC2', as the release card titles milestones. */
export function milestoneTitle(kind: MilestoneKind, label: string | null): string {
  if (kind === 'custom') return label || MILESTONE_LABELS.custom;
  return label ? `${MILESTONE_LABELS[kind]} — ${label}` : MILESTONE_LABELS[kind];
}

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
  blockers: ['title'],
};

/** A follow-up or milestone added or removed whole, without what its label already says. */
export function elementValue(field: string, value: Json): Json {
  const list = /^(\w+)\[.*\]$/.exec(field)?.[1];
  const named = list ? NAMED_BY_LABEL[list] : undefined;
  if (!named || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !named.includes(key)));
}

const MINUS = '\u2212';

/** One decimal at most, and none when whole: 7, 1.5. */
const tidy = (value: number) => String(Math.round(value * 10) / 10);

const unit = (size: string, one: string) => `${size} ${size === '1' ? one : `${one}s`}`;

/**
 * A shift of a lift, later positive: "+7 d", "−1.5 d", "+3 h", "+30 min",
 * "±0"; with `long`, "+7 days", "−1 day", "+3 hours". Days from a day on,
 * because embargoes are argued in days.
 */
export function formatShift(hours: number, long = false): string {
  if (hours === 0) return '±0';
  const sign = hours > 0 ? '+' : MINUS;
  const size = Math.abs(hours);
  if (size < 1) {
    const minutes = String(Math.round(size * 60));
    return `${sign}${long ? unit(minutes, 'minute') : `${minutes} min`}`;
  }
  if (size < 24) return `${sign}${long ? unit(tidy(size), 'hour') : `${tidy(size)} h`}`;
  return `${sign}${long ? unit(tidy(size / 24), 'day') : `${tidy(size / 24)} d`}`;
}

/** The same shift without a sign, for distances travelled: "9 d", "9 days". */
export function formatDistance(hours: number, long = false): string {
  return formatShift(Math.abs(hours), long).replace(/^[+±]/, '');
}

/** How far the lift moved in a change of `publicAt`, or null for any other change. */
export function liftShift(field: string, before: Json, after: Json): number | null {
  if (field !== 'publicAt' || typeof before !== 'string' || typeof after !== 'string') return null;
  const hours = (Date.parse(after) - Date.parse(before)) / 3_600_000;
  return Number.isFinite(hours) && hours !== 0 ? hours : null;
}

/** Where a change came from, as a phrase: "in the app", "on the command line", "by undo". */
export function sourceText(source: string): string {
  return SOURCES[source] ?? `via ${source}`;
}

const SOURCES: Record<string, string> = {
  app: 'in the app',
  web: 'in the browser',
  cli: 'on the command line',
  undo: 'by undo',
  redo: 'by redo',
};
