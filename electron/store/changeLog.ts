import os from 'node:os';
import type { Db } from './db';
import { prepared } from './prepared';
import { stepOfNextChange } from './steps';

export type Entity = 'release' | 'advisory' | 'settings';
export type Action = 'create' | 'update' | 'delete';

export interface ChangeEntry {
  entity: Entity;
  entityId: number;
  entityName: string;
  action: Action;
  before: unknown;
  after: unknown;
  /** Why; when left out, the reason given for the whole write (an import, an undo), if any. */
  reason?: string | null;
}

export interface ChangeRow {
  id: number;
  at: string;
  osUser: string;
  entity: Entity;
  entityId: number;
  entityName: string;
  action: Action;
  source: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  /** The undo step of the write that made it; null for writes outside one. */
  stepId: number | null;
}

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

const USER = osUser();

/**
 * Records one write; callers run it inside the write's own transaction. The
 * row joins the write's undo step (see steps.ts), so every write path is
 * undoable without passing the step around, and is dated by the step's
 * clock; a change recorded outside a step gives its own time.
 */
export function recordChange(db: Db, source: string, entry: ChangeEntry, at?: Date): void {
  const step = stepOfNextChange(db);
  const when = at ?? step?.now();
  if (!when) throw new Error('a change recorded outside a write step must say when it happened');
  prepared(
    db,
    `INSERT INTO change_log (at, os_user, entity, entity_id, entity_name, action, source, before, after,
       step_id, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    when.toISOString(),
    USER,
    entry.entity,
    entry.entityId,
    entry.entityName,
    entry.action,
    source,
    entry.before === null ? null : JSON.stringify(entry.before),
    entry.after === null ? null : JSON.stringify(entry.after),
    step?.id ?? null,
    entry.reason ?? step?.reason ?? null,
  );
}

interface RawChange {
  id: number;
  at: string;
  os_user: string;
  entity: Entity;
  entity_id: number;
  entity_name: string;
  action: Action;
  source: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  step_id: number | null;
}

function toChange(row: RawChange): ChangeRow {
  return {
    id: row.id,
    at: row.at,
    osUser: row.os_user,
    entity: row.entity,
    entityId: row.entity_id,
    entityName: row.entity_name,
    action: row.action,
    source: row.source,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    reason: row.reason,
    stepId: row.step_id,
  };
}

export function listChanges(db: Db, entity?: Entity, entityId?: number): ChangeRow[] {
  const rows = (
    entity === undefined
      ? prepared(db, 'SELECT * FROM change_log ORDER BY id')
      : prepared(db, 'SELECT * FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id')
  ).all(...(entity === undefined ? [] : [entity, entityId])) as RawChange[];
  return rows.map(toChange);
}

/** Every row one undo step wrote: the command's own, then those of its undos and redos. */
export function listStepChanges(db: Db, stepId: number): ChangeRow[] {
  return (
    prepared(db, 'SELECT * FROM change_log WHERE step_id = ? ORDER BY id').all(
      stepId,
    ) as RawChange[]
  ).map(toChange);
}

/**
 * The id that last carried `name` (an advisory key, a release name), from the
 * log, so the history of a deleted or renamed record can still be found.
 */
export function findLoggedId(db: Db, entity: Entity, name: string): number | null {
  const row = prepared(
    db,
    'SELECT entity_id FROM change_log WHERE entity = ? AND entity_name = ? ORDER BY id DESC LIMIT 1',
  ).get(entity, name) as { entity_id: number } | undefined;
  return row?.entity_id ?? null;
}
