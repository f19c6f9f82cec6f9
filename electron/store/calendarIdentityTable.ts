import type { CalendarIdentities, CalendarIdentity } from '../../shared/calendar/identity';
import { TOMBSTONE_DAYS, tombstoneItem, type Tombstone } from '../../shared/calendar/tombstones';
import type { Db } from './db';

interface IdentityRow {
  id: number;
  uid: string | null;
  sequence: number;
}

function identities(db: Db, table: 'milestones' | 'advisories' | 'follow_ups') {
  const rows = db.prepare(`SELECT id, uid, sequence FROM ${table}`).all() as IdentityRow[];
  const map = new Map<number, CalendarIdentity>();
  for (const row of rows)
    if (row.uid !== null) map.set(row.id, { uid: row.uid, sequence: row.sequence });
  return map;
}

/** Every row's calendar UID and SEQUENCE (kept by migration 003's triggers). */
export function readCalendarIdentities(db: Db): CalendarIdentities {
  return {
    milestones: identities(db, 'milestones'),
    advisories: identities(db, 'advisories'),
    followUps: identities(db, 'follow_ups'),
  };
}

interface TombstoneRow {
  uid: string;
  sequence: number;
  kind: string;
  item: string;
  deleted_at: string;
}

/** Deleted items still to be shown as cancelled at `now`. */
export function readTombstones(db: Db, now: Date): Tombstone[] {
  const since = new Date(now.getTime() - TOMBSTONE_DAYS * 86_400_000).toISOString();
  const rows = db
    .prepare(
      'SELECT uid, sequence, kind, item, deleted_at FROM calendar_tombstones WHERE deleted_at > ? ORDER BY deleted_at, uid',
    )
    .all(since.replace(/\.\d{3}Z$/, 'Z')) as TombstoneRow[];
  return rows.flatMap((row) => {
    const item = tombstoneItem.safeParse({ ...(JSON.parse(row.item) as object), kind: row.kind });
    // A row this version cannot read is left out rather than failing the export.
    return item.success
      ? [{ uid: row.uid, sequence: row.sequence, deletedAt: row.deleted_at, item: item.data }]
      : [];
  });
}

const TABLES = {
  milestone: 'milestones',
  advisory: 'advisories',
  'follow-up': 'follow_ups',
} as const;

/**
 * For rows that undo or redo put back under their old ids: take back the
 * UID of the event they had, with a SEQUENCE above its cancellation, so a
 * subscribed calendar sees the same event return instead of a cancelled one
 * and a new one beside it.
 */
export function reclaimCalendarIdentity(
  db: Db,
  kind: keyof typeof TABLES,
  ids: readonly number[],
): void {
  const find = db.prepare(
    "SELECT uid, sequence FROM calendar_tombstones WHERE kind = ? AND json_extract(item, '$.id') = ?",
  );
  const take = db.prepare(`UPDATE ${TABLES[kind]} SET uid = ?, sequence = ? WHERE id = ?`);
  const forget = db.prepare('DELETE FROM calendar_tombstones WHERE uid = ?');
  for (const id of ids) {
    const tombstone = find.get(kind, id) as { uid: string; sequence: number } | undefined;
    if (!tombstone) continue;
    if (take.run(tombstone.uid, tombstone.sequence + 1, id).changes === 1)
      forget.run(tombstone.uid);
  }
}

/** The UIDs earlier public calendar exports carried (migration 006). */
export function readPublicCalendarUids(db: Db): Set<string> {
  const rows = db.prepare('SELECT uid FROM public_calendar_events').all() as { uid: string }[];
  return new Set(rows.map((row) => row.uid));
}

/** Records that a public calendar export carried these UIDs (the first time is kept). */
export function recordPublicCalendarUids(db: Db, uids: readonly string[], now: Date): void {
  const at = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const insert = db.prepare(
    'INSERT OR IGNORE INTO public_calendar_events (uid, first_exported_at) VALUES (?, ?)',
  );
  for (const uid of uids) insert.run(uid, at);
}
