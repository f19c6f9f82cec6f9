import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseNames, scribble } from '../../testing/databaseFiles';
import { tempDbFile } from '../../testing/tempBackend';
import { runCli } from '../main';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runCli(
    args,
    {},
    {
      out: (text) => out.push(text),
      err: (text) => err.push(text),
      now: () => new Date('2026-11-25T12:00:00Z'),
    },
  );
  return { status, out: out.join('\n'), err: err.join('\n') };
}

const NAME = 'planner.2026-11-25T12-00-00-000Z';
const SAMPLE = path.join(__dirname, '../../../examples/xen-4.11.bundle.json');

describe('planner backup', () => {
  it('creates and lists backups, newest first', () => {
    const db = tempDbFile();
    expect(run(['backup', 'create', '--create', '--db', db])).toMatchObject({
      status: 0,
      out: expect.stringMatching(new RegExp(`^Backed up to ${NAME}\\.v\\d+\\.manual\\.sqlite3$`)),
    });
    const listed = run(['backup', 'list', '--db', db]);
    expect(listed.status).toBe(0);
    expect(listed.out).toMatch(
      /\(1, newest first\)\n {2}planner\.2026-11-25T12-00-00-000Z\.v\d+\.manual\.sqlite3 {2}2026-11-25T12:00:00\.000Z {2}v\d+ {2}manual/,
    );
  });

  it('restores a backup over a damaged database, which it cannot even open', () => {
    const db = tempDbFile();
    run(['import', SAMPLE, '--db', db]);
    const created = run(['backup', 'create', '--db', db]).out.replace('Backed up to ', '');
    scribble(db);
    const broken = run(['list', '--db', db]);
    expect(broken.status).toBe(2);
    expect(broken.err).toMatch(
      /^planner: .*cannot be read as a planner database.*Restore a backup, open another file, or quit\.$/,
    );
    // list and restore work without opening the damaged file.
    expect(run(['backup', 'list', '--db', db]).out).toContain(created);
    const restored = run(['backup', 'restore', created, '--db', db]);
    expect(restored).toMatchObject({ status: 0, err: '' });
    expect(restored.out).toMatch(
      /^Saved the database as it was: .*pre-restore\.sqlite3\nRestored .* from /,
    );
    expect(releaseNames(db)).toEqual(['4.10', '4.11']);
    expect(run(['list', '--db', db]).status).toBe(0);
  });

  it('after a restore over a damaged file, offers the good backups first, never the damaged copy', () => {
    const db = tempDbFile();
    run(['import', SAMPLE, '--db', db]);
    const good = run(['backup', 'create', '--db', db]).out.replace('Backed up to ', '');
    scribble(db);
    expect(run(['backup', 'restore', good, '--db', db]).status).toBe(0);
    const listed = run(['backup', 'list', '--db', db]).out.split('\n');
    expect(listed[1]).toMatch(/pre-restore .* not restorable \(a copy of a damaged file\)$/);
    expect(listed[2]).toContain(good);
    expect(listed[2]).not.toMatch(/not restorable/);
    // The file is damaged again: restore with no name lists what can be restored.
    scribble(db);
    const asked = run(['backup', 'restore', '--db', db]);
    expect(asked.status).toBe(2);
    expect(asked.err).toMatch(
      new RegExp(
        `needs the NAME of a backup; the restorable ones, newest first:\n  ${good}\n  \\S+\\.daily\\.sqlite3\n\n`,
      ),
    );
  });

  it('exits 2 on a bad name or action', () => {
    const db = tempDbFile();
    expect(run(['backup', 'restore', '--db', db])).toMatchObject({
      status: 2,
      err: expect.stringMatching(/needs the NAME of a backup/),
    });
    expect(run(['backup', 'restore', 'nope', '--db', db])).toMatchObject({
      status: 2,
      err: expect.stringMatching(/^planner: name: no backup named nope/),
    });
    expect(run(['backup', 'eat', '--db', db]).status).toBe(2);
  });
});
