import Database from 'better-sqlite3';
import fs from 'node:fs';
import { DatabaseError } from '../../shared/errors/databaseFailure';
import { classifyOpenError, missingMessage, openFailureMessage } from './classifyOpenError';
import { SCHEMA_VERSION, userVersion } from './migrations';

/**
 * `PRAGMA application_id` of every planner database: "EMBP". SQLite keeps it
 * in the file's header, so a file is recognised from its first 100 bytes.
 */
export const PLANNER_APPLICATION_ID = 0x454d4250;

/**
 * The tables every planner database has had since schema 1: how a file
 * written before the application id existed is still recognised as ours.
 */
const PLANNER_TABLES = [
  'releases',
  'milestones',
  'advisories',
  'advisory_affects',
  'follow_ups',
  'settings',
  'change_log',
] as const;

const HEADER_BYTES = 100;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** What a read-only look at an existing file found: it is ours, at this schema. */
export interface ProbedDatabase {
  version: number;
  /** It carries the planner's application id (files from earlier versions do not). */
  stamped: boolean;
  /**
   * SQLite read every page (quick_check). When false the opener checks on
   * its own connection before it writes anything (see inspectExisting).
   */
  checked: boolean;
}

export interface InspectOptions {
  /** Check every page here even when the opener could (a restore must know). */
  thorough?: boolean;
}

const corrupt = (file: string, detail: string) =>
  new DatabaseError('corrupt', openFailureMessage('corrupt', file, detail));

const foreign = (file: string, detail: string) =>
  new DatabaseError('foreign', openFailureMessage('foreign', file, detail));

/** The file's SQLite header, or a refusal when it has none. */
function readHeader(file: string, size: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < HEADER_BYTES || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC))
    throw corrupt(file, `not an SQLite database: no SQLite header in its ${size} bytes`);
  return header;
}

const sizeOf = (file: string) => {
  try {
    return fs.statSync(file).size;
  } catch {
    return -1;
  }
};

/** The same file, unchanged: same inode, size and modification time. */
const sameFile = (a: fs.Stats, b: fs.Stats) =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

/**
 * A read-only connection to the file's content that creates nothing beside
 * it. SQLite itself creates `-wal` and `-shm` as soon as a read-only
 * connection reads a database in WAL mode (every planner file), so a file
 * in WAL mode with no WAL beside it, which is then the whole database, is
 * read into memory and inspected there. A file in rollback mode needs no
 * side file to be read. A WAL with content is already beside the file and
 * holds part of the database, which only SQLite can read: then SQLite reads
 * it (creating the `-shm` index only if someone deleted it).
 */
function inspectionConnection(file: string, header: Buffer, busyTimeoutMs: number): Db {
  const onDisk = () =>
    new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
  const walMode = header[18] === 2 || header[19] === 2;
  if (!walMode || sizeOf(`${file}-wal`) > 0) return onDisk();
  const before = fs.statSync(file);
  const bytes = fs.readFileSync(file);
  // Another process opened and wrote the file while it was read: it has its
  // side files now, and only a locked read gives a consistent view.
  if (!sameFile(before, fs.statSync(file)) || sizeOf(`${file}-wal`) > 0) return onDisk();
  // An in-memory database cannot be in WAL mode; the copy is told it is not.
  bytes[18] = 1;
  bytes[19] = 1;
  return new Database(bytes, { readonly: true });
}

type Db = Database.Database;

function tableNames(db: Db): Set<string> {
  const rows = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as {
    name: string;
  }[];
  return new Set(rows.map((row) => row.name));
}

const hex = (id: number) => `0x${(id >>> 0).toString(16).padStart(8, '0')}`;

const newer = (file: string, version: number) =>
  new DatabaseError(
    'newer',
    openFailureMessage('newer', file, `schema ${version}; this one knows up to ${SCHEMA_VERSION}`),
  );

/**
 * Looks at an existing file without writing a byte in it or beside it: is
 * it a planner database (our application id, or the planner's tables in a
 * file from before the id), at a schema this planner knows, and does SQLite
 * read every page of it? Returns null when there is no file; throws the
 * DatabaseError that says why it is refused otherwise.
 *
 * A file with our id, in WAL mode with no WAL beside it (how the planner
 * leaves every file it closes), is judged from its header alone, which then
 * holds the whole truth: reading it all into memory on every start would
 * cost twice its size. Its pages are checked by checkOnConnection on the
 * opener's own connection, before anything is written; closing that lone
 * connection removes the -wal and -shm SQLite made for it.
 */
export function inspectExisting(
  file: string,
  busyTimeoutMs: number,
  options: InspectOptions = {},
): ProbedDatabase | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (!stat.isFile())
    throw new DatabaseError(
      'unreadable',
      openFailureMessage('unreadable', file, 'it is a folder or a device, not a file'),
    );
  if (stat.size === 0)
    throw corrupt(
      file,
      'it is empty, 0 bytes: a new or cut-short file, not an Embargo Planner database',
    );
  const header = readHeader(file, stat.size);
  const applicationId = header.readInt32BE(68);
  if (applicationId !== 0 && applicationId !== PLANNER_APPLICATION_ID)
    throw foreign(file, `its application id is ${hex(applicationId)}, another program's`);
  const stamped = applicationId === PLANNER_APPLICATION_ID;
  const walMode = header[18] === 2 || header[19] === 2;
  if (stamped && walMode && sizeOf(`${file}-wal`) <= 0 && !options.thorough) {
    const version = header.readUInt32BE(60);
    if (version > SCHEMA_VERSION) throw newer(file, version);
    return { version, stamped, checked: false };
  }

  const db = inspectionConnection(file, header, busyTimeoutMs);
  try {
    const version = userVersion(db);
    if (!stamped) {
      const tables = tableNames(db);
      const missing = PLANNER_TABLES.filter((name) => !tables.has(name));
      if (version === 0 || missing.length > 0)
        throw foreign(
          file,
          tables.size === 0
            ? 'an SQLite file with no application id and no tables'
            : `an SQLite file with no application id and without the planner's tables (${missing.slice(0, 3).join(', ')} missing)`,
        );
    }
    if (version > SCHEMA_VERSION) throw newer(file, version);
    quickCheck(db, file);
    return { version, stamped, checked: true };
  } finally {
    db.close();
  }
}

/**
 * quick_check reads every page (and the WAL): a truncated or scribbled file
 * is found before anything is written, not halfway through someone's edit.
 */
function quickCheck(db: Db, file: string): void {
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw corrupt(file, `quick_check: ${String(check).slice(0, 120)}`);
}

/**
 * The checks inspectExisting left to the opener, on its connection before
 * it writes: the schema as SQLite sees it now (another process may have
 * written since the header was read) and every page.
 */
export function checkOnConnection(db: Db, file: string, found: ProbedDatabase): number {
  const version = userVersion(db);
  if (version > SCHEMA_VERSION) throw newer(file, version);
  if (!found.checked) quickCheck(db, file);
  return version;
}

/**
 * Throws why `file` cannot be opened as a planner database (missing, not
 * ours, newer, damaged, locked), as the "can't open" box words it, before
 * the app is started on it; writes nothing in it or beside it.
 */
export function checkPlannerFile(file: string, busyTimeoutMs: number): void {
  try {
    if (inspectExisting(file, busyTimeoutMs) === null)
      throw new DatabaseError('missing', missingMessage(file, 'file'));
  } catch (error) {
    throw classifyOpenError(error, file);
  }
}
