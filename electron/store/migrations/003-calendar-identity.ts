import type { Migration } from './types';

// Calendar clients recognise an event by its UID and take a higher SEQUENCE
// as "this replaces what you had". So every exported row gets a random UID
// once, never derived from a key, CVE or title (a UID must not leak anything
// and must survive renames), and the database itself raises SEQUENCE when an
// event's date or cancelled state changes, so no writer can forget to.
//
// A deleted row leaves a tombstone (its UID, SEQUENCE + 1 and only what a
// cancelled event needs) so exports can say CANCELLED for a while instead of
// silently dropping the event, which clients that imported the file would
// keep showing forever.
//
// Undo that re-inserts a deleted row keeps its event: it takes back the
// tombstone's uid (items carry the row's old id) with a sequence above the
// tombstone's, the only uid change allowed; the tombstone then goes, and
// clients see the event come back (calendarIdentityTable.reclaimCalendarIdentity).
//
// Note for later migrations: rebuilding milestones, advisories, follow_ups or
// releases (create-copy-drop-rename) drops the triggers below; re-run
// CALENDAR_TRIGGERS afterwards.

const NOW = `strftime('%Y-%m-%dT%H:%M:%SZ', 'now')`;
const NEW_UID = `lower(hex(randomblob(16)))`;

const AFFECTS_OF = (advisoryId: string) =>
  `json((SELECT json_group_array(r.name) FROM advisory_affects x JOIN releases r ON r.id = x.release_id
         WHERE x.advisory_id = ${advisoryId}))`;

function identityTriggers(table: string): string {
  return `
    CREATE TRIGGER ${table}_uid AFTER INSERT ON ${table} WHEN NEW.uid IS NULL
    BEGIN
      UPDATE ${table} SET uid = ${NEW_UID} WHERE id = NEW.id;
    END;
    CREATE TRIGGER ${table}_restored AFTER INSERT ON ${table} WHEN NEW.uid IS NOT NULL
    BEGIN
      DELETE FROM calendar_tombstones WHERE uid = NEW.uid;
    END;
    CREATE TRIGGER ${table}_uid_fixed BEFORE UPDATE OF uid ON ${table}
    WHEN OLD.uid IS NOT NULL AND NEW.uid IS NOT OLD.uid
      AND NOT EXISTS (SELECT 1 FROM calendar_tombstones WHERE uid = NEW.uid)
    BEGIN
      SELECT RAISE(ABORT, 'a calendar uid never changes');
    END;`;
}

