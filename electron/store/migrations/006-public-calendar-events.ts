import type { Migration } from './types';

// A public calendar may say "cancelled" only about an event it once carried:
// cancelling an event nobody outside ever saw (a point release planned and
// undone because of an embargo, a milestone that lived an afternoon) would
// itself be a trace of embargoed work. So every public calendar export that
// leaves the machine records the UIDs it carried, and later public exports
// show a cancellation only for those.
//
// Existing databases start empty on purpose: which events earlier versions
// exported is not known, and failing closed means a cancellation that may be
// missed rather than one that may leak.

export const publicCalendarEvents: Migration = {
  version: 6,
  name: 'events carried by public calendar exports',
  up(db) {
    db.exec(`
      CREATE TABLE public_calendar_events (
        uid TEXT PRIMARY KEY,
        first_exported_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
