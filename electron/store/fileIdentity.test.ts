import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseError } from '../../shared/errors/databaseFailure';
import {
  databaseAtVersion,
  hashFile,
  modeOf,
  releaseNames,
  scribble,
} from '../testing/databaseFiles';
import { tempDbFile } from '../testing/tempBackend';
import { describeOpenFailure } from '../openFailure';
import { SCHEMA_VERSION } from './migrations';
import { openDatabase, type OpenOptions } from './openDatabase';
import { PLANNER_APPLICATION_ID } from './probeDatabase';

// Which files the planner opens, creates and refuses, and what it leaves
// beside the ones it refuses: nothing at all.

const SIDE_FILES = ['-wal', '-shm', '-journal'];

function refusal(file: string, options: OpenOptions = {}): DatabaseError {
  try {
    openDatabase(file, { log: () => undefined, ...options }).close();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseError);
    return error as DatabaseError;
  }
  throw new Error(`${file} was opened`);
}

/** The folder's entries: a refusal must leave it exactly so. */
const entries = (file: string) => fs.readdirSync(path.dirname(file)).sort();

/** The application id in the header on disk, read without SQLite. */
function applicationIdOnDisk(file: string): number {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, header, 0, 100, 0);
  fs.closeSync(fd);
  return header.readInt32BE(68);
}

/** Another program's SQLite file: its own table, a user_version, in WAL mode or not. */
function otherProgramsFile(options: { wal: boolean; applicationId?: number }): string {
  const file = tempDbFile();
  const db = new Database(file);
  if (options.applicationId !== undefined) db.pragma(`application_id = ${options.applicationId}`);
  if (options.wal) db.pragma('journal_mode = WAL');
  db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('theirs')");
  db.close();
  return file;
}

