import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempBackend, tempDbFile } from '../../testing/tempBackend';
import { migrate, userVersion } from './index';

/** A version 4 database with a release, a milestone and a change, as 0.4 wrote it. */
function versionFourWithData(file: string) {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, 4);
  db.exec(`
    INSERT INTO releases (id, name, status, revision) VALUES (1, '4.11', 'planned', 2);
    INSERT INTO milestones (id, release_id, position, kind, planned)
      VALUES (1, 1, 0, 'release', '2018-06-05');
    INSERT INTO change_log (at, os_user, entity, entity_id, entity_name, action, source, before, after)
      VALUES ('2018-05-01T10:00:00.000Z', 'alice', 'release', 1, '4.11', 'create', 'app', NULL,
        '{"id":1,"revision":1,"name":"4.11","status":"planned","milestones":[]}');
  `);
  db.close();
}

describe('migration 5 (release blockers), from version 4 with data', () => {
  it('adds an empty blockers table and keeps every row as it was', () => {
    const file = tempDbFile();
    versionFourWithData(file);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, 5);
    expect(userVersion(db)).toBe(5);
    expect(db.prepare('SELECT count(*) AS n FROM release_blockers').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT name, revision FROM releases').get()).toEqual({
      name: '4.11',
      revision: 2,
    });
    expect(() =>
      db
        .prepare(
          `INSERT INTO release_blockers (release_id, position, title, kind, opened_on)
           VALUES (1, 0, 'x', 'regression', '2018-05-01')`,
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    // Blockers go with their release.
    db.prepare(
      `INSERT INTO release_blockers (release_id, position, title, kind, opened_on)
       VALUES (1, 0, 'Push gate', 'test-gate', '2018-05-01')`,
    ).run();
    db.prepare('DELETE FROM releases WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM release_blockers').get()).toEqual({ n: 0 });
    db.close();
  });

  it('opens through the backend: old releases have no blockers, new ones can be added', () => {
    const file = tempDbFile();
    versionFourWithData(file);
    const backend = tempBackend(file);
    const release = backend.ok('releases.get', { id: 1 });
    expect(release.blockers).toEqual([]);
    const updated = backend.ok('releases.update', {
      id: 1,
      revision: release.revision,
      blockers: [{ title: 'osstest push gate', kind: 'test-gate', openedOn: '2018-05-20' }],
    });
    expect(updated.blockers).toMatchObject([
      { title: 'osstest push gate', kind: 'test-gate', expectedOn: null, resolvedOn: null },
    ]);
    expect(updated.milestones).toHaveLength(1);
    backend.close();
  });
});
