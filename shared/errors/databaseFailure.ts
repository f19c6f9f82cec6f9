import { PlannerError, type DatabaseFailureReason } from './result';

// Why a database could not be opened or written: the error a handler or the
// store raises, and what it says. The text says what happened and what to do.

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