/** The triggers that keep calendar identity; exported so a migration that rebuilds a table can restore them. */
export const CALENDAR_TRIGGERS = `
  ${identityTriggers('milestones')}
  ${identityTriggers('advisories')}
  ${identityTriggers('follow_ups')}

  CREATE TRIGGER milestones_sequence AFTER UPDATE OF planned, actual ON milestones
  WHEN OLD.planned IS NOT NEW.planned OR OLD.actual IS NOT NEW.actual
  BEGIN
    UPDATE milestones SET sequence = sequence + 1 WHERE id = NEW.id;
  END;

  -- Withdrawing (or un-withdrawing) changes the event's STATUS, which RFC 5545
  -- also counts as a significant change.
  CREATE TRIGGER advisories_sequence AFTER UPDATE OF public_at, status ON advisories
  WHEN OLD.public_at IS NOT NEW.public_at
    OR (OLD.status = 'withdrawn') IS NOT (NEW.status = 'withdrawn')
  BEGIN
    UPDATE advisories SET sequence = sequence + 1 WHERE id = NEW.id;
  END;

  CREATE TRIGGER follow_ups_sequence AFTER UPDATE OF expected_at, public_at, status ON follow_ups
  WHEN OLD.expected_at IS NOT NEW.expected_at OR OLD.public_at IS NOT NEW.public_at
    OR (OLD.status = 'dropped') IS NOT (NEW.status = 'dropped')
  BEGIN
    UPDATE follow_ups SET sequence = sequence + 1 WHERE id = NEW.id;
  END;

  -- A cascade runs the children's AFTER DELETE triggers once the parent row
  -- is gone, so the parent's BEFORE DELETE trigger writes their tombstones
  -- while the release name and the affected releases can still be read.
  CREATE TRIGGER releases_tombstones BEFORE DELETE ON releases
  BEGIN
    INSERT OR REPLACE INTO calendar_tombstones (uid, sequence, kind, item, deleted_at)
    SELECT uid, sequence + 1, 'milestone',
      json_object('id', id, 'release', OLD.name, 'milestoneKind', kind, 'label', label,
                  'date', coalesce(actual, planned)),
      ${NOW}
    FROM milestones WHERE release_id = OLD.id AND uid IS NOT NULL;
  END;

  CREATE TRIGGER milestones_tombstone AFTER DELETE ON milestones
  WHEN OLD.uid IS NOT NULL AND EXISTS (SELECT 1 FROM releases WHERE id = OLD.release_id)
  BEGIN
    INSERT OR REPLACE INTO calendar_tombstones (uid, sequence, kind, item, deleted_at)
    SELECT OLD.uid, OLD.sequence + 1, 'milestone',
      json_object('id', OLD.id, 'release', r.name, 'milestoneKind', OLD.kind, 'label', OLD.label,
                  'date', coalesce(OLD.actual, OLD.planned)),
      ${NOW}
    FROM releases r WHERE r.id = OLD.release_id;
  END;

  -- Only the key, status, lift and affected releases: never the title, CVEs or notes.
  CREATE TRIGGER advisories_tombstones BEFORE DELETE ON advisories
  BEGIN
    INSERT OR REPLACE INTO calendar_tombstones (uid, sequence, kind, item, deleted_at)
    SELECT OLD.uid, OLD.sequence + 1, 'advisory',
      json_object('id', OLD.id, 'key', OLD.key, 'status', OLD.status,
                  'publicAt', OLD.public_at, 'affects', ${AFFECTS_OF('OLD.id')}),
      ${NOW}
    WHERE OLD.uid IS NOT NULL;
    INSERT OR REPLACE INTO calendar_tombstones (uid, sequence, kind, item, deleted_at)
    SELECT f.uid, f.sequence + 1, 'follow-up',
      json_object('id', f.id, 'key', OLD.key, 'status', OLD.status,
                  'publicAt', OLD.public_at, 'affects', ${AFFECTS_OF('OLD.id')},
                  'summary', f.summary, 'followUpStatus', f.status,
                  'expectedAt', f.expected_at, 'followUpPublicAt', f.public_at),
      ${NOW}
    FROM follow_ups f WHERE f.advisory_id = OLD.id AND f.uid IS NOT NULL;
  END;

  CREATE TRIGGER follow_ups_tombstone AFTER DELETE ON follow_ups
  WHEN OLD.uid IS NOT NULL AND EXISTS (SELECT 1 FROM advisories WHERE id = OLD.advisory_id)
  BEGIN
    INSERT OR REPLACE INTO calendar_tombstones (uid, sequence, kind, item, deleted_at)
    SELECT OLD.uid, OLD.sequence + 1, 'follow-up',
      json_object('id', OLD.id, 'key', a.key, 'status', a.status,
                  'publicAt', a.public_at, 'affects', ${AFFECTS_OF('a.id')},
                  'summary', OLD.summary, 'followUpStatus', OLD.status,
                  'expectedAt', OLD.expected_at, 'followUpPublicAt', OLD.public_at),
      ${NOW}
    FROM advisories a WHERE a.id = OLD.advisory_id;
  END;

  -- Exports show a tombstone for 90 days (shared/calendar/tombstones.ts);
  -- older ones are pruned whenever a new one is written.
  CREATE TRIGGER calendar_tombstones_prune AFTER INSERT ON calendar_tombstones
  BEGIN
    DELETE FROM calendar_tombstones
    WHERE deleted_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-90 days');
  END;
`;

export const calendarIdentity: Migration = {
  version: 3,
  name: 'calendar identity, tombstones and reference calendars',
  up(db) {
    for (const table of ['milestones', 'advisories', 'follow_ups']) {
      db.exec(`
        ALTER TABLE ${table} ADD COLUMN uid TEXT;
        ALTER TABLE ${table} ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
        UPDATE ${table} SET uid = ${NEW_UID};
        CREATE UNIQUE INDEX ${table}_by_uid ON ${table} (uid);
      `);
    }
    db.exec(`
      CREATE TABLE calendar_tombstones (
        uid TEXT PRIMARY KEY,
        sequence INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('milestone', 'advisory', 'follow-up')),
        item TEXT NOT NULL,
        deleted_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX calendar_tombstones_by_time ON calendar_tombstones (deleted_at);

      CREATE TABLE reference_calendars (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE reference_events (
        calendar_id INTEGER NOT NULL REFERENCES reference_calendars (id) ON DELETE CASCADE,
        uid TEXT NOT NULL,
        summary TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        PRIMARY KEY (calendar_id, uid, start_date)
      ) STRICT, WITHOUT ROWID;
    `);
    db.exec(CALENDAR_TRIGGERS);
  },
};
