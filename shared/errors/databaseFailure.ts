import type { BackupInfo } from '../contract/backups';
import { PlannerError, type DatabaseFailureReason } from './result';

// Why a database could not be opened or written: the error a handler or the
// store raises, and what it says. The text says what happened and what to do.

/** What a person can do about it; the screen shows one button per action, in this order. */
export type OpenFailureAction = 'restore-backup' | 'create-new' | 'retry' | 'open-other' | 'quit';

/** A failure of the database itself, never of the input: code 'database' with its reason. */
export class DatabaseError extends PlannerError {
  constructor(
    readonly reason: DatabaseFailureReason,
    message: string,
  ) {
    super('database', message);
    this.name = 'DatabaseError';
  }
}

/** Everything a "can't open database" screen needs; plain data, so it crosses IPC and HTTP. */
export interface OpenFailure {
  reason: DatabaseFailureReason;
  /** The database file the planner tried to open. */
  file: string;
  /** One line, for the heading. */
  title: string;
  /** What happened and what to do, in full. */
  message: string;
  actions: OpenFailureAction[];
  /**
   * What a restore can choose from: the restorable backups newest first,
   * then the damaged copies (kept for recovery by hand); offered when
   * `actions` includes 'restore-backup'.
   */
  backups: BackupInfo[];
}

export const FAILURE_TITLES: Record<DatabaseFailureReason, string> = {
  corrupt: 'The database file is damaged',
  newer: 'The database is from a newer Embargo Planner',
  locked: 'The database is in use by another program',
  readonly: 'The database cannot be written',
  full: 'The disk is full',
  unreadable: 'The database file cannot be opened',
  foreign: 'This file is not an Embargo Planner database',
  missing: 'There is no database at this path',
};

/**
 * The SQLite result codes (primary or extended, as better-sqlite3 reports
 * them) that say something about the file rather than about the statement.
 * CANTOPEN and IOERR need a look at the file system to be told apart.
 */
export function reasonOfSqliteCode(code: string): DatabaseFailureReason | null {
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return 'corrupt';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'locked';
  if (code === 'SQLITE_FULL') return 'full';
  if (/^SQLITE_(READONLY|PERM)/.test(code)) return 'readonly';
  if (/^SQLITE_(CANTOPEN|IOERR|AUTH)/.test(code)) return 'unreadable';
  return null;
}

/**
 * What a failed save says when SQLite reports a problem with the file while
 * the planner is running. Nothing was written: every write is one transaction.
 */
export function runtimeFailureMessage(reason: DatabaseFailureReason, code: string): string {
  const nothing = 'Nothing was saved.';
  switch (reason) {
    case 'full':
      return `The disk holding the database is full (${code}). ${nothing} Free some space and try again.`;
    case 'locked':
      return `The database is busy: another program (the command line, or another copy of the planner) held it for too long (${code}). ${nothing} Try again.`;
    case 'readonly':
      return `The database cannot be written (${code}): the file or its folder is read-only. ${nothing} Quit, and open a copy in a folder you can write to.`;
    case 'corrupt':
      return `The database file is damaged (${code}). ${nothing} Quit, then restore a backup (npm run planner -- backup list).`;
    case 'newer':
    case 'unreadable':
    case 'foreign':
    case 'missing':
      return `The database file could not be read or written (${code}). ${nothing} Check the disk, then try again or quit.`;
  }
}
