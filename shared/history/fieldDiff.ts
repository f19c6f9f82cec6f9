// Field-level differences between two recorded states of a release, an
// advisory or the settings, as the change log keeps them (whole JSON
// documents). Pure: the history call, the command line and the undo labels
// all read changes through this one function.

export type HistoryEntity = 'release' | 'advisory' | 'settings';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface FieldChange {
  /** `publicAt`, `milestones[release].planned`, `followUps["Arm SSBD control"].status`. */
  field: string;
  /**
   * The same place named without free text (follow-ups by position), for
   * output that must not show an embargoed advisory's details.
   */
  safeField: string;
  /** null when the field or list element did not exist before (or after). */
  before: Json;
  after: Json;
  /**
   * Confidential while the advisory is embargoed: everything except its key,
   * status and lift, as in the pre-disclosure export profile.
   */
  confidential: boolean;
  /**
   * The id of the list element (follow-up, milestone) the change belongs
   * to, when the log knows it: what tells which follow-up a change is about
   * without reading its summary.
   */
  elementId?: number;
}

type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Bookkeeping, not content: ids and revisions change without anybody editing anything. */
const IGNORED = new Set(['id', 'revision']);

/** What an advisory may show while embargoed (the pre-disclosure profile's fields). */
const PUBLIC_ADVISORY_FIELDS = new Set(['key', 'status', 'publicAt']);

/** Fields in the order people read them; anything else follows alphabetically. */
const FIELD_ORDER: Record<HistoryEntity, readonly string[]> = {
  advisory: [
    'key',
    'title',
    'status',
    'cves',
    'predisclosureAt',
    'publicAt',
    'affects',
    'followUps',
    'notes',
  ],
  release: ['name', 'status', 'milestones', 'blockers'],
  settings: [],
};

function orderedKeys(entity: HistoryEntity, a: JsonObject, b: JsonObject): string[] {
  const all = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !IGNORED.has(k)));
  const order = FIELD_ORDER[entity];
  const known = order.filter((k) => all.has(k));
  const rest = [...all].filter((k) => !order.includes(k)).sort();
  return [...known, ...rest];
}

const same = (a: Json | undefined, b: Json | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const isEmpty = (value: Json | undefined) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** A list element's name in a field path, and its free-text-less twin. */
interface ElementName {
  name: string;
  safe: string;
}

/**
 * Milestones by what they are ("release", "rc \"RC2\"", "rc #2") rather than
 * by their place in the list, which changes when one is inserted.
 */
function milestoneNames(list: JsonObject[]): ElementName[] {
  const perKind = new Map<string, number>();
  for (const m of list) perKind.set(String(m.kind), (perKind.get(String(m.kind)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return list.map((m) => {
    const kind = String(m.kind);
    const nth = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, nth);
    const label = typeof m.label === 'string' && m.label !== '' ? m.label : null;
    const name =
      perKind.get(kind) === 1
        ? kind
        : label
          ? `${kind} ${JSON.stringify(label)}`
          : `${kind} #${nth}`;
    // Milestone labels are not confidential (releases are public plans).
    return { name, safe: name };
  });
}

/** Follow-ups by their summary; by position where output must stay free of it. */
function followUpNames(list: JsonObject[]): ElementName[] {
  const counts = new Map<string, number>();
  return list.map((f, index) => {
    const summary = String(f.summary ?? '');
    const nth = (counts.get(summary) ?? 0) + 1;
    counts.set(summary, nth);
    return {
      name: `${JSON.stringify(summary)}${nth > 1 ? ` #${nth}` : ''}`,
      safe: `#${index + 1}`,
    };
  });
}

/** Blockers by their title (releases are public plans, so titles are safe). */
function blockerNames(list: JsonObject[]): ElementName[] {
  const counts = new Map<string, number>();
  return list.map((b) => {
    const title = String(b.title ?? '');
    const nth = (counts.get(title) ?? 0) + 1;
    counts.set(title, nth);
    const name = `${JSON.stringify(title)}${nth > 1 ? ` #${nth}` : ''}`;
    return { name, safe: name };
  });
}

function elementNames(field: string, list: JsonObject[]): ElementName[] {
  if (field === 'milestones') return milestoneNames(list);
  if (field === 'blockers') return blockerNames(list);
  if (field === 'followUps') return followUpNames(list);
  return list.map((_, index) => ({ name: String(index + 1), safe: String(index + 1) }));
}

function withoutIgnored(value: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !IGNORED.has(k)));
}

const isObjectList = (value: Json | undefined): value is JsonObject[] =>
  Array.isArray(value) && value.length > 0 && value.every(isObject);

/** Pairs list elements by id (their identity across edits), else by position. */
function pairElements(
  before: JsonObject[],
  after: JsonObject[],
): { before: number | null; after: number | null }[] {
  const hasId = (e: JsonObject) => typeof e.id === 'number';
  const byId = before.every(hasId) && after.every(hasId);
  if (!byId) {
    return Array.from({ length: Math.max(before.length, after.length) }, (_, i) => ({
      before: i < before.length ? i : null,
      after: i < after.length ? i : null,
    }));
  }
  const beforeIndex = new Map(before.map((e, i) => [e.id, i]));
  const pairs = after.map((e, i): { before: number | null; after: number | null } => {
    const match = beforeIndex.get(e.id);
    if (match !== undefined) beforeIndex.delete(e.id);
    return { before: match ?? null, after: i };
  });
  // What is left on the before side was removed.
  for (const i of beforeIndex.values()) pairs.push({ before: i, after: null });
  return pairs;
}

function diffList(
  field: string,
  before: JsonObject[],
  after: JsonObject[],
  confidential: boolean,
  out: FieldChange[],
): void {
  const beforeNames = elementNames(field, before);
  const afterNames = elementNames(field, after);
  for (const pair of pairElements(before, after)) {
    const name = pair.before !== null ? beforeNames[pair.before] : afterNames[pair.after ?? 0];
    const prefix = `${field}[${name.name}]`;
    const safePrefix = `${field}[${name.safe}]`;
    const id = (pair.after !== null ? after[pair.after] : before[pair.before ?? 0]).id;
    const element = typeof id === 'number' ? { elementId: id } : {};
    const a = pair.before === null ? null : withoutIgnored(before[pair.before]);
    const b = pair.after === null ? null : withoutIgnored(after[pair.after]);
    if (a === null || b === null) {
      out.push({
        field: prefix,
        safeField: safePrefix,
        before: a,
        after: b,
        confidential,
        ...element,
      });
      continue;
    }
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
      if (same(a[key], b[key])) continue;
      out.push({
        field: `${prefix}.${key}`,
        safeField: `${safePrefix}.${key}`,
        before: a[key] ?? null,
        after: b[key] ?? null,
        confidential,
        ...element,
      });
    }
  }
}

