import type { BackupInfo } from '../../shared/contract/backups';
import {
  FAILURE_TITLES,
  type DatabaseFailureReason,
  type OpenFailure,
  type OpenFailureAction,
} from '../../shared/contract/databaseFailure';
import { listBackups } from './backups/backupFolder';
import { classifyOpenError } from './classifyOpenError';

/** What makes sense to offer for each reason; a backup only helps when the file itself is bad. */
function actionsFor(reason: DatabaseFailureReason, hasBackups: boolean): OpenFailureAction[] {
  const restore: OpenFailureAction[] = hasBackups ? ['restore-backup'] : [];
  switch (reason) {
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
    backups = listBackups(file);
  } catch {
    // An unreadable backups folder: the screen offers the other ways out.
  }
  return {
    reason: failure.reason,
    file,
    title: FAILURE_TITLES[failure.reason],
    message: failure.message,
    actions: actionsFor(failure.reason, backups.length > 0),
    backups,
  };
}
