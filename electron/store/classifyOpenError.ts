import fs from 'node:fs';
import path from 'node:path';
import { DatabaseError, reasonOfSqliteCode } from '../../shared/errors/databaseFailure';
import type { DatabaseFailureReason } from '../../shared/errors/result';

/** Below this much free space, an I/O error at open is the disk being full. */
const NEARLY_FULL_BYTES = 256 * 1024;

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** The first line of what went wrong, short: SQLite's and Node's own words, never file content. */
function detailOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0].slice(0, 200);
  const code = codeOf(error);
  return code && !line.includes(code) ? `${code}: ${line}` : line;
}

function reasonOfErrno(code: string): DatabaseFailureReason | null {
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code === 'EBUSY') return 'locked';
  if (code === 'EISDIR' || code === 'ENOTDIR' || code === 'ENOENT') return 'unreadable';
  return null;
}

const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);

/** Whether a new file can be made in `folder`, by making one; null when it can. */
function folderRefuses(folder: string): string | null {
  const probe = path.join(folder, `.planner-write-probe-${process.pid}`);
  try {
    fs.closeSync(fs.openSync(probe, 'wx', 0o600));
    fs.rmSync(probe, { force: true });
    return null;
  } catch (error) {
    return codeOf(error) || 'error';
  }
}

function fileRefuses(file: string, flags: string): string | null {
  try {
    fs.closeSync(fs.openSync(file, flags));
    return null;
  } catch (error) {
    return codeOf(error) || 'error';
  }
}

/** Why `file` may not be opened for writing (EACCES, EPERM, EROFS), or null when it may. */
export function fileRefusesWrite(file: string): string | null {
  const code = fileRefuses(file, 'r+');
  return code !== null && DENIED.has(code) ? code : null;
}

/**
 * Tells apart what SQLite reports only as "unable to open" or "disk I/O
 * error" by looking at the disk: free space, what the path is, and whether
 * the file and its folder can be read and written. Asking the file system
 * itself (rather than comparing mode bits) also holds for root, for
 * immutable files and for read-only mounts.
 */
function probeFileSystem(file: string): DatabaseFailureReason | null {
  const folder = path.dirname(file);
  try {
    const space = fs.statfsSync(folder);
    if (space.bavail * space.bsize < NEARLY_FULL_BYTES) return 'full';
  } catch {
    // No statfs here (or no folder): the checks below still tell.
  }
  let stat: fs.Stats | null;
  try {
    stat = fs.statSync(file);
  } catch {
    stat = null;
  }
  if (stat && !stat.isFile()) return 'unreadable';
  if (stat && DENIED.has(fileRefuses(file, 'r') ?? '')) return 'unreadable';
  const folderProblem = folderRefuses(folder);
  if (folderProblem === 'ENOSPC') return 'full';
  if (DENIED.has(folderProblem ?? '')) return 'readonly';
  if (stat && fileRefusesWrite(file) !== null) return 'readonly';
  return null;
}

export function openFailureMessage(
  reason: DatabaseFailureReason,
  file: string,
  detail: string,
): string {
  const base = path.basename(file);
  switch (reason) {
    case 'corrupt':
      return `${file} cannot be read as a planner database (${detail}): the file is damaged. It was not changed. Restore a backup, open another file, or quit.`;
    case 'newer':
      return `${file} was written by a newer Embargo Planner (${detail}). It was not changed. Update the planner, open another file, or quit.`;
    case 'locked':
      return `${file} is locked by another program (another copy of the planner, or the command line), and stayed locked while the planner waited (${detail}). It was not changed. Close the other program and try again, open another file, or quit.`;
    case 'readonly':
      return `${file} cannot be written: the file or its folder is read-only, and the planner must write the database and create ${base}-wal and ${base}-shm beside it (${detail}). It was not changed. Copy it to a folder you can write to and open the copy, open another file, or quit.`;
    case 'full':
      return `The disk holding ${file} is full (${detail}). Nothing was written and the file was not changed. Free some space and try again, open another file, or quit.`;
    case 'unreadable':
      return `${file} cannot be opened (${detail}). It was not changed. Check that it is a database file you may read and write and try again, open another file, or quit.`;
    case 'foreign':
      return `${file} is not an Embargo Planner database (${detail}). It was not changed. Check the path, open another file, or quit.`;
    case 'missing':
      return `no database at ${file} (${detail}). Nothing was created. Check the path, open another file, or quit.`;
  }
}

/**
 * "no database at PATH": only an import, --create or the app's first start
 * in its own data folder makes a new file, and nothing makes a folder, so a
 * mistyped path never becomes an empty plan.
 */
export function missingMessage(file: string, what: 'file' | 'folder'): string {
  const detail =
    what === 'folder'
      ? `its folder ${path.dirname(file)} does not exist, and the planner makes no folders`
      : 'a new one is made only by import or with --create';
  return openFailureMessage('missing', file, detail);
}

/**
 * Turns whatever opening a database threw into a DatabaseError with its
 * reason. Errors that are already classified pass through unchanged.
 */
export function classifyOpenError(error: unknown, file: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = codeOf(error);
  let reason = reasonOfSqliteCode(code) ?? reasonOfErrno(code);
  if (reason === null || reason === 'unreadable' || DENIED.has(code))
    reason = probeFileSystem(file) ?? reason ?? 'unreadable';
  return new DatabaseError(reason, openFailureMessage(reason, file, detailOf(error)));
}
