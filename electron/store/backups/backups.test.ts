import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseAtVersion, modeOf, releaseNames } from '../../testing/databaseFiles';
import { tempDbFile } from '../../testing/tempBackend';
import { SCHEMA_VERSION } from '../migrations';
import { openDatabase } from '../openDatabase';
import { backupFolder, KEEP_BACKUPS, listBackups, parseBackupName } from './backupFolder';
import { takeBackup } from './takeBackup';

const T0 = new Date('2026-11-25T10:00:00.000Z');
const hoursLater = (hours: number) => new Date(T0.getTime() + hours * 3600_000);

describe('automatic backups', () => {
  it('copies a database from an older planner before migrating it, owner-only', () => {
    const file = tempDbFile();
    databaseAtVersion(file, 1, ['4.10', '4.11']);
    openDatabase(file, { create: true, now: () => T0 }).close();

    const backups = listBackups(file);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({
      kind: 'pre-migration',
      schemaVersion: 1,
      createdAt: '2026-11-25T10:00:00.000Z',
      name: 'planner.2026-11-25T10-00-00-000Z.v1.pre-migration.sqlite3',
    });
    const copy = path.join(backupFolder(file), backups[0].name);
    expect(modeOf(backupFolder(file))).toBe(0o700);
    expect(modeOf(copy)).toBe(0o600);
    // The copy is the old file as it was: old schema, same data.
    const old = new Database(copy, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();
    expect(releaseNames(copy)).toEqual(['4.10', '4.11']);
    expect(releaseNames(file)).toEqual(['4.10', '4.11']);
  });

  it('takes none for a new file', () => {
    const file = tempDbFile();
    openDatabase(file, { create: true, now: () => T0 }).close();
    expect(fs.existsSync(backupFolder(file))).toBe(false);
  });

  it('takes one a day on start: when the newest is 24 hours old, not before', () => {
    const file = tempDbFile();
    openDatabase(file, { create: true, now: () => T0 }).close();
    // The first start of an existing file has no backup yet: one now.
    openDatabase(file, { create: true, now: () => hoursLater(1) }).close();
    expect(listBackups(file).map((b) => b.kind)).toEqual(['daily']);
    openDatabase(file, { create: true, now: () => hoursLater(24) }).close();
    expect(listBackups(file)).toHaveLength(1);
    openDatabase(file, { create: true, now: () => hoursLater(25) }).close();
    expect(listBackups(file).map((b) => [b.kind, b.createdAt])).toEqual([
      ['daily', hoursLater(25).toISOString()],
      ['daily', hoursLater(1).toISOString()],
    ]);
  });

  it('reports a daily backup that fails, and opens the database all the same', () => {
    const file = tempDbFile();
    openDatabase(file, { create: true, now: () => T0 }).close();
    fs.writeFileSync(backupFolder(file), 'a file where the folder should be');
    const logged: string[] = [];
    const db = openDatabase(file, {
      create: true,
      now: () => hoursLater(1),
      log: (line) => logged.push(line),
    });
    expect(db.prepare('SELECT count(*) AS n FROM releases').get()).toEqual({ n: 0 });
    db.close();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(
      /^embargo-planner: the daily backup of .* failed \(.*ENOTDIR.*\); the planner goes on without it$/,
    );
  });

  it(`keeps the newest ${KEEP_BACKUPS}`, () => {
    const file = tempDbFile();
    const db = openDatabase(file, { create: true });
    for (let hour = 0; hour < KEEP_BACKUPS + 3; hour++)
      takeBackup(db, file, 'manual', hoursLater(hour));
    db.close();
    const kept = listBackups(file);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept[0].createdAt).toBe(hoursLater(KEEP_BACKUPS + 2).toISOString());
    expect(kept.at(-1)?.createdAt).toBe(hoursLater(3).toISOString());
    expect(fs.readdirSync(backupFolder(file))).toHaveLength(KEEP_BACKUPS);
  });

  it('gives two backups in the same millisecond two names', () => {
    const file = tempDbFile();
    const db = openDatabase(file, { create: true });
    const a = takeBackup(db, file, 'manual', T0);
    const b = takeBackup(db, file, 'manual', T0);
    db.close();
    expect(a.name).not.toBe(b.name);
    expect(listBackups(file)).toHaveLength(2);
  });

  it('names a new backup after the newest, even with a clock that went back', () => {
    const file = tempDbFile();
    const db = openDatabase(file, { create: true });
    for (let n = 0; n < KEEP_BACKUPS + 2; n++) takeBackup(db, file, 'manual', T0);
    const latest = takeBackup(db, file, 'manual', hoursLater(-5));
    db.close();
    const kept = listBackups(file);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept[0]).toEqual(latest);
  });

  it('leaves no partial file when the copy fails', () => {
    const file = tempDbFile();
    const db = openDatabase(file, { create: true });
    db.exec('BEGIN');
    // VACUUM INTO cannot run inside a transaction: a failure at the copy step.
    expect(() => takeBackup(db, file, 'manual', T0)).toThrow();
    db.exec('ROLLBACK');
    db.close();
    expect(fs.readdirSync(backupFolder(file))).toEqual([]);
  });

  it('tightens a backups folder someone opened up', () => {
    const file = tempDbFile();
    fs.mkdirSync(backupFolder(file), { mode: 0o755 });
    fs.chmodSync(backupFolder(file), 0o755);
    const db = openDatabase(file, { create: true });
    takeBackup(db, file, 'manual', T0);
    db.close();
    expect(modeOf(backupFolder(file))).toBe(0o700);
  });
});

describe('backup names', () => {
  it('are read back into time, version and kind, and only for their own database', () => {
    const file = '/data/planner.sqlite3';
    expect(parseBackupName(file, 'planner.2026-11-25T10-00-00-000Z.v3.daily.sqlite3')).toEqual({
      name: 'planner.2026-11-25T10-00-00-000Z.v3.daily.sqlite3',
      createdAt: '2026-11-25T10:00:00.000Z',
      schemaVersion: 3,
      kind: 'daily',
    });
    expect(
      parseBackupName(file, 'planner.2026-11-25T10-00-00-000Z.pre-restore.sqlite3')?.schemaVersion,
    ).toBeNull();
    for (const other of [
      'other.2026-11-25T10-00-00-000Z.v3.daily.sqlite3',
      '../planner.2026-11-25T10-00-00-000Z.v3.daily.sqlite3',
      'planner.2026-11-25T10-00-00-000Z.v3.daily.sqlite3-wal',
      'planner.sqlite3',
    ])
      expect(parseBackupName(file, other)).toBeNull();
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
  });
});
