import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/contract/backups';
import {
  FAILURE_TITLES,
  type OpenFailure,
  type OpenFailureAction,
} from '../../shared/errors/databaseFailure';
import type { DatabaseFailureReason } from '../../shared/errors/result';
import { restoreChoices } from '../../shared/backups/choices';
import { listBackups } from './backups/backupFolder';
import { classifyOpenError } from './classifyOpenError';

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
    title: FAILURE_TITLES[failure.reason],
    message: failure.message,
    actions: actionsFor(failure.reason, backups.length > 0, fs.existsSync(path.dirname(file))),
    backups,
  };
}