/** A holiday list or its names as date → value; a list of dates maps each to itself. */
function byDate(value: Json): Map<string, Json> {
  if (Array.isArray(value))
    return new Map(value.filter((d) => typeof d === 'string').map((d) => [d, d]));
  if (isObject(value)) return new Map(Object.entries(value));
  return new Map();
}

/**
 * Holidays one date at a time ("holidays[2026-12-25]", "holidayNames[2026-12-25]"):
 * a list of dozens of dates that gained one would otherwise be shown whole.
 */
function diffByDate(field: string, before: Json, after: Json, out: FieldChange[]): void {
  const a = byDate(before);
  const b = byDate(after);
  for (const date of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(date) ?? null;
    const y = b.get(date) ?? null;
    if (same(x, y)) continue;
    const name = `${field}[${date}]`;
    out.push({ field: name, safeField: name, before: x, after: y, confidential: false });
  }
}

/**
 * The fields that differ between two states. `before` null means the entity
 * was created (its non-empty fields are listed), `after` null that it was
 * deleted. Lists of records (milestones, follow-ups) are compared element by
 * element, the settings' holidays and their names date by date; lists of
 * plain values (CVEs, affects, weekdays) as a whole.
 */
export function diffEntity(entity: HistoryEntity, before: unknown, after: unknown): FieldChange[] {
  const a = isObject(before) ? before : null;
  const b = isObject(after) ? after : null;
  if (a === null && b === null) return [];
  const creating = a === null;
  const deleting = b === null;
  const from = a ?? {};
  const to = b ?? {};
  const out: FieldChange[] = [];
  for (const key of orderedKeys(entity, from, to)) {
    const x = from[key];
    const y = to[key];
    if ((creating && isEmpty(y)) || (deleting && isEmpty(x)) || same(x, y)) continue;
    const confidential = entity === 'advisory' && !PUBLIC_ADVISORY_FIELDS.has(key);
    if (entity === 'settings' && (key === 'holidays' || key === 'holidayNames')) {
      diffByDate(key, x ?? null, y ?? null, out);
      continue;
    }
    if (isObjectList(x) || isObjectList(y)) {
      diffList(
        key,
        Array.isArray(x) ? x.filter(isObject) : [],
        Array.isArray(y) ? y.filter(isObject) : [],
        confidential,
        out,
      );
      continue;
    }
    out.push({ field: key, safeField: key, before: x ?? null, after: y ?? null, confidential });
  }
  return out;
}
