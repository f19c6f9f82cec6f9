import type { Blocker, Milestone, Release, ReleaseStatus } from '../../shared/domain/release';
import type { Db } from './db';
import { prepared } from './prepared';

interface ReleaseRow {
  id: number;
  name: string;
  status: ReleaseStatus;
  revision: number;
}

interface MilestoneRow {
  id: number;
  release_id: number;
  kind: Milestone['kind'];
  planned: string;
  actual: string | null;
  baseline: string | null;
  label: string | null;
}

interface BlockerRow {
  id: number;
  release_id: number;
  title: string;
  kind: Blocker['kind'];
  opened_on: string;
  expected_on: string | null;
  resolved_on: string | null;
}

function toBlocker(row: BlockerRow): Blocker {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    openedOn: row.opened_on,
    expectedOn: row.expected_on,
    resolvedOn: row.resolved_on,
  };
}

function toMilestone(row: MilestoneRow): Milestone {
  return {
    id: row.id,
    kind: row.kind,
    planned: row.planned,
    actual: row.actual,
    baseline: row.baseline,
    label: row.label,
  };
}

/** All releases with their milestones, in two queries whatever their number. */
export function readReleases(db: Db): Release[] {
  const rows = prepared(
    db,
    'SELECT id, name, status, revision FROM releases',
  ).all() as ReleaseRow[];
  const milestones = prepared(
    db,
    'SELECT * FROM milestones ORDER BY release_id, position',
  ).all() as MilestoneRow[];
  const byRelease = new Map<number, Milestone[]>();
  for (const row of milestones) {
    const list = byRelease.get(row.release_id) ?? [];
    list.push(toMilestone(row));
    byRelease.set(row.release_id, list);
  }
  const blockersOf = new Map<number, Blocker[]>();
  const blockerRows = db
    .prepare('SELECT * FROM release_blockers ORDER BY release_id, position')
    .all() as BlockerRow[];
  for (const row of blockerRows) {
    const list = blockersOf.get(row.release_id) ?? [];
    list.push(toBlocker(row));
    blockersOf.set(row.release_id, list);
  }
  return rows
    .map((row) => ({
      ...row,
      milestones: byRelease.get(row.id) ?? [],
      blockers: blockersOf.get(row.id) ?? [],
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

export function readRelease(db: Db, id: number): Release | null {
  const row = prepared(db, 'SELECT id, name, status, revision FROM releases WHERE id = ?').get(
    id,
  ) as ReleaseRow | undefined;
  if (!row) return null;
  const milestones = prepared(
    db,
    'SELECT * FROM milestones WHERE release_id = ? ORDER BY position',
  ).all(id) as MilestoneRow[];
  const blockers = prepared(
    db,
    'SELECT * FROM release_blockers WHERE release_id = ? ORDER BY position',
  ).all(id) as BlockerRow[];
  return { ...row, milestones: milestones.map(toMilestone), blockers: blockers.map(toBlocker) };
}

export function findReleaseId(db: Db, name: string): number | null {
  const row = prepared(db, 'SELECT id FROM releases WHERE name = ?').get(name) as
    { id: number } | undefined;
  return row?.id ?? null;
}

export interface MilestoneValues {
  id?: number;
  kind: Milestone['kind'];
  planned: string;
  actual: string | null;
  baseline: string | null;
  label: string | null;
}

export interface BlockerValues {
  id?: number;
  title: string;
  kind: Blocker['kind'];
  openedOn: string;
  expectedOn: string | null;
  resolvedOn: string | null;
}

export interface ReleaseValues {
  name: string;
  status: ReleaseStatus;
  milestones: MilestoneValues[];
  /** Absent: leave the stored ones as they are (a caller that knows nothing of blockers). */
  blockers?: BlockerValues[];
}

/**
 * Replaces a release's milestones, keeping the identity of those sent with an
 * id. With `keepIds` (undo restoring a recorded state) a milestone whose row
 * is gone is re-inserted under its old id, so calendar UIDs stay stable.
 */
function writeMilestones(
  db: Db,
  releaseId: number,
  milestones: MilestoneValues[],
  keepIds = false,
): void {
  const kept = new Set(milestones.flatMap((m) => (m.id === undefined ? [] : [m.id])));
  const existing = prepared(db, 'SELECT id FROM milestones WHERE release_id = ?').all(
    releaseId,
  ) as {
    id: number;
  }[];
  const remove = prepared(db, 'DELETE FROM milestones WHERE id = ?');
  for (const row of existing) if (!kept.has(row.id)) remove.run(row.id);
  const update = prepared(
    db,
    `UPDATE milestones SET position = ?, kind = ?, planned = ?, actual = ?, baseline = ?, label = ?
     WHERE id = ? AND release_id = ?`,
  );
  const insert = prepared(
    db,
    `INSERT INTO milestones (id, release_id, position, kind, planned, actual, baseline, label)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  milestones.forEach((m, position) => {
    const values = [m.kind, m.planned, m.actual, m.baseline, m.label] as const;
    if (m.id !== undefined && update.run(position, ...values, m.id, releaseId).changes === 1)
      return;
    insert.run(keepIds ? (m.id ?? null) : null, releaseId, position, ...values);
  });
}

/** Replaces a release's blockers the way {@link writeMilestones} replaces milestones. */
function writeBlockers(
  db: Db,
  releaseId: number,
  blockers: BlockerValues[],
  keepIds = false,
): void {
  const kept = new Set(blockers.flatMap((b) => (b.id === undefined ? [] : [b.id])));
  const existing = db
    .prepare('SELECT id FROM release_blockers WHERE release_id = ?')
    .all(releaseId) as { id: number }[];
  const remove = db.prepare('DELETE FROM release_blockers WHERE id = ?');
  for (const row of existing) if (!kept.has(row.id)) remove.run(row.id);
  const update = db.prepare(
    `UPDATE release_blockers SET position = ?, title = ?, kind = ?, opened_on = ?, expected_on = ?,
       resolved_on = ? WHERE id = ? AND release_id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO release_blockers (id, release_id, position, title, kind, opened_on, expected_on,
       resolved_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  blockers.forEach((b, position) => {
    const values = [b.title, b.kind, b.openedOn, b.expectedOn, b.resolvedOn] as const;
    if (b.id !== undefined && update.run(position, ...values, b.id, releaseId).changes === 1)
      return;
    insert.run(keepIds ? (b.id ?? null) : null, releaseId, position, ...values);
  });
}

/** `keepId`: undo re-inserting a deleted release under its old id, milestones with theirs. */
export function insertRelease(db: Db, values: ReleaseValues, keepId?: number): number {
  const { lastInsertRowid } = prepared(
    db,
    'INSERT INTO releases (id, name, status) VALUES (?, ?, ?)',
  ).run(keepId ?? null, values.name, values.status);
  const id = Number(lastInsertRowid);
  writeMilestones(db, id, values.milestones, keepId !== undefined);
  writeBlockers(db, id, values.blockers ?? [], keepId !== undefined);
  return id;
}

export function updateRelease(db: Db, id: number, values: ReleaseValues, keepIds = false): void {
  prepared(
    db,
    'UPDATE releases SET name = ?, status = ?, revision = revision + 1 WHERE id = ?',
  ).run(values.name, values.status, id);
  writeMilestones(db, id, values.milestones, keepIds);
  if (values.blockers !== undefined) writeBlockers(db, id, values.blockers, keepIds);
}

export function deleteRelease(db: Db, id: number): void {
  prepared(db, 'DELETE FROM releases WHERE id = ?').run(id);
}
