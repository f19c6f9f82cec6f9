import os from 'node:os';
import type { Db } from './openDatabase';

export type Entity = 'release' | 'advisory' | 'settings';
export type Action = 'create' | 'update' | 'delete';

export interface ChangeEntry {
  entity: Entity;
  entityId: number;
  entityName: string;
  action: Action;
  before: unknown;
  after: unknown;
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
}

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

const USER = osUser();

/** Records one write; callers run it inside the write's own transaction. */
export function recordChange(db: Db, source: string, entry: ChangeEntry, at = new Date()): void {
  db.prepare(
    `INSERT INTO change_log (at, os_user, entity, entity_id, entity_name, action, source, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at.toISOString(),
    USER,
    entry.entity,
    entry.entityId,
    entry.entityName,
    entry.action,
    source,
    entry.before === null ? null : JSON.stringify(entry.before),
    entry.after === null ? null : JSON.stringify(entry.after),
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
}

export function listChanges(db: Db, entity?: Entity, entityId?: number): ChangeRow[] {
  const rows = (
    entity === undefined
      ? db.prepare('SELECT * FROM change_log ORDER BY id')
      : db.prepare('SELECT * FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id')
  ).all(...(entity === undefined ? [] : [entity, entityId])) as RawChange[];
  return rows.map((row) => ({
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
  }));
}
