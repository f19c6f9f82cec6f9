import type { Migration } from './types';

/**
 * Release templates the users made. The shipped ones (Xen 4.16 style,
 * Custom) live in code and are not stored: a new version can improve them
 * without a migration. Milestones are one JSON array per template: they are
 * always read and written whole, never queried one by one.
 *
 * Templates are not part of the plan: not in bundles, not in the change log
 * (whose entity CHECK would need a table rebuild to admit them) and so not
 * undoable; a revision still refuses an edit based on an old copy.
 */
export const releaseTemplates: Migration = {
  version: 4,
  name: 'release templates',
  up(db) {
    db.exec(`
      CREATE TABLE release_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        milestones TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(milestones)),
        revision INTEGER NOT NULL DEFAULT 1
      ) STRICT;
    `);
  },
};
