import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDbFile } from '../../testing/tempBackend';
import { migrate, userVersion } from './index';

/** A database at version 2 holding a release, an advisory and a follow-up. */
function databaseAtVersion2() {
  const db = new Database(tempDbFile());
  db.pragma('foreign_keys = ON');
  migrate(db, 2);
  expect(userVersion(db)).toBe(2);
  db.exec(`
    INSERT INTO releases (id, name, status) VALUES (1, '4.11', 'planned');
    INSERT INTO milestones (id, release_id, position, kind, planned)
      VALUES (1, 1, 0, 'hard-code-freeze', '2018-04-13'), (2, 1, 1, 'release', '2018-06-01');
    INSERT INTO advisories (id, key, title, status, public_at)
      VALUES (1, 'XSA-263', 'Speculative Store Bypass', 'embargoed', '2018-05-21T12:00:00Z');
    INSERT INTO advisory_affects (advisory_id, release_id) VALUES (1, 1);
    INSERT INTO follow_ups (id, advisory_id, position, summary, expected_at, status)
      VALUES (1, 1, 0, 'Arm SSBD control', '2018-06-22', 'pending');
  `);
  return db;
}

const row = (db: Database.Database, sql: string) =>
  db.prepare(sql).get() as Record<string, unknown>;
const rows = (db: Database.Database, sql: string) =>
  db.prepare(sql).all() as Record<string, unknown>[];

