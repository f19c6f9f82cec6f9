import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseError } from '../../shared/contract/databaseFailure';
import { listBackups } from './backups/backupFolder';
import { takeBackup } from './backups/takeBackup';
import { classifyOpenError, fileRefusesWrite, openFailureMessage } from './classifyOpenError';
import { migrate, SCHEMA_VERSION, userVersion } from './migrations';

export type Db = Database.Database;

/** How long a write waits for another process's transaction before it fails as 'locked'. */
export const BUSY_TIMEOUT_MS = 5000;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface OpenOptions {
  /** The clock that decides whether today's backup is due. */
  now?: () => Date;
  /** How long to wait for a lock another process holds, at open and on every write. */
  busyTimeoutMs?: number;
  /** Where a failed daily backup is reported: the planner keeps working without it. */
  log?: (message: string) => void;
}

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

/**
 * Reads the schema version and checks every page without writing a byte, so
 * that a newer or damaged file is refused exactly as it was found.
 */
export function inspectExisting(file: string, busyTimeoutMs = BUSY_TIMEOUT_MS): number {
  const probe = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
  try {
    const version = userVersion(probe);
    if (version > SCHEMA_VERSION)
      throw new DatabaseError(
        'newer',
        openFailureMessage(
          'newer',
          file,
          `schema ${version}; this one knows up to ${SCHEMA_VERSION}`,
        ),
      );
    // quick_check reads every page (and the WAL): a truncated or scribbled
    // file is found now, not halfway through someone's edit.
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw new DatabaseError(
        'corrupt',
        openFailureMessage('corrupt', file, `quick_check: ${String(check).slice(0, 120)}`),
      );
    return version;
  } finally {
    probe.close();
  }
}

function backupIsDue(file: string, now: Date): boolean {
  const newest = listBackups(file)[0];
  return newest === undefined || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

function dailyBackup(db: Db, file: string, now: Date, log: (message: string) => void): void {
  try {
    if (backupIsDue(file, now)) takeBackup(db, file, 'daily', now);
  } catch (error) {
    const why =
      error instanceof DatabaseError
        ? error.message
        : ((error as NodeJS.ErrnoException).code ?? 'error');
    log(
      `embargo-planner: the daily backup of ${file} failed (${why}); the planner goes on without it`,
    );
  }
}

function open(file: string, options: Required<OpenOptions>): Db {
  const existed = fs.existsSync(file);
  const version = existed ? inspectExisting(file, options.busyTimeoutMs) : 0;
  // SQLite quietly opens a file it may not write read-only, and only the
  // first save would fail: find that out now, by asking the file system.
  const refused = existed ? fileRefusesWrite(file) : null;
  if (refused !== null)
    throw new DatabaseError('readonly', openFailureMessage('readonly', file, refused));
  if (!existed) createOwnerOnly(file);
  const db = new Database(file, { timeout: options.busyTimeoutMs });
  try {
    // WAL: readers (the command line, a second window) never block the
    // writer nor see half a transaction, and a crash leaves the main file
    // intact (the WAL is replayed or discarded per whole transaction).
    // synchronous=FULL: every commit is fsynced to the WAL before it is
    // acknowledged, so an acknowledged write survives a power cut or an OS
    // crash too; with NORMAL the last commits could be lost then. Writes
    // are a person's edits (a few a minute), so the extra fsync (a few ms)
    // is not noticed. Tested by crashDurability.test.ts (SIGKILL mid-write).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs}`);
    // A file written by an older planner is copied before it is migrated:
    // a migration that goes wrong must not cost the user their plan.
    if (version > 0 && version < SCHEMA_VERSION)
      takeBackup(db, file, 'pre-migration', options.now());
    migrate(db);
    if (existed && version > 0) dailyBackup(db, file, options.now(), options.log);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens (creating if absent) and migrates the planner database. Never
 * changes a file it refuses: a newer, damaged, locked or unwritable file is
 * left as it was, and the DatabaseError thrown says which (its `reason`) and
 * what to do. A file at an older schema is backed up before it is migrated,
 * and any file is backed up once a day.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  try {
    return open(file, {
      now: options.now ?? (() => new Date()),
      busyTimeoutMs: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS,
      log: options.log ?? console.error,
    });
  } catch (error) {
    throw classifyOpenError(error, file);
  }
}
