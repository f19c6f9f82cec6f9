import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/contract/backups';
import { syncFile, syncFolder } from '../../files/syncToDisk';
import type { Db } from '../db';
import { backupFileName, ensureBackupFolder, listBackups, pruneBackups } from './backupFolder';

/**
 * A name not yet taken, and later than every backup there: two backups in
 * the same millisecond get the next one, and a clock set back cannot give a
 * new backup an older name, which pruning would delete first.
 */
function freeName(
  file: string,
  folder: string,
  at: Date,
  version: number | null,
  kind: BackupKind,
) {
  const newest = listBackups(file)[0];
  let time = Math.max(at.getTime(), newest ? Date.parse(newest.createdAt) + 1 : 0);
  for (;;) {
    const name = backupFileName(file, new Date(time), version, kind);
    if (!fs.existsSync(path.join(folder, name))) return name;
    time += 1;
  }
}

/** Creates `target` empty and owner-only: whatever fills it inherits the mode. */
function createOwnerOnly(target: string): void {
  fs.closeSync(fs.openSync(target, 'wx', 0o600));
  fs.chmodSync(target, 0o600);
}

/**
 * Fills a `.partial` file with `fill`, syncs it, and only then gives it its
 * name: a crash or a full disk midway leaves no half backup that looks whole.
 */
function writeAtomically(folder: string, name: string, fill: (partial: string) => void): void {
  const partial = path.join(folder, `.${name}.partial`);
  createOwnerOnly(partial);
  try {
    fill(partial);
    // Copying a file can carry over the source's mode; a backup stays owner-only.
    fs.chmodSync(partial, 0o600);
    syncFile(partial);
    fs.renameSync(partial, path.join(folder, name));
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  syncFolder(folder);
}

function infoOf(file: string, name: string): BackupInfo {
  const info = listBackups(file).find((backup) => backup.name === name);
  if (!info) throw new Error(`backup ${name} is not listed`);
  return info;
}

/**
 * A consistent copy of the open database, taken with SQLite's VACUUM INTO.
 *
 * better-sqlite3's db.backup() would do the same copy but returns a Promise
 * and steps through it across event-loop turns; every caller here is
 * synchronous (openDatabase before it migrates, the handler table, the
 * command line), and a migration must not start before its backup is
 * complete. VACUUM INTO reads one snapshot of the database, as the backup API
 * does, and finishes before it returns. It cannot run inside a transaction.
 */
export function takeBackup(db: Db, file: string, kind: BackupKind, at: Date): BackupInfo {
  const folder = ensureBackupFolder(file);
  const version = db.pragma('user_version', { simple: true }) as number;
  const name = freeName(file, folder, at, version, kind);
  writeAtomically(folder, name, (partial) => db.prepare('VACUUM INTO ?').run(partial));
  const info = infoOf(file, name);
  pruneBackups(file);
  return info;
}

/**
 * A byte-for-byte copy of the database file and its WAL, for a file SQLite
 * cannot read (so cannot VACUUM): a damaged database is kept, never lost.
 * The WAL keeps SQLite's naming (`NAME-wal`), so opening the copy reads it.
 */
export function copyDatabaseFile(
  file: string,
  kind: BackupKind,
  at: Date,
  version: number | null,
): BackupInfo {
  const folder = ensureBackupFolder(file);
  const name = freeName(file, folder, at, version, kind);
  const wal = `${file}-wal`;
  if (fs.existsSync(wal))
    writeAtomically(folder, `${name}-wal`, (partial) => fs.copyFileSync(wal, partial));
  writeAtomically(folder, name, (partial) => fs.copyFileSync(file, partial));
  const info = infoOf(file, name);
  pruneBackups(file);
  return info;
}
