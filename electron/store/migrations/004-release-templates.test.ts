import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempBackend, tempDbFile } from '../../testing/tempBackend';
import { migrate, userVersion } from './index';

/** A version 3 database holding a release, a milestone and a change, as 0.3 wrote it. */
function versionThreeWithData(file: string) {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, 3);
  expect(userVersion(db)).toBe(3);
  db.exec(`
    INSERT INTO releases (id, name, status, revision) VALUES (1, '4.11', 'planned', 3);
    INSERT INTO milestones (id, release_id, position, kind, planned, baseline)
      VALUES (1, 1, 0, 'release', '2018-07-10', '2018-06-01');
    INSERT INTO change_log (at, os_user, entity, entity_id, entity_name, action, source, before, after)
      VALUES ('2018-05-01T10:00:00.000Z', 'alice', 'release', 1, '4.11', 'create', 'app', NULL, '{}');
  `);
  db.close();
}

describe('migration 4 (release templates), from version 3 with data', () => {
  it('adds an empty release_templates table and keeps every row as it was', () => {
    const file = tempDbFile();
    versionThreeWithData(file);
    const db = new Database(file);
    const uidBefore = db.prepare('SELECT uid FROM milestones').get();
    migrate(db, 4);
    expect(userVersion(db)).toBe(4);
    expect(db.prepare('SELECT count(*) AS n FROM release_templates').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT planned, baseline FROM milestones').get()).toEqual({
      planned: '2018-07-10',
      baseline: '2018-06-01',
    });
    expect(db.prepare('SELECT uid FROM milestones').get()).toEqual(uidBefore);
    expect(db.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual({ n: 1 });
    db.close();
  });

  it('keeps names unique whatever their case, and milestones valid JSON', () => {
    const file = tempDbFile();
    versionThreeWithData(file);
    const db = new Database(file);
    migrate(db, 4);
    db.prepare(
      `INSERT INTO release_templates (name, milestones) VALUES ('Quarterly', '[{"kind":"release","label":null,"offsetDays":0}]')`,
    ).run();
    expect(() =>
      db.prepare(`INSERT INTO release_templates (name) VALUES ('QUARTERLY')`).run(),
    ).toThrow(/UNIQUE constraint/);
    expect(() =>
      db.prepare(`INSERT INTO release_templates (name, milestones) VALUES ('x', '[oops')`).run(),
    ).toThrow(/CHECK constraint/);
    db.close();
  });

  it('opens through the backend: the shipped templates are listed, user ones can be added', () => {
    const file = tempDbFile();
    versionThreeWithData(file);
    const backend = tempBackend(file);
    expect(backend.ok('templates.list', {}).map((t) => t.name)).toEqual([
      'Xen 4.16 style',
      'Custom',
    ]);
    backend.ok('templates.create', {
      name: 'Quarterly',
      milestones: [{ kind: 'feature-freeze', offsetDays: -28 }],
    });
    expect(backend.ok('releases.get', { id: 1 }).milestones[0].baseline).toBe('2018-06-01');
    expect(backend.ok('templates.list', {}).map((t) => t.name)).toContain('Quarterly');
    backend.close();
  });
});
