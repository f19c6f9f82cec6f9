import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseError } from '../../shared/errors/databaseFailure';
import type { DatabaseFailureReason } from '../../shared/errors/result';
import { openBackend } from '../backend';
import { runCli } from '../cli/main';
import { databaseAtVersion, hashFile, releaseNames, scribble } from '../testing/databaseFiles';
import { holdLock } from '../testing/lockHolder';
import { makeReadOnly, whyNoReadOnly } from '../testing/readOnly';
import { tempDbFile } from '../testing/tempBackend';
import { fillDisk, onTinyDisk, whyNoTinyDisk } from '../testing/tinyDisk';
import { listBackups } from './backups/backupFolder';
import { describeOpenFailure } from '../openFailure';
import { SCHEMA_VERSION } from './migrations';
import { openDatabase } from './openDatabase';

function failureOf(file: string, busyTimeoutMs?: number): DatabaseError {
  try {
    openDatabase(file, { create: true, busyTimeoutMs }).close();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseError);
    return error as DatabaseError;
  }
  throw new Error(`${file} opened`);
}

function cli(file: string, ...extra: string[]) {
  const err: string[] = [];
  const status = runCli(
    ['list', ...extra, '--db', file],
    {},
    {
      out: () => undefined,
      err: (text) => err.push(text),
      now: () => new Date(),
    },
  );
  return { status, err: err.join('\n') };
}

/**
 * The checks every bad file gets: the reason, advice in the message, the
 * file's bytes unchanged, the same description for the screen, and the
 * command line exiting 2 with the same message.
 */
function expectRefused(file: string, reason: DatabaseFailureReason, options = { cli: true }) {
  const before = fs.statSync(file).isFile() ? hashFile(file) : null;
  const error = failureOf(file, 200);
  expect(error.reason).toBe(reason);
  expect(error.code).toBe('database');
  expect(error.message).toContain(file);
  expect(error.message).toMatch(/open another file, or quit\.$/);
  const described = describeOpenFailure(error, file);
  expect(described).toMatchObject({ reason, file, message: error.message });
  expect(described.actions).toContain('quit');
  if (options.cli) expect(cli(file)).toEqual({ status: 2, err: `planner: ${error.message}` });
  if (before !== null) expect(hashFile(file)).toBe(before);
  return described;
}

/** A healthy database with enough rows to span many pages, closed cleanly. */
function fullSizedDatabase(): string {
  const file = tempDbFile();
  databaseAtVersion(
    file,
    SCHEMA_VERSION,
    Array.from({ length: 400 }, (_, i) => `release-${i}-${'x'.repeat(40)}`),
  );
  return file;
}

const skipped: string[] = [];
afterAll(() => {
  for (const line of skipped) console.log(`skipped: ${line}`);
});

describe('a damaged database file', () => {
  it('that is not SQLite at all is corrupt', () => {
    const file = tempDbFile();
    fs.writeFileSync(file, 'this is not SQLite '.repeat(300));
    const described = expectRefused(file, 'corrupt');
    expect(described.title).toBe('The database file is damaged');
    expect(described.actions).toEqual(['open-other', 'quit']);
  });

  it('cut short is corrupt', () => {
    const file = fullSizedDatabase();
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    expectRefused(file, 'corrupt');
  });

  it('cut inside its header is corrupt', () => {
    const file = fullSizedDatabase();
    fs.truncateSync(file, 50);
    expectRefused(file, 'corrupt');
  });

  it('with scribbled pages is corrupt, and restoring a backup is offered when there is one', () => {
    const file = fullSizedDatabase();
    openDatabase(file, { create: true }).close(); // the first start of an existing file takes a backup
    expect(listBackups(file)).toHaveLength(1);
    scribble(file);
    const described = expectRefused(file, 'corrupt');
    expect(described.actions).toEqual(['restore-backup', 'open-other', 'quit']);
    expect(described.backups.map((b) => b.kind)).toEqual(['daily']);
  });
});

