import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempBackend, tempDbFile } from '../../testing/tempBackend';
import { listChanges } from '../changeLog';
import { migrate, userVersion } from './index';

/** A version 1 database with a release, an advisory and their change log, as 0.1 wrote it. */
function versionOneWithData(file: string) {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, 1);
  db.exec(`
    INSERT INTO releases (id, name, status, revision) VALUES (1, '4.11', 'planned', 2);
    INSERT INTO milestones (release_id, position, kind, planned) VALUES (1, 0, 'release', '2018-06-01');
    INSERT INTO advisories (id, key, title, status, public_at) VALUES (1, 'XSA-263', 'SSB', 'public', '2018-05-21T12:00:00Z');
    INSERT INTO advisory_affects (advisory_id, release_id) VALUES (1, 1);
    INSERT INTO change_log (at, os_user, entity, entity_id, entity_name, action, source, before, after)
      VALUES ('2018-05-01T10:00:00.000Z', 'alice', 'release', 1, '4.11', 'create', 'app', NULL, '{"name":"4.11"}'),
             ('2018-05-02T10:00:00.000Z', 'alice', 'release', 1, '4.11', 'update', 'cli', '{"name":"4.11"}', '{"name":"4.11"}');
  `);
  db.close();
}

describe('migration 2 (undo steps and change reasons), from version 1 with data', () => {
  it('adds steps, step_id and reason, and keeps every row as it was', () => {
    const file = tempDbFile();
    versionOneWithData(file);
    const db = new Database(file);
    migrate(db, 2);
    expect(userVersion(db)).toBe(2);
    expect(db.prepare('SELECT name FROM releases').all()).toEqual([{ name: '4.11' }]);
    expect(db.prepare('SELECT count(*) AS n FROM advisory_affects').get()).toEqual({ n: 1 });
    const columns = (db.pragma('table_info(change_log)') as { name: string }[]).map((c) => c.name);
    expect(columns.slice(-2)).toEqual(['step_id', 'reason']);
    expect(db.prepare('SELECT count(*) AS n FROM steps').get()).toEqual({ n: 0 });
    // Old changes predate undo: they stay history, with no step and no reason.
    const changes = listChanges(db);
    expect(changes.map((c) => [c.action, c.source, c.stepId, c.reason])).toEqual([
      ['create', 'app', null, null],
      ['update', 'cli', null, null],
    ]);
    expect(() =>
      db.prepare("INSERT INTO steps (label, created_at, undone) VALUES ('x', 'now', 2)").run(),
    ).toThrow(/CHECK constraint/);
    db.close();
  });

  it('leaves a working undo: the old writes are history, new ones undoable', () => {
    const file = tempDbFile();
    versionOneWithData(file);
    const backend = tempBackend(file);
    expect(backend.ok('undo.state', {})).toMatchObject({ canUndo: false, canRedo: false });
    expect(backend.ok('history.get', { entity: 'release', name: '4.11' }).entries).toHaveLength(2);
    const release = backend.ok('releases.get', { id: 1 });
    backend.ok('releases.update', { id: 1, revision: release.revision, name: '4.11.0' });
    expect(backend.ok('undo.state', {})).toMatchObject({
      canUndo: true,
      undoLabel: 'Rename release 4.11 to 4.11.0',
    });
    backend.ok('undo.undo', {});
    expect(backend.ok('releases.get', { id: 1 }).name).toBe('4.11');
    backend.close();
  });
});
