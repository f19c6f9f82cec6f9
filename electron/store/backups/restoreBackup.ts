import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, RestoreReport } from '../../../shared/contract/backups';
import { DatabaseError } from '../../../shared/errors/databaseFailure';
import { PlannerError } from '../../../shared/errors/result';
import { syncFile, syncFolder } from '../../files/syncToDisk';
import { classifyOpenError, openFailureMessage } from '../classifyOpenError';
import { SCHEMA_VERSION, userVersion } from '../migrations';
import type { Db } from '../db';
import { BUSY_TIMEOUT_MS } from '../openDatabase';
import { inspectExisting } from '../probeDatabase';
import { backupFolder, listBackups } from './backupFolder';
import { copyDatabaseFile } from './takeBackup';

export interface RestoreOptions {
  now?: () => Date;
  busyTimeoutMs?: number;
}

function findBackup(file: string, name: string): BackupInfo {
  const backup = listBackups(file).find((b) => b.name === name);
  if (!backup)
    throw new PlannerError(
      'not_found',
      `name: no backup named ${name} in ${backupFolder(file)} (list them with backups.list)`,
    );
  return backup;
}

/** A backup is restored only if SQLite reads every page of it and this planner knows its schema. */
function verifyBackup(source: string, name: string): void {
  let check: unknown;
  let version: number;
  try {
    const db = new Database(source, { readonly: true, fileMustExist: true });
    try {
      version = userVersion(db);
      check = db.pragma('integrity_check', { simple: true });
    } finally {
      db.close();
    }
  } catch (error) {
    throw new DatabaseError(
      'corrupt',
      `Backup ${name} cannot be read (${(error as Error).message.slice(0, 120)}). Nothing was changed; choose another backup.`,
    );
  }
  if (check !== 'ok')
    throw new DatabaseError(
      'corrupt',
      `Backup ${name} is damaged too (integrity_check: ${String(check).slice(0, 120)}). Nothing was changed; choose another backup.`,
    );
  if (version > SCHEMA_VERSION)
    throw new DatabaseError(
      'newer',
      `Backup ${name} was written by a newer Embargo Planner (schema ${version}). Nothing was changed; choose another backup.`,
    );
}

/**
 * Takes the live file for this process alone: out of WAL mode (which folds
 * the WAL into the file and fails while any other connection has it open),
 * then an exclusive lock, held until the file has been replaced.
 */
function takeExclusive(file: string, busyTimeoutMs: number): Db {
  const db = new Database(file, { fileMustExist: true, timeout: busyTimeoutMs });
  try {
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete')
      throw new DatabaseError(
        'locked',
        openFailureMessage('locked', file, 'it is open in another program'),
      );
    db.exec('BEGIN EXCLUSIVE');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Copies the current file aside before it is replaced. A healthy file is
 * first taken exclusively (so nobody writes during the copy, and nobody is
 * left holding the old one); a damaged one is copied as it lies, untouched,
 * WAL included: nobody can be using it, and it may still hold data worth
 * recovering by hand.
 */
function secureCurrent(
  file: string,
  at: Date,
  busyTimeoutMs: number,
): { lock: Db | null; safety: BackupInfo | null } {
  let version: number | null = null;
  let damaged = false;
  try {
    const found = inspectExisting(file, busyTimeoutMs, { thorough: true });
    if (found === null) return { lock: null, safety: null };
    version = found.version;
  } catch (error) {
    const failure = classifyOpenError(error, file);
    if (failure.reason === 'newer')
      throw new DatabaseError(
        'newer',
        `${failure.message} Restoring an older backup over it is refused: update the planner instead.`,
      );
    if (failure.reason === 'foreign')
      throw new DatabaseError(
        'foreign',
        `${failure.message} A backup is not restored over another program's file.`,
      );
    if (failure.reason !== 'corrupt') throw failure;
    damaged = true;
  }
  if (damaged) return { lock: null, safety: copyDatabaseFile(file, 'pre-restore', at, null) };
  const lock = takeExclusive(file, busyTimeoutMs);
  try {
    return { lock, safety: copyDatabaseFile(file, 'pre-restore', at, version) };
  } catch (error) {
    lock.close();
    throw error;
  }
}

/** Writes a clean copy of the backup next to the live file, synced, ready to be renamed over it. */
function stageCopy(source: string, file: string): string {
  const staged = path.join(path.dirname(file), `.${path.basename(file)}.restore-${process.pid}`);
  fs.rmSync(staged, { force: true });
  fs.closeSync(fs.openSync(staged, 'wx', 0o600));
  try {
    // VACUUM INTO reads the backup with its WAL, if it has one, as SQLite sees it.
    const db = new Database(source, { readonly: true, fileMustExist: true });
    try {
      db.prepare('VACUUM INTO ?').run(staged);
    } finally {
      db.close();
    }
    fs.chmodSync(staged, 0o600);
    syncFile(staged);
    return staged;
  } catch (error) {
    fs.rmSync(staged, { force: true });
    throw error;
  }
}

/**
 * Puts a backup in place of the database file. The caller must have closed
 * its own connection, and reopens the file afterwards with openDatabase
 * (which migrates a backup from an older schema, backing it up first).
 *
 * Order matters for a crash at any point: the current file is copied aside
 * first (the safety backup), the backup is staged and synced beside it, the
 * stale -wal/-shm are removed (they belong to the old file and would be
 * replayed over the new one), and only then is the staged copy renamed over
 * the file, which is atomic.
 */
export function restoreBackup(
  file: string,
  name: string,
  options: RestoreOptions = {},
): RestoreReport {
  try {
    return restore(file, name, options);
  } catch (error) {
    // A lock, a full disk, a read-only folder: said the way opening says it.
    throw error instanceof PlannerError ? error : classifyOpenError(error, file);
  }
}

function restore(file: string, name: string, options: RestoreOptions): RestoreReport {
  // eslint-disable-next-line no-restricted-syntax -- the door the system clock comes in by, when the caller injects none
  const now = options.now ?? (() => new Date());
  const backup = findBackup(file, name);
  const source = path.join(backupFolder(file), backup.name);
  verifyBackup(source, backup.name);
  const { lock, safety } = secureCurrent(file, now(), options.busyTimeoutMs ?? BUSY_TIMEOUT_MS);
  try {
    const staged = stageCopy(source, file);
    for (const suffix of ['-wal', '-shm', '-journal'])
      fs.rmSync(`${file}${suffix}`, { force: true });
    fs.renameSync(staged, file);
    syncFolder(path.dirname(file));
  } finally {
    lock?.close();
  }
  return { restored: backup, safetyBackup: safety };
}
