import type { CalendarIdentities, CalendarIdentity } from '../../shared/calendar/identity';
import { TOMBSTONE_DAYS, tombstoneItem, type Tombstone } from '../../shared/calendar/tombstones';
import type { Db } from './openDatabase';

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
