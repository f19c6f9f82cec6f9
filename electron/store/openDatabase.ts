import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseError } from '../../shared/errors/databaseFailure';
import { linkNoClobber } from '../files/linkNoClobber';
import { syncFile, syncFolder } from '../files/syncToDisk';
import { listBackups } from './backups/backupFolder';
import { takeBackup } from './backups/takeBackup';
import {
  classifyOpenError,
  fileRefusesWrite,
  missingMessage,
  openFailureMessage,
} from './classifyOpenError';
import type { Db } from './db';
import { migrate, SCHEMA_VERSION } from './migrations';
import { checkOnConnection, inspectExisting, PLANNER_APPLICATION_ID } from './probeDatabase';

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
  /**
   * Whether a missing file may be created (import, --create, the app's
   * first start). Without it a missing file is refused: a mistyped path
   * must not become an empty plan.
   */
  create?: boolean;
}

/**
 * Creates a new, empty planner database at `file`, or leaves alone the one
 * another process created first. The file appears whole or not at all:
 * made owner-only under a temporary name (SQLite gives its -wal and -shm
 * the same mode), stamped with the application id, and only then linked to
 * its name, so a crash never leaves an empty file that would be refused.
 * Makes no folder: a path in a folder that does not exist is mistyped.
 */
function createStamped(file: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.new-${process.pid}`);
  fs.rmSync(temporary, { force: true });
  try {
    fs.closeSync(fs.openSync(temporary, 'wx', 0o600));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new DatabaseError('missing', missingMessage(file, 'folder'));
    throw error;
  }
  try {
    fs.chmodSync(temporary, 0o600);
    const db = new Database(temporary, { fileMustExist: true });
    try {
      db.pragma(`application_id = ${PLANNER_APPLICATION_ID}`);
    } finally {
      db.close();
    }
    syncFile(temporary);
    linkNoClobber(temporary, file);
    syncFolder(path.dirname(file));
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/** Due when no good copy of the plan is a day old or newer (a damaged copy is none). */
function backupIsDue(file: string, now: Date): boolean {
  const newest = listBackups(file).find((backup) => backup.restorable);
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

/**
 * Makes the file and the side files SQLite keeps beside it (which hold
 * embargoed rows too) readable by their owner only, as new ones are made.
 * A file someone loosened is tightened; where that fails (another owner,
 * a file system without modes) it is said, and the planner goes on.
 */
function tightenToOwnerOnly(
  file: string,
  log: (message: string) => void,
  warned: Set<string>,
): void {
  if (process.platform === 'win32') return;
  for (const name of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (warned.has(name)) continue;
    let mode: number;
    try {
      mode = fs.statSync(name).mode & 0o777;
    } catch {
      continue;
    }
    if ((mode & 0o077) === 0) continue;
    try {
      fs.chmodSync(name, mode & 0o700);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      warned.add(name);
      log(
        `embargo-planner: warning: ${name} stays readable by other accounts (mode ${mode.toString(8).padStart(4, '0')}): making it owner-only failed (${code}). It holds embargoed advisories: fix its permissions.`,
      );
    }
  }
}

/** Stamps a planner file from before the application id; a failure only means it is stamped next time. */
function stamp(db: Db, file: string, log: (message: string) => void): void {
  try {
    db.pragma(`application_id = ${PLANNER_APPLICATION_ID}`);
  } catch (error) {
    log(
      `embargo-planner: ${file} was not stamped as a planner database (${(error as NodeJS.ErrnoException).code ?? 'error'}); it is still recognised by its tables`,
    );
  }
}

function open(file: string, options: Required<OpenOptions>): Db {
  let found = inspectExisting(file, options.busyTimeoutMs);
  if (found === null) {
    if (!options.create) throw new DatabaseError('missing', missingMessage(file, 'file'));
    createStamped(file);
    // What is there now: the new file, or the one another process made first.
    found = inspectExisting(file, options.busyTimeoutMs);
    if (found === null) throw new DatabaseError('missing', missingMessage(file, 'file'));
  }
  // SQLite quietly opens a file it may not write read-only, and only the
  // first save would fail: find that out now, by asking the file system.
  const refused = fileRefusesWrite(file);
  if (refused !== null)
    throw new DatabaseError('readonly', openFailureMessage('readonly', file, refused));
  const warned = new Set<string>();
  tightenToOwnerOnly(file, options.log, warned);
  const db = new Database(file, { fileMustExist: true, timeout: options.busyTimeoutMs });
  try {
    const version = checkOnConnection(db, file, found);
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
    // Side files SQLite made just now have the file's mode; older ones may not.
    tightenToOwnerOnly(file, options.log, warned);
    // A file written by an older planner is copied before it is migrated:
    // a migration that goes wrong must not cost the user their plan.
    if (version > 0 && version < SCHEMA_VERSION)
      takeBackup(db, file, 'pre-migration', options.now());
    migrate(db);
    if (!found.stamped) stamp(db, file, options.log);
    if (version > 0) dailyBackup(db, file, options.now(), options.log);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens and migrates the planner database; creates it only with `create`,
 * and never a folder. Never changes a file it refuses, nor writes beside
 * it: a missing, empty, foreign, newer, damaged, locked or unwritable file
 * is left as it was, and the DatabaseError thrown says which (its `reason`)
 * and what to do. A file at an older schema is backed up before it is
 * migrated, and any file is backed up once a day.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  try {
    return open(file, {
      // eslint-disable-next-line no-restricted-syntax -- the door the system clock comes in by, when the caller injects none
      now: options.now ?? (() => new Date()),
      busyTimeoutMs: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS,
      log: options.log ?? console.error,
      create: options.create ?? false,
    });
  } catch (error) {
    throw classifyOpenError(error, file);
  }
}
