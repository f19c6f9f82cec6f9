import type { CallInputParsed } from '../../shared/contract/calls';
import { DatabaseError } from '../../shared/errors/databaseFailure';
import { PlannerError } from '../../shared/errors/result';
import { backupFolder, listBackups } from '../store/backups/backupFolder';
import { restoreBackup } from '../store/backups/restoreBackup';
import { takeBackup } from '../store/backups/takeBackup';
import { classifyOpenError } from '../store/classifyOpenError';
import { openDatabase } from '../store/openDatabase';
import type { HandlerContext } from './context';

function fileOf(ctx: HandlerContext): string {
  if (ctx.file === undefined)
    throw new PlannerError('invalid_input', 'This database is not a file, so it has no backups.');
  return ctx.file;
}

/** A backup that could not be written (full disk, read-only folder) says so; the database is untouched. */
function backupFailed(error: unknown, file: string): PlannerError {
  if (error instanceof PlannerError) return error;
  const { reason } = classifyOpenError(error, file);
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'error';
  const advice = reason === 'full' ? ' Free some space and try again.' : '';
  return new DatabaseError(
    reason,
    `No backup was taken: writing it to ${backupFolder(file)} failed (${code}). The database itself was not changed.${advice}`,
  );
}

function backUp(ctx: HandlerContext, file: string) {
  try {
    return takeBackup(ctx.db, file, 'manual', ctx.now());
  } catch (error) {
    throw backupFailed(error, file);
  }
}

/**
 * Restore with the database open: close this connection (the restore needs
 * the file to itself and refuses while another program has it open), put
 * the backup in place, and reopen, whether the restore worked or not.
 */
function restoreLive(ctx: HandlerContext, file: string, name: string) {
  ctx.db.close();
  try {
    return restoreBackup(file, name, { now: ctx.now });
  } finally {
    ctx.db = openDatabase(file, { now: ctx.now });
  }
}

export function backupHandlers(ctx: HandlerContext) {
  return {
    'backups.list': () => listBackups(fileOf(ctx)),
    'backups.create': () => backUp(ctx, fileOf(ctx)),
    'backups.restore': ({ name }: CallInputParsed<'backups.restore'>) =>
      restoreLive(ctx, fileOf(ctx), name),
  };
}
