import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempBackend, tempDbFile } from '../../testing/tempBackend';
import { migrate, userVersion } from './index';

describe('migration 6 (events carried by public calendars), from version 4 with data', () => {
  it('starts with nothing recorded, so no earlier event is cancelled on a guess, and keeps every row', () => {
    const file = tempDbFile();
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, 4);
    db.exec(`
      INSERT INTO releases (id, name, status, revision) VALUES (1, '4.11', 'planned', 1);
      INSERT INTO milestones (id, release_id, position, kind, planned) VALUES (1, 1, 0, 'release', '2018-07-10');
    `);
    const uid = db.prepare('SELECT uid FROM milestones').get();
    migrate(db, 6);
    expect(userVersion(db)).toBe(6);
    expect(db.prepare('SELECT count(*) AS n FROM public_calendar_events').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT uid FROM milestones').get()).toEqual(uid);
    db.close();
  });

  it('records what a public export carried, once, and nothing for a preview or another profile', () => {
    const file = tempDbFile();
    const backend = tempBackend(file);
    backend.ok('releases.create', {
      name: '4.11',
      milestones: [{ kind: 'release', planned: '2018-07-10' }],
    });
    const count = () => {
      const db = new Database(file, { readonly: true });
      const rows = db.prepare('SELECT uid, first_exported_at FROM public_calendar_events').all();
      db.close();
      return rows;
    };
    backend.ok('calendars.exportIcs', { profile: 'public', preview: true });
    backend.ok('calendars.exportIcs', { profile: 'team' });
    backend.ok('calendars.exportIcs', { profile: 'predisclosure' });
    expect(count()).toEqual([]);
    backend.ok('calendars.exportIcs', { profile: 'public' });
    backend.ok('calendars.exportIcs', { profile: 'public', release: '4.11' });
    expect(count()).toEqual([
      { uid: expect.stringMatching(/^[0-9a-f]{32}$/), first_exported_at: '2026-11-25T10:00:00Z' },
    ]);
    // An export records no change to the plan: nothing to undo.
    expect(backend.ok('undo.state', {}).undoLabel).toBe('Add release 4.11');
    backend.close();
  });
});
