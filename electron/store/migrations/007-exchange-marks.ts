import type { Migration } from './types';

/**
 * What each release and advisory looked like at its last exchange through
 * this database (a team bundle saved, or imported): a fingerprint of its
 * content. A later import compares it with the file's own mark to tell a
 * record both sides changed since then (a conflict, shown before anything
 * is written) from one only one side changed. Not plan data: no history, no
 * undo, not in bundles. Existing databases start with none, and conflicts
 * are found from their next exchange on.
 */
export const exchangeMarks: Migration = {
  version: 7,
  name: 'exchange marks',
  up(db) {
    db.exec(`
      CREATE TABLE exchange_marks (
        kind TEXT NOT NULL CHECK (kind IN ('release', 'advisory')),
        name TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        PRIMARY KEY (kind, name)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
