import type { Migration } from './types';

/**
 * Undo/redo and the reasons behind changes. Every dispatched write becomes a
 * "step"; its change_log rows carry the step's id so undo can find exactly
 * what one command changed, also after a restart. `reason` keeps why a change
 * was made (why an embargo moved, which import or undo made it).
 *
 * step_id is deliberately not a foreign key: steps are pruned to the last 50
 * undoable ones, while the change log keeps every row (the history). The
 * AUTOINCREMENT keeps a pruned step's id from being handed out again, so a
 * step_id in the log never points at a newer, unrelated step.
 */
export const undoHistory: Migration = {
  version: 2,
  name: 'undo steps and change reasons',
  up(db) {
    db.exec(`
      CREATE TABLE steps (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
      ) STRICT;

      ALTER TABLE change_log ADD COLUMN step_id INTEGER;
      ALTER TABLE change_log ADD COLUMN reason TEXT;
      CREATE INDEX change_log_by_step ON change_log (step_id, id);
      -- The history of a deleted record is found by the name it had.
      CREATE INDEX change_log_by_name ON change_log (entity, entity_name, id);
    `);
  },
};