describe('migration 3 (calendar identity), from version 2 with data', () => {
  it('gives every existing row its own random UID and SEQUENCE 0, keeping the data', () => {
    const db = databaseAtVersion2();
    migrate(db, 3);
    expect(userVersion(db)).toBe(3);
    const uids = [
      ...rows(db, 'SELECT uid, sequence FROM milestones ORDER BY id'),
      ...rows(db, 'SELECT uid, sequence FROM advisories'),
      ...rows(db, 'SELECT uid, sequence FROM follow_ups'),
    ];
    expect(uids).toHaveLength(4);
    for (const identity of uids) {
      expect(identity.uid).toMatch(/^[0-9a-f]{32}$/);
      expect(identity.sequence).toBe(0);
    }
    expect(new Set(uids.map((u) => u.uid)).size).toBe(4);
    expect(row(db, 'SELECT title, public_at FROM advisories')).toEqual({
      title: 'Speculative Store Bypass',
      public_at: '2018-05-21T12:00:00Z',
    });
    expect(rows(db, 'SELECT kind, planned FROM milestones ORDER BY position')).toEqual([
      { kind: 'hard-code-freeze', planned: '2018-04-13' },
      { kind: 'release', planned: '2018-06-01' },
    ]);
    for (const table of ['calendar_tombstones', 'reference_calendars', 'reference_events'])
      expect(row(db, `SELECT count(*) AS n FROM ${table}`)).toEqual({ n: 0 });
    db.close();
  });

  it('gives new rows a UID, keeps it fixed, and raises SEQUENCE only when a date changes', () => {
    const db = databaseAtVersion2();
    migrate(db, 3);
    db.prepare(
      "INSERT INTO milestones (release_id, position, kind, planned) VALUES (1, 2, 'rc', '2018-05-01')",
    ).run();
    const added = row(db, 'SELECT uid, sequence FROM milestones WHERE position = 2');
    expect(added.uid).toMatch(/^[0-9a-f]{32}$/);

    const sequence = (sql: string) => row(db, sql).sequence;
    db.prepare("UPDATE milestones SET label = 'RC1' WHERE id = 1").run();
    db.prepare("UPDATE milestones SET planned = '2018-04-13' WHERE id = 1").run();
    expect(sequence('SELECT sequence FROM milestones WHERE id = 1')).toBe(0);
    db.prepare("UPDATE milestones SET planned = '2018-04-20' WHERE id = 1").run();
    db.prepare("UPDATE milestones SET actual = '2018-04-20' WHERE id = 1").run();
    expect(sequence('SELECT sequence FROM milestones WHERE id = 1')).toBe(2);

    db.prepare("UPDATE advisories SET title = 'x', status = 'public' WHERE id = 1").run();
    expect(sequence('SELECT sequence FROM advisories')).toBe(0);
    db.prepare("UPDATE advisories SET public_at = '2018-05-22T12:00:00Z' WHERE id = 1").run();
    db.prepare("UPDATE advisories SET status = 'withdrawn' WHERE id = 1").run();
    expect(sequence('SELECT sequence FROM advisories')).toBe(2);

    db.prepare("UPDATE follow_ups SET status = 'landed' WHERE id = 1").run();
    db.prepare("UPDATE follow_ups SET expected_at = '2018-06-25' WHERE id = 1").run();
    db.prepare("UPDATE follow_ups SET status = 'dropped' WHERE id = 1").run();
    expect(sequence('SELECT sequence FROM follow_ups')).toBe(2);

    expect(() => db.prepare("UPDATE milestones SET uid = 'mine' WHERE id = 1").run()).toThrow(
      /a calendar uid never changes/,
    );
    db.close();
  });

  it('leaves a tombstone with a higher SEQUENCE and no title for every deleted row, cascades included', () => {
    const db = databaseAtVersion2();
    migrate(db, 3);
    db.prepare("UPDATE advisories SET public_at = '2018-05-22T12:00:00Z' WHERE id = 1").run();
    const advisoryUid = row(db, 'SELECT uid FROM advisories').uid;
    const milestoneUids = rows(db, 'SELECT uid FROM milestones ORDER BY id').map((r) => r.uid);

    db.prepare('DELETE FROM milestones WHERE id = 1').run();
    db.prepare('DELETE FROM advisories WHERE id = 1').run();
    db.prepare('DELETE FROM releases WHERE id = 1').run();

    const stones = rows(db, 'SELECT uid, sequence, kind, item FROM calendar_tombstones').map(
      (r): Record<string, unknown> => ({ ...r, item: JSON.parse(String(r.item)) as unknown }),
    );
    expect(stones).toHaveLength(4);
    expect(stones.find((s) => s.uid === advisoryUid)).toEqual({
      uid: advisoryUid,
      sequence: 2,
      kind: 'advisory',
      item: {
        id: 1,
        key: 'XSA-263',
        status: 'embargoed',
        publicAt: '2018-05-22T12:00:00Z',
        affects: ['4.11'],
      },
    });
    expect(stones.find((s) => s.kind === 'follow-up')?.item).toMatchObject({
      key: 'XSA-263',
      summary: 'Arm SSBD control',
      affects: ['4.11'],
    });
    // The release's own milestone went with the cascade, and still knows its release.
    expect(stones.find((s) => s.uid === milestoneUids[1])).toMatchObject({
      sequence: 1,
      kind: 'milestone',
      item: { id: 2, release: '4.11', milestoneKind: 'release', label: null, date: '2018-06-01' },
    });
    expect(JSON.stringify(stones)).not.toContain('Speculative');
    const deletedAt = String(row(db, 'SELECT max(deleted_at) AS at FROM calendar_tombstones').at);
    expect(Math.abs(Date.parse(deletedAt) - Date.now())).toBeLessThan(60_000);
    db.close();
  });

  it('lets a row come back under its old UID, which removes its tombstone', () => {
    const db = databaseAtVersion2();
    migrate(db, 3);
    const before = row(db, 'SELECT uid FROM milestones WHERE id = 1');
    db.prepare('DELETE FROM milestones WHERE id = 1').run();
    const stone = row(db, 'SELECT uid, sequence FROM calendar_tombstones');
    expect(stone).toEqual({ uid: before.uid, sequence: 1 });
    db.prepare(
      "INSERT INTO milestones (id, release_id, position, kind, planned, uid, sequence) VALUES (1, 1, 0, 'hard-code-freeze', '2018-04-13', ?, 2)",
    ).run(before.uid);
    expect(row(db, 'SELECT count(*) AS n FROM calendar_tombstones')).toEqual({ n: 0 });
    expect(row(db, 'SELECT uid, sequence FROM milestones WHERE id = 1')).toEqual({
      uid: before.uid,
      sequence: 2,
    });
    db.close();
  });

  it('prunes tombstones older than 90 days when a new one is written', () => {
    const db = databaseAtVersion2();
    migrate(db, 3);
    db.prepare(
      "INSERT INTO calendar_tombstones VALUES ('old', 1, 'milestone', '{}', '2000-01-01T00:00:00Z')",
    ).run();
    db.prepare('DELETE FROM milestones WHERE id = 1').run();
    expect(rows(db, 'SELECT uid FROM calendar_tombstones').map((r) => r.uid)).not.toContain('old');
    db.close();
  });
});
