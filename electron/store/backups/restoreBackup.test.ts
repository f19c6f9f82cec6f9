import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../../shared/errors/databaseFailure';
import { PlannerError } from '../../../shared/errors/result';
import {
  databaseAtVersion,
  hashFile,
  modeOf,
  releaseNames,
  scribble,
} from '../../testing/databaseFiles';
import { tempDbFile } from '../../testing/tempBackend';
import { SCHEMA_VERSION, userVersion } from '../migrations';
import { openDatabase } from '../openDatabase';
import { backupFolder, listBackups } from './backupFolder';
import { restoreBackup } from './restoreBackup';
import { takeBackup } from './takeBackup';

const T0 = new Date('2026-11-25T10:00:00.000Z');
const later = () => new Date('2026-11-25T11:00:00.000Z');

function addRelease(file: string, name: string): void {
  const db = openDatabase(file, { create: true, now: () => T0 });
  db.prepare("INSERT INTO releases (name, status) VALUES (?, 'planned')").run(name);
  db.close();
}

/** A database with 4.10 in its backup and 4.11 added after it. */
function planWithBackup() {
  const file = tempDbFile();
  addRelease(file, '4.10');
  const db = openDatabase(file, { create: true, now: () => T0 });
  const backup = takeBackup(db, file, 'manual', T0);
  db.prepare("INSERT INTO releases (name, status) VALUES ('4.11', 'planned')").run();
  db.close();
  return { file, backup };
}

function errorOf(work: () => unknown): Error {
  try {
    work();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('restoring a backup', () => {
  it('puts the backup in place, after saving the current file aside', () => {
    const { file, backup } = planWithBackup();
    const report = restoreBackup(file, backup.name, { now: later });
    expect(report.restored.name).toBe(backup.name);
    expect(report.safetyBackup?.kind).toBe('pre-restore');
    expect(releaseNames(file)).toEqual(['4.10']);
    const safety = path.join(backupFolder(file), report.safetyBackup?.name ?? '');
    expect(releaseNames(safety)).toEqual(['4.10', '4.11']);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(safety)).toBe(0o600);
    // It opens as a planner database again, WAL and all.
    const db = openDatabase(file, { create: true, now: later });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('restores over a damaged file, keeping the damaged bytes as they were', () => {
    const { file, backup } = planWithBackup();
    scribble(file);
    const damaged = hashFile(file);
    expect(() => openDatabase(file, { create: true })).toThrow(DatabaseError);
    const report = restoreBackup(file, backup.name, { now: later });
    expect(report.safetyBackup?.schemaVersion).toBeNull();
    expect(hashFile(path.join(backupFolder(file), report.safetyBackup?.name ?? ''))).toBe(damaged);
    expect(releaseNames(file)).toEqual(['4.10']);
  });

  it('migrates a backup from an older planner when it is reopened, backing it up first', () => {
    const file = tempDbFile();
    databaseAtVersion(file, 1, ['4.9']);
    openDatabase(file, { create: true, now: () => T0 }).close();
    const old = listBackups(file).find((b) => b.kind === 'pre-migration');
    expect(old?.schemaVersion).toBe(1);
    restoreBackup(file, old?.name ?? '', { now: later });
    const db = openDatabase(file, { create: true, now: later });
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
    expect(listBackups(file).map((b) => b.kind)).toContain('pre-restore');
    expect(releaseNames(file)).toEqual(['4.9']);
  });

  it('refuses a name that is not one of the listed backups, changing nothing', () => {
    const { file } = planWithBackup();
    const before = hashFile(file);
    for (const name of [
      'nope',
      '../planner.sqlite3',
      'planner.2030-01-01T00-00-00-000Z.v1.manual.sqlite3',
    ]) {
      const error = errorOf(() => restoreBackup(file, name));
      expect(error).toBeInstanceOf(PlannerError);
      expect((error as PlannerError).code).toBe('not_found');
    }
    expect(hashFile(file)).toBe(before);
  });

  it('refuses a damaged backup, changing nothing', () => {
    const { file, backup } = planWithBackup();
    scribble(path.join(backupFolder(file), backup.name));
    const before = hashFile(file);
    const backups = listBackups(file);
    const error = errorOf(() => restoreBackup(file, backup.name));
    expect(error).toMatchObject({ reason: 'corrupt' });
    expect(error.message).toMatch(/choose another backup/);
    expect(hashFile(file)).toBe(before);
    expect(listBackups(file)).toEqual(backups);
  });

  it('refuses while another program has the database open, changing nothing', () => {
    const { file, backup } = planWithBackup();
    const other = new Database(file);
    other.prepare('SELECT count(*) FROM releases').get();
    const error = errorOf(() => restoreBackup(file, backup.name, { busyTimeoutMs: 50 }));
    expect(error).toMatchObject({ code: 'database', reason: 'locked' });
    expect(error.message).toMatch(/another program/);
    expect(other.prepare('SELECT name FROM releases ORDER BY name').all()).toEqual([
      { name: '4.10' },
      { name: '4.11' },
    ]);
    other.close();
    expect(releaseNames(file)).toEqual(['4.10', '4.11']);
  });

  it('refuses to restore over a database from a newer planner, changing nothing', () => {
    const { file, backup } = planWithBackup();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = hashFile(file);
    const error = errorOf(() => restoreBackup(file, backup.name));
    expect(error).toMatchObject({ code: 'database', reason: 'newer' });
    expect(error.message).toMatch(/update the planner instead\.$/);
    expect(hashFile(file)).toBe(before);
  });

  it('copies taken before restores never push out the last good daily and manual backups', () => {
    const file = tempDbFile();
    databaseAtVersion(
      file,
      SCHEMA_VERSION,
      Array.from({ length: 200 }, (_, i) => `release-${i}-${'x'.repeat(40)}`),
    );
    openDatabase(file, { now: () => T0, log: () => undefined }).close(); // the daily backup
    const db = openDatabase(file, { now: () => T0 });
    const manual = takeBackup(db, file, 'manual', T0);
    db.close();
    // Twelve times over: the file is damaged again, and the good backup put back.
    for (let round = 1; round <= 12; round++) {
      scribble(file);
      const report = restoreBackup(file, manual.name, {
        now: () => new Date(T0.getTime() + round * 60_000),
      });
      expect(report.safetyBackup).toMatchObject({ kind: 'pre-restore', restorable: false });
    }
    const kept = listBackups(file);
    expect(kept).toHaveLength(10);
    expect(kept.filter((b) => b.kind === 'pre-restore')).toHaveLength(8);
    expect(kept.filter((b) => b.restorable).map((b) => b.kind)).toEqual(['manual', 'daily']);
    expect(releaseNames(file)).toHaveLength(200);
  });

  it('restores when the database file is gone', () => {
    const { file, backup } = planWithBackup();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    expect(restoreBackup(file, backup.name).safetyBackup).toBeNull();
    expect(releaseNames(file)).toEqual(['4.10']);
  });
});
