import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  launch,
  newerFile,
  plannerFile,
  script,
  tempDir,
  useFakeElectron,
} from '../testing/fakeElectron';

// The Electron glue in main.ts, run against a stand-in for the electron
// module (electron/testing/fakeElectron): this machine has no Electron binary,
// and the wiring (which check guards which door) is what these tests are
// about. e2e/electron runs the real thing where Electron exists.
// Here: start-up, which instance runs and which database it opens, and the
// files it refuses without changing a byte.

useFakeElectron();

describe('the Electron main process', () => {
  it('refuses a database from a newer planner without changing a byte', async () => {
    const dbFile = newerFile();
    const before = fs.readFileSync(dbFile);

    const fake = await launch(dbFile);

    expect(fake.module.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'The database is from a newer Embargo Planner',
        detail: expect.stringContaining('newer Embargo Planner') as unknown,
        buttons: ['Open another file…', 'Quit'],
      }),
    );
    expect(fake.module.app.exit).toHaveBeenCalledWith(1);
    expect(fake.module.app.relaunch).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
  });

  it('relaunches on another file when one is chosen, leaving the refused one alone', async () => {
    const dbFile = newerFile();
    const before = fs.readFileSync(dbFile);
    const other = plannerFile('other.sqlite3');

    const fake = await launch(dbFile, { press: () => 'Open another file…', openFile: other });

    await vi.waitFor(() => expect(fake.module.app.exit).toHaveBeenCalledWith(0));
    const [relaunchOptions] = fake.module.app.relaunch.mock.calls[0] as unknown as [
      { args: string[] },
    ];
    expect(relaunchOptions.args.slice(-2)).toEqual(['--db', other]);
    expect(relaunchOptions.args).not.toContain(dbFile);
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
  });

  it('leaves the field to the instance already running', async () => {
    const fake = await launch(plannerFile(), { gotLock: false });
    expect(fake.module.app.quit).toHaveBeenCalled();
    expect(fake.module.app.whenReady).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });
});

describe('which database the app opens', () => {
  it('creates the default file in userData on a first start', async () => {
    const userData = path.join(tempDir(), 'Embargo Planner');
    const fake = await launch(null, { userData });
    expect(fake.windows).toHaveLength(1);
    expect(fs.readdirSync(userData)).toContain('planner.sqlite3');
    expect(fs.statSync(path.join(userData, 'planner.sqlite3')).mode & 0o777).toBe(0o600);
  });

  it('does not create a file named with --db; it offers to, and relaunches with --create', async () => {
    const dbFile = path.join(tempDir(), 'typo.sqlite3');
    const answers = script('Create a new, empty database here');
    const fake = await launch(dbFile, { press: answers.press });
    await vi.waitFor(() => expect(fake.module.app.exit).toHaveBeenCalledWith(0));
    expect(answers.shown[0]).toEqual([
      'Create a new, empty database here',
      'Open another file…',
      'Quit',
    ]);
    expect(fake.module.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'There is no database at this path' }),
    );
    expect(fs.existsSync(dbFile)).toBe(false);
    const [relaunched] = fake.module.app.relaunch.mock.calls[0] as unknown as [{ args: string[] }];
    expect(relaunched.args.slice(-3)).toEqual(['--db', dbFile, '--create']);
  });

  it('refuses another program\'s file chosen with "Open another file", before relaunching', async () => {
    const theirs = path.join(tempDir(), 'bookmarks.sqlite3');
    const other = new Database(theirs);
    other.exec("CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x')");
    other.close();
    const before = fs.readFileSync(theirs);
    const answers = script('Open another file…', 'Quit');
    const fake = await launch(newerFile(), { press: answers.press, openFile: theirs });
    await vi.waitFor(() => expect(fake.module.app.exit).toHaveBeenCalledWith(1));
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledWith(
      'This file cannot be opened',
      expect.stringMatching(/bookmarks\.sqlite3 is not an Embargo Planner database/) as unknown,
    );
    expect(fake.module.app.relaunch).not.toHaveBeenCalled();
    expect(fs.readFileSync(theirs).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(theirs))).toEqual(['bookmarks.sqlite3']);
  });
});
