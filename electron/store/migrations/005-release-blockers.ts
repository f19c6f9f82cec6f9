import type { Migration } from './types';

/**
 * What holds a release besides embargoes: bugs, test gates that have not
 * passed, anything else. Children of a release like its milestones, so they
 * travel with it through the change log, history and undo, and go when it
 * goes. Dates are YYYY-MM-DD like milestones; a blocker is open while
 * `resolved_on` is NULL.
 */
export const releaseBlockers: Migration = {
  version: 5,
  name: 'release blockers',
  up(db) {
    db.exec(`
      CREATE TABLE release_blockers (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('bug', 'test-gate', 'other')),
        opened_on TEXT NOT NULL,
        expected_on TEXT,
        resolved_on TEXT
      ) STRICT;
      CREATE INDEX blockers_by_release ON release_blockers (release_id, position);
    `);
  },
};
