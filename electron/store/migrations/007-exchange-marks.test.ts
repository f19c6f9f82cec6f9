import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDbFile } from '../../testing/tempBackend';
import { migrate, userVersion } from './index';

describe('migration 7 (exchange marks), from version 6 with data', () => {
  it('adds an empty marks table and keeps every row as it was', () => {
    const db = new Database(tempDbFile());
    db.pragma('foreign_keys = ON');
    migrate(db, 6);
    db.exec(`INSERT INTO releases (id, name, status, revision) VALUES (1, '4.11', 'planned', 2)`);
    migrate(db, 7);
    expect(userVersion(db)).toBe(7);
    expect(db.prepare('SELECT count(*) AS n FROM exchange_marks').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT name, revision FROM releases').get()).toEqual({
      name: '4.11',
      revision: 2,
    });
    db.prepare(
      `INSERT INTO exchange_marks (kind, name, fingerprint) VALUES ('advisory', 'XSA-1', 'abc')`,
    ).run();
    expect(() =>
      db
        .prepare(`INSERT INTO exchange_marks (kind, name, fingerprint) VALUES ('note', 'x', 'y')`)
        .run(),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO exchange_marks (kind, name, fingerprint) VALUES ('advisory', 'XSA-1', 'd')`,
        )
        .run(),
    ).toThrow(/UNIQUE|PRIMARY KEY/);
    db.close();
  });
});
