import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDbFile } from '../../testing/tempBackend';
import { migrate, userVersion } from './index';

describe('migration 1 (initial schema), from an empty file (version 0)', () => {
  it('creates every table and sets user_version to 1', () => {
    const db = new Database(tempDbFile());
    expect(userVersion(db)).toBe(0);
    migrate(db, 1);
    expect(userVersion(db)).toBe(1);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((row) => row.name);
    expect(tables).toEqual([
      'advisories',
      'advisory_affects',
      'change_log',
      'follow_ups',
      'milestones',
      'releases',
      'settings',
    ]);
    db.close();
  });

  it('enforces its constraints: kinds, statuses, cascades', () => {
    const db = new Database(tempDbFile());
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    db.prepare("INSERT INTO releases (name, status) VALUES ('4.11', 'planned')").run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO milestones (release_id, position, kind, planned) VALUES (1, 0, 'thaw', '2018-06-01')",
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    db.prepare(
      "INSERT INTO milestones (release_id, position, kind, planned) VALUES (1, 0, 'release', '2018-06-01')",
    ).run();
    db.prepare('DELETE FROM releases WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM milestones').get()).toEqual({ n: 0 });
    db.close();
  });

  it('is not run twice', () => {
    const db = new Database(tempDbFile());
    migrate(db);
    expect(() => migrate(db)).not.toThrow();
    db.close();
  });
});