describe('a database the planner may not use', () => {
  it('from a newer planner is refused untouched', () => {
    const file = tempDbFile();
    databaseAtVersion(file, SCHEMA_VERSION);
    const db = openDatabase(file, { create: true });
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const described = expectRefused(file, 'newer');
    expect(described.message).toMatch(/Update the planner/);
    expect(described.actions).toEqual(['open-other', 'quit']);
  });

  it('locked exclusively by another process is refused after waiting, untouched', async () => {
    const file = tempDbFile();
    openDatabase(file, { create: true }).close();
    const holder = await holdLock(file, { name: 'theirs', exclusive: true });
    try {
      // The command line would wait its full 5 s: checked without it.
      const described = expectRefused(file, 'locked', { cli: false });
      expect(described.actions).toEqual(['retry', 'open-other', 'quit']);
    } finally {
      holder.release();
      await holder.exited;
    }
    expect(releaseNames(file)).toEqual(['theirs']);
  });

  it('that is a folder cannot be opened', () => {
    const file = tempDbFile();
    fs.mkdirSync(file);
    const described = expectRefused(file, 'unreadable');
    expect(described.actions).toEqual(['retry', 'open-other', 'quit']);
  });
});

describe('a database on a read-only folder or file', () => {
  const why = whyNoReadOnly();
  if (why) skipped.push(`read-only folder and file: ${why}`);

  it.skipIf(why !== null)('in a read-only folder is refused, untouched', () => {
    const file = fullSizedDatabase();
    const undo = makeReadOnly(path.dirname(file));
    try {
      const described = expectRefused(file, 'readonly');
      expect(described.actions).toEqual(['open-other', 'quit']);
    } finally {
      undo();
    }
  });

  it.skipIf(why !== null)('that is itself read-only is refused, untouched', () => {
    const file = fullSizedDatabase();
    const undo = makeReadOnly(file);
    try {
      expectRefused(file, 'readonly');
    } finally {
      undo();
    }
  });

  it.skipIf(why !== null)('cannot be created in a read-only folder', () => {
    const folder = path.dirname(tempDbFile());
    const undo = makeReadOnly(folder);
    try {
      expect(failureOf(path.join(folder, 'new.sqlite3')).reason).toBe('readonly');
    } finally {
      undo();
    }
  });
});

describe('a database on a full disk', () => {
  const why = whyNoTinyDisk();
  if (why) skipped.push(`full disk at open (tmpfs): ${why}`);

  it.skipIf(why !== null)('cannot be created, and says the disk is full', () => {
    onTinyDisk(256, (folder) => {
      fillDisk(folder);
      const file = path.join(folder, 'planner.sqlite3');
      const error = failureOf(file);
      expect(error.reason).toBe('full');
      expect(error.message).toMatch(/Free some space and try again/);
      expect(cli(file, '--create')).toEqual({ status: 2, err: `planner: ${error.message}` });
      expect(fs.readdirSync(folder).filter((name) => name.includes('planner'))).toEqual([]);
    });
  });

  it.skipIf(why !== null)('from an older planner is not migrated without its backup', () => {
    onTinyDisk(512, (folder) => {
      const file = path.join(folder, 'planner.sqlite3');
      databaseAtVersion(
        file,
        1,
        Array.from({ length: 300 }, (_, i) => `r${i}-${'y'.repeat(60)}`),
      );
      fillDisk(folder, 32 * 1024);
      expectRefused(file, 'full');
      expect(listBackups(file)).toEqual([]);
      expect(fs.readdirSync(path.join(folder, 'backups'))).toEqual([]);
    });
  });
});

describe('describeOpenFailure', () => {
  it('describes any error, not only the classified ones', () => {
    const file = tempDbFile();
    fs.mkdirSync(file);
    const described = describeOpenFailure(new Error('something odd'), file);
    expect(described.reason).toBe('unreadable');
    expect(described.title).toBe('The database file cannot be opened');
  });

  it('is what openBackend throws, for the Electron shell and the browser mode', () => {
    const file = tempDbFile();
    fs.writeFileSync(file, 'garbage'.repeat(100));
    expect(() => openBackend(file, { source: 'app' })).toThrow(DatabaseError);
  });
});
