import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { PlannerError } from '../../shared/contract/result';
import { migrate, SCHEMA_VERSION, userVersion } from './migrations';

export type Db = Database.Database;

/**
 * Creates the file owner-only before SQLite sees it, so no other account can
 * ever read it; SQLite gives its -wal and -shm files the same mode.
 */
function createOwnerOnly(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.closeSync(fs.openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  fs.chmodSync(file, 0o600);
}

/** Reads the schema version without writing a byte, to refuse a newer file untouched. */
function peekVersion(file: string): number {
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return userVersion(probe);
  } finally {
    probe.close();
  }
}

export function openDatabase(file: string): Db {
  const existed = fs.existsSync(file);
  if (existed) {
    let version: number;
    try {
      version = peekVersion(file);
    } catch (error) {
      throw new PlannerError(
        'database',
        `${file} cannot be read as a planner database (${(error as Error).message}). It was not changed.`,
      );
    }
    if (version > SCHEMA_VERSION)
      throw new PlannerError(
        'database',
        `${file} was written by a newer Embargo Planner (schema ${version}; this one knows up to ${SCHEMA_VERSION}). ` +
          'It was not changed. Update the planner, or open another file.',
      );
  } else {
    createOwnerOnly(file);
  }
  const db = new Database(file);
  try {
    // WAL lets the command line read while the app writes; FULL makes every
    // acknowledged write survive a crash or power cut (writes are rare, so the
    // extra fsync costs nothing a person notices).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
