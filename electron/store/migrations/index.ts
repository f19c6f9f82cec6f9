import type { Database } from 'better-sqlite3';
import { initial } from './001-initial';
import type { Migration } from './types';

/** In order; a migration is never edited once released, only followed by another. */
export const MIGRATIONS: readonly Migration[] = [initial];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the schema up to `target`, one transaction per migration. */
export function migrate(db: Database, target = SCHEMA_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= userVersion(db) || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
