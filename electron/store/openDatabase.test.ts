import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlannerError } from '../../shared/errors/result';
import { tempDbFile } from '../testing/tempBackend';
import { SCHEMA_VERSION } from './migrations';
import { openDatabase } from './openDatabase';
import { PLANNER_APPLICATION_ID } from './probeDatabase';

const hash = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('openDatabase', () => {
  it('creates the file owner-only, in WAL mode, with foreign keys on, at the current schema', () => {
    const file = tempDbFile();
    const db = openDatabase(file, { create: true });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database newer than the code, and leaves it byte for byte as it was', () => {
    const file = tempDbFile();
    const future = new Database(file);
    future.pragma(`application_id = ${PLANNER_APPLICATION_ID}`);
    future.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    future.exec('CREATE TABLE from_the_future (x)');
    future.close();
    const before = hash(file);
    expect(() => openDatabase(file, { create: true })).toThrow(PlannerError);
    expect(() => openDatabase(file, { create: true })).toThrow(
      /newer Embargo Planner.*not changed/,
    );
    expect(hash(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database, without touching it', () => {
    const file = tempDbFile();
    fs.writeFileSync(file, 'this is not SQLite '.repeat(100));
    const before = hash(file);
    expect(() => openDatabase(file, { create: true })).toThrow(
      /cannot be read as a planner database.*not changed/,
    );
    expect(hash(file)).toBe(before);
  });

  it('keeps data across close and reopen', () => {
    const file = tempDbFile();
    const db = openDatabase(file, { create: true });
    db.prepare("INSERT INTO releases (name, status) VALUES ('4.11', 'planned')").run();
    db.close();
    const again = openDatabase(file, { create: true });
    expect(again.prepare('SELECT name FROM releases').all()).toEqual([{ name: '4.11' }]);
    again.close();
  });
});
