import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlanner } from '../testing/cliProcess';
import { hashFile, modeOf, releaseNames } from '../testing/databaseFiles';
import { tempDbFile } from '../testing/tempBackend';
import { runCli } from './main';

// Which database file the command line works on, as real processes: no
// command turns a mistyped path, an empty file or another program's file
// into an empty plan that exports "succeed" on.

const SAMPLE = path.join(__dirname, '../../examples/xen-4.11.bundle.json');

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runCli(args, env, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    now: () => new Date('2026-11-25T12:00:00Z'),
  });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

const listing = (folder: string) => fs.readdirSync(folder).sort();

describe('a database that is not there', () => {
  it('is refused by every command but import, exit 2 "no database at PATH", nothing created', () => {
    const db = tempDbFile();
    const folder = path.dirname(db);
    const ics = path.join(folder, 'hols.ics');
    fs.writeFileSync(ics, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n');
    const before = listing(folder);
    const commands = [
      ['list'],
      ['export', 'bundle'],
      ['export', 'ics'],
      ['check'],
      ['history', 'XSA-263'],
      ['holidays', ics],
      ['backup', 'create'],
      ['import', SAMPLE, '--preview'],
    ];
    for (const command of commands) {
      const result = run([...command, '--db', db]);
      expect(result, command.join(' ')).toMatchObject({ status: 2, out: '' });
      expect(result.err).toBe(
        `planner: no database at ${db} (a new one is made only by import or with --create). Nothing was created. Check the path, open another file, or quit.`,
      );
    }
    expect(listing(folder)).toEqual(before);
  });

  it('as a real process, from --db or EMBARGO_PLANNER_DB', () => {
    const db = tempDbFile();
    const viaFlag = runPlanner(['export', 'bundle', '--db', db]);
    expect(viaFlag).toMatchObject({ status: 2, stdout: '' });
    expect(viaFlag.stderr).toMatch(new RegExp(`^planner: no database at ${db} `));
    const viaEnv = runPlanner(['list'], { env: { EMBARGO_PLANNER_DB: db } });
    expect(viaEnv.status).toBe(2);
    expect(viaEnv.stderr).toMatch(/no database at /);
    expect(listing(path.dirname(db))).toEqual([]);
  });

  it('in a folder that does not exist: even import makes no folder', () => {
    const root = path.dirname(tempDbFile());
    const db = path.join(root, 'typo', 'planner.sqlite3');
    const result = runPlanner(['import', SAMPLE, '--db', db]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no database at .*its folder .*typo does not exist/);
    expect(run(['list', '--create', '--db', db]).status).toBe(2);
    expect(listing(root)).toEqual([]);
  });

  it('is made by import, owner-only, and by --create for any command', () => {
    const db = tempDbFile();
    const imported = runPlanner(['import', SAMPLE, '--db', db]);
    expect(imported).toMatchObject({ status: 0, stderr: '' });
    expect(listing(path.dirname(db))).toEqual(['planner.sqlite3']);
    expect(modeOf(db)).toBe(0o600);
    expect(releaseNames(db)).toEqual(['4.10', '4.11']);

    const other = tempDbFile();
    expect(run(['list', '--create', '--db', other])).toMatchObject({
      status: 0,
      out: 'Releases (0)\nAdvisories (0)',
    });
    expect(releaseNames(other)).toEqual([]);
  });

  it('is not left behind by an import that is refused', () => {
    const db = tempDbFile();
    const bad = path.join(path.dirname(db), 'bad.json');
    fs.writeFileSync(bad, '{"format": "embargo-planner/bundle", "version": 1, "releases": [7]}');
    const result = run(['import', bad, '--db', db]);
    expect(result.status).toBe(2);
    expect(listing(path.dirname(db))).toEqual(['bad.json']);
  });
});

describe('a database file that is not a plan', () => {
  it('of zero length is refused, exit 2, and stays empty', () => {
    const db = tempDbFile();
    fs.writeFileSync(db, '');
    for (const command of [
      ['export', 'bundle'],
      ['import', SAMPLE],
      ['list', '--create'],
    ]) {
      const result = run([...command, '--db', db]);
      expect(result.status, command.join(' ')).toBe(2);
      expect(result.err).toMatch(/it is empty, 0 bytes/);
    }
    expect(fs.statSync(db).size).toBe(0);
    expect(listing(path.dirname(db))).toEqual(['planner.sqlite3']);
  });

  it('of another program is refused untouched, exit 2, with nothing written beside it', () => {
    const db = tempDbFile();
    const theirs = new Database(db);
    theirs.pragma('journal_mode = WAL');
    theirs.exec("CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x')");
    theirs.close();
    const before = hashFile(db);
    const result = runPlanner(['import', SAMPLE, '--db', db]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^planner: .* is not an Embargo Planner database \(/);
    expect(run(['list', '--db', db]).status).toBe(2);
    expect(hashFile(db)).toBe(before);
    expect(listing(path.dirname(db))).toEqual(['planner.sqlite3']);
  });
});
