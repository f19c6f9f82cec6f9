import type { Migration } from './types';

/** The first schema: the plan, its settings and the change log. */
export const initial: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE releases (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('planned', 'released')),
        revision INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE milestones (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('last-posting', 'feature-freeze', 'code-freeze',
          'hard-code-freeze', 'branch', 'rc', 'release', 'custom')),
        planned TEXT NOT NULL,
        actual TEXT,
        baseline TEXT,
        label TEXT
      ) STRICT;
      CREATE INDEX milestones_by_release ON milestones (release_id, position);

      CREATE TABLE advisories (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        cves TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL CHECK (status IN ('embargoed', 'public', 'withdrawn')),
        predisclosure_at TEXT,
        public_at TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX advisories_by_lift ON advisories (public_at);

      CREATE TABLE advisory_affects (
        advisory_id INTEGER NOT NULL REFERENCES advisories (id) ON DELETE CASCADE,
        release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
        PRIMARY KEY (advisory_id, release_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX affects_by_release ON advisory_affects (release_id);

      CREATE TABLE follow_ups (
        id INTEGER PRIMARY KEY,
        advisory_id INTEGER NOT NULL REFERENCES advisories (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        summary TEXT NOT NULL,
        expected_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('pending', 'landed', 'dropped')),
        public_at TEXT
      ) STRICT;
      CREATE INDEX follow_ups_by_advisory ON follow_ups (advisory_id, position);

      CREATE TABLE settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        "values" TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        entity TEXT NOT NULL CHECK (entity IN ('release', 'advisory', 'settings')),
        entity_id INTEGER NOT NULL,
        entity_name TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        source TEXT NOT NULL,
        before TEXT,
        after TEXT
      ) STRICT;
      CREATE INDEX change_log_by_entity ON change_log (entity, entity_id, id);
    `);
  },
};
