import type { Database } from 'better-sqlite3';
import { initial } from './001-initial';
import { undoHistory } from './002-undo-history';
import { calendarIdentity } from './003-calendar-identity';
import { releaseTemplates } from './004-release-templates';
import { releaseBlockers } from './005-release-blockers';
import { publicCalendarEvents } from './006-public-calendar-events';
import { exchangeMarks } from './007-exchange-marks';
import type { Migration } from './types';

/** In order; a migration is never edited once released, only followed by another. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  undoHistory,
  calendarIdentity,
  releaseTemplates,
  releaseBlockers,
  publicCalendarEvents,
  exchangeMarks,
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the schema up to `target`, one transaction per migration. */
export function migrate(db: Database, target = SCHEMA_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= userVersion(db) || migration.version > target) continue;
    db.transaction(() => {
      // Checked again under the write lock: another process opening the same
      // file may have run this migration while this one waited for the lock.
      if (migration.version <= userVersion(db)) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
