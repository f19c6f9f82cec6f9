import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_NAME, type BackupInfo, type BackupKind } from '../../../shared/contract/backups';
import { DatabaseError } from '../../../shared/errors/databaseFailure';
import { backupsToPrune } from '../../../shared/backups/choices';
import { SCHEMA_VERSION } from '../migrations';

/** How many backups are kept; the oldest beyond that are deleted after each new one. */
export const KEEP_BACKUPS = 10;

/** `backups/` beside the database: same disk, same owner, found without settings. */
export function backupFolder(file: string): string {
  return path.join(path.dirname(file), 'backups');
}

/** The database's name without its extension: several databases may share a folder. */
export function backupStem(file: string): string {
  const base = path.basename(file);
  const stem = base.replace(/\.[^.]*$/, '') || base;
  // The stem must fit the name pattern; anything else is replaced, not trusted.
  return stem.replace(/[^\w.-]/g, '_');
}

/** Creates the folder owner-only, and tightens it if someone loosened it. */
export function ensureBackupFolder(file: string): string {
  const folder = backupFolder(file);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  fs.chmodSync(folder, 0o700);
  return folder;
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-');
}

function dateOfStamp(stamp: string): string {
  const [day, time] = stamp.split('T');
  const [hours, minutes, seconds, millis] = time.replace('Z', '').split('-');
  return `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
}

export function backupFileName(
  file: string,
  at: Date,
  version: number | null,
  kind: BackupKind,
): string {
  const versionPart = version === null ? '' : `.v${version}`;
  return `${backupStem(file)}.${stampOf(at)}${versionPart}.${kind}.sqlite3`;
}

/** What a backup's name says about it, or null when the name is not one of ours for `file`. */
export function parseBackupName(
  file: string,
  name: string,
): Omit<BackupInfo, 'bytes' | 'restorable'> | null {
  const match = BACKUP_NAME.exec(name);
  if (!match?.groups || match.groups.stem !== backupStem(file)) return null;
  const { stamp, version, kind } = match.groups;
  return {
    name,
    createdAt: dateOfStamp(stamp),
    schemaVersion: version === undefined ? null : Number(version),
    kind: kind as BackupKind,
  };
}

/** The backups of `file`, newest first; an absent folder has none. */
export function listBackups(file: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupFolder(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT') return [];
    throw new DatabaseError(
      'unreadable',
      `The backups folder ${backupFolder(file)} cannot be read (${code}). Check that it is a folder you may read and write.`,
    );
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const info = parseBackupName(file, name);
    if (!info) continue;
    const copy = path.join(backupFolder(file), name);
    try {
      const stat = fs.statSync(copy);
      if (stat.isFile())
        backups.push({ ...info, bytes: stat.size, restorable: looksRestorable(copy, info) });
    } catch {
      // Deleted meanwhile by another process pruning the same folder.
    }
  }
  return backups.sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
  );
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Whether a backup can be put back, judged without reading all of it: its
 * name gives a schema this planner knows (a copy of a damaged file has
 * none) and it starts as an SQLite file. A restore still checks every page.
 */
function looksRestorable(copy: string, info: { schemaVersion: number | null }): boolean {
  if (info.schemaVersion === null || info.schemaVersion > SCHEMA_VERSION) return false;
  const header = Buffer.alloc(SQLITE_MAGIC.length);
  try {
    const fd = fs.openSync(copy, 'r');
    try {
      fs.readSync(fd, header, 0, header.length, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
  return header.equals(SQLITE_MAGIC);
}

/**
 * Deletes backups beyond the newest `keep`, with the WAL files a damaged
 * copy may have; the last good daily, manual and pre-migration backups stay
 * however many copies were taken before restores since.
 */
export function pruneBackups(file: string, keep = KEEP_BACKUPS): void {
  const folder = backupFolder(file);
  for (const old of backupsToPrune(listBackups(file), keep))
    for (const suffix of ['', '-wal', '-shm'])
      fs.rmSync(path.join(folder, `${old.name}${suffix}`), { force: true });
}
