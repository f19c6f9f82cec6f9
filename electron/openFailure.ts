import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../shared/contract/backups';
import type { DatabaseFailureReason } from '../shared/errors/result';
import { restoreChoices } from '../shared/backups/choices';
import { listBackups } from './store/backups/backupFolder';
import { classifyOpenError } from './store/classifyOpenError';

// What the front doors say and offer when the database cannot be opened:
// the desktop's "can't open the database" box (shell/waysOut.ts) and the
// browser mode's start-up message. The store says what is wrong with the
// file (classifyOpenError); which ways out fit is the front doors' decision.

/** What a person can do about it; the screen shows one button per action, in this order. */
export type OpenFailureAction = 'restore-backup' | 'create-new' | 'retry' | 'open-other' | 'quit';

/** Everything a "can't open database" screen needs, as plain data. */
export interface OpenFailure {
  reason: DatabaseFailureReason;
  /** The database file the planner tried to open. */
  file: string;
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

/** The heading, one line. */
const TITLES: Record<DatabaseFailureReason, string> = {
  corrupt: 'The database file is damaged',
  newer: 'The database is from a newer Embargo Planner',
  locked: 'The database is in use by another program',
  readonly: 'The database cannot be written',
  full: 'The disk is full',
  unreadable: 'The database file cannot be opened',
  foreign: 'This file is not an Embargo Planner database',
  missing: 'There is no database at this path',
};

/** What makes sense to offer for each reason; a backup only helps when the file itself is bad. */
function actionsFor(
  reason: DatabaseFailureReason,
  hasBackups: boolean,
  folderExists: boolean,
): OpenFailureAction[] {
  const restore: OpenFailureAction[] = hasBackups ? ['restore-backup'] : [];
  switch (reason) {
    case 'missing':
      return [...restore, ...(folderExists ? ['create-new' as const] : []), 'open-other', 'quit'];
    case 'foreign':
      return ['open-other', 'quit'];
    case 'corrupt':
      return [...restore, 'open-other', 'quit'];
    case 'unreadable':
      return [...restore, 'retry', 'open-other', 'quit'];
    case 'locked':
    case 'full':
      return ['retry', 'open-other', 'quit'];
    case 'newer':
    case 'readonly':
      return ['open-other', 'quit'];
  }
}

/**
 * Everything the "can't open database" screen (Electron) and the browser
 * mode's start-up message need, from whatever openBackend threw for `file`.
 */
export function describeOpenFailure(error: unknown, file: string): OpenFailure {
  const failure = classifyOpenError(error, file);
  let backups: BackupInfo[] = [];
  try {
    backups = restoreChoices(listBackups(file));
  } catch {
    // An unreadable backups folder: the screen offers the other ways out.
  }
  return {
    reason: failure.reason,
    file,
    title: TITLES[failure.reason],
    message: failure.message,
    actions: actionsFor(failure.reason, backups.length > 0, fs.existsSync(path.dirname(file))),
    backups,
  };
}