/** Refused as `reason`, the file's bytes unchanged, and not one new file beside it. */
function expectRefusedUntouched(file: string, reason: string, options: OpenOptions = {}) {
  const before = hashFile(file);
  const listing = entries(file);
  const error = refusal(file, options);
  expect(error.reason).toBe(reason);
  expect(hashFile(file)).toBe(before);
  expect(entries(file)).toEqual(listing);
  return error;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("another program's SQLite file", () => {
  it('is refused untouched, even when the planner could create files', () => {
    const file = otherProgramsFile({ wal: false });
    const error = expectRefusedUntouched(file, 'foreign', { create: true });
    expect(error.message).toMatch(/is not an Embargo Planner database/);
    expect(error.message).toMatch(/without the planner's tables/);
    expect(error.message).toMatch(/It was not changed\./);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });

  it('in WAL mode is refused without a -wal or -shm appearing beside it', () => {
    const file = otherProgramsFile({ wal: true });
    expect(entries(file)).toEqual(['planner.sqlite3']);
    expectRefusedUntouched(file, 'foreign');
  });

  it('with its own application id is refused, even with tables named like ours', () => {
    const file = tempDbFile();
    databaseAtVersion(file, SCHEMA_VERSION);
    const db = new Database(file);
    db.pragma('application_id = 1598903374');
    db.close();
    const error = expectRefusedUntouched(file, 'foreign');
    expect(error.message).toMatch(/application id is 0x5f4d544e, another program's/);
  });

  it('with no tables at all is refused', () => {
    const file = tempDbFile();
    const db = new Database(file);
    db.pragma('user_version = 3');
    db.close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    expect(expectRefusedUntouched(file, 'foreign').message).toMatch(
      /no application id and no tables/,
    );
  });

  it('offers only another file or quitting, never a restore over it', () => {
    const file = otherProgramsFile({ wal: false });
    const described = describeOpenFailure(refusal(file), file);
    expect(described.title).toBe('This file is not an Embargo Planner database');
    expect(described.actions).toEqual(['open-other', 'quit']);
  });
});

describe('planner files are stamped', () => {
  it('a new file carries the application id in its header on disk, while it is open', () => {
    const file = tempDbFile();
    const db = openDatabase(file, { create: true });
    // Before any checkpoint: the header on disk already says whose file it is.
    expect(applicationIdOnDisk(file)).toBe(PLANNER_APPLICATION_ID);
    expect(db.pragma('application_id', { simple: true })).toBe(PLANNER_APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it.each([1, SCHEMA_VERSION])(
    'a file from an earlier planner (schema %i, no id) is recognised by its tables and stamped',
    (version) => {
      const file = tempDbFile();
      databaseAtVersion(file, version, ['4.10', '4.11']);
      expect(applicationIdOnDisk(file)).toBe(0);
      const db = openDatabase(file, { log: () => undefined });
      expect(db.pragma('application_id', { simple: true })).toBe(PLANNER_APPLICATION_ID);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      db.close();
      expect(applicationIdOnDisk(file)).toBe(PLANNER_APPLICATION_ID);
      expect(releaseNames(file)).toEqual(['4.10', '4.11']);
    },
  );

  it('a file from an earlier planner that crashed with its tables still in the WAL is accepted', () => {
    const file = tempDbFile();
    const crashed = path.join(path.dirname(file), 'crashed');
    fs.mkdirSync(crashed);
    // Copy the file and its WAL while the writer still has them open: what a crash leaves.
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    databaseAtVersionOn(db);
    for (const suffix of ['', '-wal'])
      fs.copyFileSync(`${file}${suffix}`, path.join(crashed, `planner.sqlite3${suffix}`));
    db.close();
    const copy = path.join(crashed, 'planner.sqlite3');
    expect(fs.statSync(`${copy}-wal`).size).toBeGreaterThan(0);
    const reopened = openDatabase(copy, { log: () => undefined });
    expect(reopened.prepare('SELECT name FROM releases').all()).toEqual([{ name: '4.11' }]);
    reopened.close();
  });
});

/** The tables of the current schema and one release, on an open connection, unstamped. */
function databaseAtVersionOn(db: Database.Database): void {
  const source = tempDbFile();
  databaseAtVersion(source, SCHEMA_VERSION);
  const template = new Database(source, { readonly: true });
  const schema = template
    .prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'")
    .all() as { sql: string }[];
  template.close();
  db.transaction(() => {
    for (const { sql } of schema) db.exec(sql);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.prepare("INSERT INTO releases (name, status) VALUES ('4.11', 'planned')").run();
  })();
}

describe('no new database unless asked for', () => {
  it('a missing file is refused ("no database at PATH") and nothing is created', () => {
    const file = tempDbFile();
    const error = refusal(file);
    expect(error.reason).toBe('missing');
    expect(error.message).toMatch(new RegExp(`^no database at ${file} `));
    expect(error.message).toMatch(/only by import or with --create/);
    expect(entries(file)).toEqual([]);
  });

  it('no folder is made, even when creating', () => {
    const root = path.dirname(tempDbFile());
    const file = path.join(root, 'typo', 'deeper', 'planner.sqlite3');
    const error = refusal(file, { create: true });
    expect(error.reason).toBe('missing');
    expect(error.message).toMatch(/its folder .*typo[/\\]deeper does not exist/);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('offers to create it (or restore a backup) on the "can\'t open" screen', () => {
    const file = tempDbFile();
    expect(describeOpenFailure(refusal(file), file).actions).toEqual([
      'create-new',
      'open-other',
      'quit',
    ]);
    const elsewhere = path.join(path.dirname(file), 'gone', 'planner.sqlite3');
    expect(describeOpenFailure(refusal(elsewhere), elsewhere).actions).toEqual([
      'open-other',
      'quit',
    ]);
  });

  it('a zero-length file is refused, untouched, even with create', () => {
    const file = tempDbFile();
    fs.writeFileSync(file, '');
    const error = expectRefusedUntouched(file, 'corrupt', { create: true });
    expect(error.message).toMatch(/it is empty, 0 bytes/);
    expect(fs.statSync(file).size).toBe(0);
  });

  it('creating leaves no temporary file behind, and the file is owner-only', () => {
    const file = tempDbFile();
    openDatabase(file, { create: true }).close();
    expect(entries(file)).toEqual(['planner.sqlite3']);
    expect(modeOf(file)).toBe(0o600);
  });

  it('a file another process created first is opened, not replaced', () => {
    const file = tempDbFile();
    databaseAtVersion(file, SCHEMA_VERSION, ['theirs']);
    openDatabase(file, { create: true, log: () => undefined }).close();
    expect(releaseNames(file)).toEqual(['theirs']);
  });
});

describe('refusing a planner file writes nothing beside it', () => {
  /** A planner file, closed cleanly: WAL mode, no side files. */
  function plannerFile(): string {
    const file = tempDbFile();
    const db = openDatabase(file, { create: true });
    db.prepare("INSERT INTO releases (name, status) VALUES ('4.11', 'planned')").run();
    db.close();
    expect(entries(file)).toEqual(['planner.sqlite3']);
    return file;
  }

  it('from a newer planner', () => {
    const file = plannerFile();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(new Database(file, { readonly: true }).pragma('journal_mode', { simple: true })).toBe(
      'wal',
    );
    for (const suffix of SIDE_FILES) fs.rmSync(`${file}${suffix}`, { force: true });
    expectRefusedUntouched(file, 'newer');
  });

  it('that is damaged', () => {
    const file = tempDbFile();
    databaseAtVersion(
      file,
      SCHEMA_VERSION,
      Array.from({ length: 300 }, (_, i) => `release-${i}-${'x'.repeat(40)}`),
    );
    openDatabase(file, { log: () => undefined }).close();
    fs.rmSync(path.join(path.dirname(file), 'backups'), { recursive: true });
    scribble(file);
    expectRefusedUntouched(file, 'corrupt');
  });
});

describe('owner-only on open', () => {
  it('tightens a database and its -wal and -shm that others could read', () => {
    const file = tempDbFile();
    const writer = openDatabase(file, { create: true });
    writer.prepare("INSERT INTO releases (name, status) VALUES ('4.11', 'planned')").run();
    // Loosened while another connection keeps the -wal and -shm in place.
    for (const suffix of ['', '-wal', '-shm']) fs.chmodSync(`${file}${suffix}`, 0o644);
    const logged: string[] = [];
    const db = openDatabase(file, { log: (line) => logged.push(line) });
    for (const suffix of ['', '-wal', '-shm']) expect(modeOf(`${file}${suffix}`)).toBe(0o600);
    expect(logged).toEqual([]);
    db.close();
    writer.close();
  });

  it('gives new -wal and -shm files the mode of a file that was 0644', () => {
    const file = tempDbFile();
    openDatabase(file, { create: true }).close();
    fs.chmodSync(file, 0o644);
    const db = openDatabase(file, { log: () => undefined });
    db.prepare("INSERT INTO releases (name, status) VALUES ('4.11', 'planned')").run();
    for (const suffix of ['', '-wal', '-shm']) expect(modeOf(`${file}${suffix}`)).toBe(0o600);
    db.close();
  });

  it('warns, and opens all the same, when a file cannot be tightened', () => {
    const file = tempDbFile();
    openDatabase(file, { create: true }).close();
    fs.chmodSync(file, 0o644);
    // A file owned by another account: chmod is refused (EPERM). As root on
    // this machine nothing refuses chmod, so the refusal is staged here.
    const chmod = fs.chmodSync;
    vi.spyOn(fs, 'chmodSync').mockImplementation((target, mode) => {
      if (target === file)
        throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
      chmod(target, mode);
    });
    const logged: string[] = [];
    const db = openDatabase(file, { log: (line) => logged.push(line) });
    expect(db.prepare('SELECT count(*) AS n FROM releases').get()).toEqual({ n: 0 });
    db.close();
    expect(logged).toEqual([
      `embargo-planner: warning: ${file} stays readable by other accounts (mode 0644): making it owner-only failed (EPERM). It holds embargoed advisories: fix its permissions.`,
    ]);
  });
});
