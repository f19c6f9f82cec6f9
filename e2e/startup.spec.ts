import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { startServer, type Server } from './support/webApp';

// Which database `npm run web` opens at start: on a genuine first start it
// makes the default one in the data folder; a file named with --db must be
// there (or --create asked for), so a mistyped path is never an empty plan.

/** The browser-mode server with `args` and a private HOME, as on a machine where it never ran. */
function startServerAt(home: string, args: string[]): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
  };
  delete env.EMBARGO_PLANNER_DB;
  return startServer(args, env);
}

const temps: string[] = [];
function tempHome(): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-home-'));
  temps.push(home);
  return home;
}

test.afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

test('a first start makes the database, owner-only, in the data folder', async ({ planner }) => {
  const home = tempHome();
  const server = await startServerAt(home, []);
  try {
    expect(server.url, server.output).not.toBeNull();
    const folder = path.join(home, '.config', 'Embargo Planner');
    const file = path.join(folder, 'planner.sqlite3');
    expect(server.output).toContain(`database: ${file}`);
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    await planner.open(server.url ?? '');
    await expect(planner.loadSampleButton).toBeVisible();
  } finally {
    await server.stop();
  }
});

test('a file named with --db that is not there is refused, exit 2; --create makes it', async () => {
  const home = tempHome();
  const file = path.join(home, 'typo.sqlite3');
  const refused = await startServerAt(home, ['--db', file]);
  expect(refused.url).toBeNull();
  expect(refused.exitCode).toBe(2);
  expect(refused.output).toContain(`no database at ${file}`);
  expect(refused.output).toContain('npm run web -- --db FILE --create');
  expect(fs.readdirSync(home)).toEqual([]);

  const created = await startServerAt(home, ['--db', file, '--create']);
  try {
    expect(created.url, created.output).not.toBeNull();
    expect(fs.existsSync(file)).toBe(true);
  } finally {
    await created.stop();
  }
});

test("another program's SQLite file is refused untouched, exit 2, nothing beside it", async () => {
  const home = tempHome();
  const file = path.join(home, 'notes.sqlite3');
  const theirs = new Database(file);
  theirs.pragma('journal_mode = WAL');
  theirs.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('theirs')");
  theirs.close();
  const before = fs.readFileSync(file);
  const refused = await startServerAt(home, ['--db', file, '--create']);
  expect(refused.exitCode).toBe(2);
  expect(refused.output).toContain('This file is not an Embargo Planner database');
  expect(refused.output).toContain(`${file} is not an Embargo Planner database`);
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(fs.readdirSync(home)).toEqual(['notes.sqlite3']);
});
