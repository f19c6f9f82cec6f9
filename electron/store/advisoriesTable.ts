import type { Advisory, AdvisoryStatus, FollowUp } from '../../shared/domain/advisory';
import type { Db } from './db';
import { prepared } from './prepared';

interface AdvisoryRow {
  id: number;
  key: string;
  title: string;
  cves: string;
  status: AdvisoryStatus;
  predisclosure_at: string | null;
  public_at: string;
  notes: string;
  revision: number;
}

interface FollowUpRow {
  id: number;
  advisory_id: number;
  summary: string;
  expected_at: string | null;
  status: FollowUp['status'];
  public_at: string | null;
}

function group<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(keyOf(row));
    if (list) list.push(row);
    else map.set(keyOf(row), [row]);
  }
  return map;
}

// One collator for all the rows: localeCompare with options makes one per
// call, which cost most of the time plan.get took for 10,000 advisories.
const releaseNameOrder = new Intl.Collator('en', { numeric: true });

function assemble(
  rows: AdvisoryRow[],
  followUps: FollowUpRow[],
  affects: { advisory_id: number; name: string }[],
): Advisory[] {
  const followUpsBy = group(followUps, (row) => row.advisory_id);
  const affectsBy = group(affects, (row) => row.advisory_id);
  return rows.map((row) => ({
    id: row.id,
    revision: row.revision,
    key: row.key,
    title: row.title,
    cves: JSON.parse(row.cves) as string[],
    status: row.status,
    predisclosureAt: row.predisclosure_at,
    publicAt: row.public_at,
    affects: (affectsBy.get(row.id) ?? []).map((a) => a.name).sort(releaseNameOrder.compare),
    followUps: (followUpsBy.get(row.id) ?? []).map((f) => ({
      id: f.id,
      summary: f.summary,
      expectedAt: f.expected_at,
      status: f.status,
      publicAt: f.public_at,
    })),
    notes: row.notes,
  }));
}

const AFFECTS = `SELECT a.advisory_id, r.name FROM advisory_affects a JOIN releases r ON r.id = a.release_id`;

/** Every advisory, in three queries whatever their number, ordered by lift. */
export function readAdvisories(db: Db): Advisory[] {
  return assemble(
    prepared(db, 'SELECT * FROM advisories ORDER BY public_at, key').all() as AdvisoryRow[],
    prepared(db, 'SELECT * FROM follow_ups ORDER BY advisory_id, position').all() as FollowUpRow[],
    prepared(db, AFFECTS).all() as { advisory_id: number; name: string }[],
  );
}

export function readAdvisory(db: Db, id: number): Advisory | null {
  const row = prepared(db, 'SELECT * FROM advisories WHERE id = ?').get(id) as
    AdvisoryRow | undefined;
  if (!row) return null;
  return assemble(
    [row],
    prepared(db, 'SELECT * FROM follow_ups WHERE advisory_id = ? ORDER BY position').all(
      id,
    ) as FollowUpRow[],
    prepared(db, `${AFFECTS} WHERE a.advisory_id = ?`).all(id) as {
      advisory_id: number;
      name: string;
    }[],
  )[0];
}

export function findAdvisoryId(db: Db, key: string): number | null {
  const row = prepared(db, 'SELECT id FROM advisories WHERE key = ?').get(key) as
    { id: number } | undefined;
  return row?.id ?? null;
}

export interface FollowUpValues {
  id?: number;
  summary: string;
  expectedAt: string | null;
  status: FollowUp['status'];
  publicAt: string | null;
}

export interface AdvisoryValues {
  key: string;
  title: string;
  cves: string[];
  status: AdvisoryStatus;
  predisclosureAt: string | null;
  publicAt: string;
  notes: string;
  /** Release ids, already resolved from names. */
  affects: number[];
  followUps: FollowUpValues[];
}

/** `keepIds`: undo restoring a recorded state re-inserts gone follow-ups under their old ids. */
function writeChildren(db: Db, id: number, values: AdvisoryValues, keepIds = false): void {
  prepared(db, 'DELETE FROM advisory_affects WHERE advisory_id = ?').run(id);
  const affect = prepared(
    db,
    'INSERT INTO advisory_affects (advisory_id, release_id) VALUES (?, ?)',
  );
  for (const releaseId of values.affects) affect.run(id, releaseId);

  const kept = new Set(values.followUps.flatMap((f) => (f.id === undefined ? [] : [f.id])));
  const existing = prepared(db, 'SELECT id FROM follow_ups WHERE advisory_id = ?').all(id) as {
    id: number;
  }[];
  const remove = prepared(db, 'DELETE FROM follow_ups WHERE id = ?');
  for (const row of existing) if (!kept.has(row.id)) remove.run(row.id);
  const update = prepared(
    db,
    `UPDATE follow_ups SET position = ?, summary = ?, expected_at = ?, status = ?, public_at = ?
     WHERE id = ? AND advisory_id = ?`,
  );
  const insert = prepared(
    db,
    `INSERT INTO follow_ups (id, advisory_id, position, summary, expected_at, status, public_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  values.followUps.forEach((f, position) => {
    const fields = [f.summary, f.expectedAt, f.status, f.publicAt] as const;
    if (f.id !== undefined && update.run(position, ...fields, f.id, id).changes === 1) return;
    insert.run(keepIds ? (f.id ?? null) : null, id, position, ...fields);
  });
}

/** `keepId`: undo re-inserting a deleted advisory under its old id, follow-ups with theirs. */
export function insertAdvisory(db: Db, values: AdvisoryValues, keepId?: number): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO advisories (id, key, title, cves, status, predisclosure_at, public_at, notes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    keepId ?? null,
    values.key,
    values.title,
    JSON.stringify(values.cves),
    values.status,
    values.predisclosureAt,
    values.publicAt,
    values.notes,
  );
  const id = Number(lastInsertRowid);
  writeChildren(db, id, values, keepId !== undefined);
  return id;
}

export function updateAdvisory(db: Db, id: number, values: AdvisoryValues, keepIds = false): void {
  prepared(
    db,
    `UPDATE advisories SET key = ?, title = ?, cves = ?, status = ?, predisclosure_at = ?,
       public_at = ?, notes = ?, revision = revision + 1 WHERE id = ?`,
  ).run(
    values.key,
    values.title,
    JSON.stringify(values.cves),
    values.status,
    values.predisclosureAt,
    values.publicAt,
    values.notes,
    id,
  );
  writeChildren(db, id, values, keepIds);
}

export function deleteAdvisory(db: Db, id: number): void {
  prepared(db, 'DELETE FROM advisories WHERE id = ?').run(id);
}

/**
 * Embargoed advisories whose lift has passed: with `autoPublishAtLift` on
 * they count as public (see publishedStatus), and the next write stores it.
 */
export function liftedEmbargoIds(db: Db, now: Date): number[] {
  // Stored lifts are canonical (YYYY-MM-DDTHH:MM:SSZ), so text order is time order.
  const instant = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    prepared(
      db,
      "SELECT id FROM advisories WHERE status = 'embargoed' AND public_at <= ? ORDER BY id",
    ).all(instant) as { id: number }[]
  ).map((row) => row.id);
}

/**
 * Writes down that a lifted embargo is public under `autoPublishAtLift`,
 * without a new revision: what people see (publishedStatus) does not change,
 * so a form opened before must still save without a conflict.
 */
export function markLiftedPublic(db: Db, id: number): void {
  prepared(db, "UPDATE advisories SET status = 'public' WHERE id = ? AND status = 'embargoed'").run(
    id,
  );
}
