import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlannerProcess } from '../../testing/cliProcess';
import { tempDbFile } from '../../testing/tempBackend';
import { fillDisk, onTinyDisk, whyNoTinyDisk } from '../../testing/tinyDisk';
import { runCli } from '../main';

// `export --out` where the file cannot go: the command line must say why and
// exit 2, print no stack trace, and leave no temporary copy of the export
// (a team export holds every embargoed advisory) beside the target.

const SAMPLE = path.join(__dirname, '../../../examples/xen-4.11.bundle.json');
const quiet = { out: () => undefined, err: () => undefined, now: () => new Date() };

function sampleDb(): string {
  const db = tempDbFile();
  expect(runCli(['import', SAMPLE, '--db', db], {}, quiet)).toBe(0);
  return db;
}

/** Every file in `folder` (and below), by name relative to it. */
function filesIn(folder: string): string[] {
  return (fs.readdirSync(folder, { recursive: true }) as string[]).sort();
}

const exportArgs = (db: string, out: string) => [
  'export',
  'bundle',
  '--profile',
  'team',
  '--out',
  out,
  '--db',
  db,
];

/** As a person runs it: its own process, so a stack trace or exit 1 would show. */
const exportTo = (db: string, out: string) => runPlannerProcess(exportArgs(db, out));

/** The same command in this process (runCli rethrows what it does not expect). */
function exportHere(db: string, out: string) {
  const err: string[] = [];
  const stdout: string[] = [];
  const status = runCli(
    exportArgs(db, out),
    {},
    {
      ...quiet,
      out: (text) => stdout.push(text),
      err: (text) => err.push(`${text}\n`),
    },
  );
  return { status, stdout: stdout.join(''), stderr: err.join('') };
}

function expectRefusal(
  result: { status: number | null; stdout: string; stderr: string },
  message: RegExp,
) {
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stdout).toBe('');
}

describe('export --out where the file cannot be written', () => {
  it('refuses a folder, a missing folder and a path through a file, leaving nothing behind', () => {
    const db = sampleDb();
    const root = path.dirname(db);
    const folder = path.join(root, 'exports');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(root, 'notes.txt'), 'a file, not a folder');
    const before = filesIn(root);

    expectRefusal(exportTo(db, folder), /--out .*exports: is a folder; name a file to write/);
    expectRefusal(
      exportHere(db, path.join(root, 'missing', 'team.json')),
      /--out .*missing\/team\.json: the folder .*missing does not exist/,
    );
    expectRefusal(
      exportHere(db, path.join(root, 'notes.txt', 'team.json')),
      /--out .*notes\.txt\/team\.json: .*notes\.txt is not a folder/,
    );
    // The database's side files and backups may come and go; no export copy may stay.
    const others = (names: string[]) =>
      names.filter((name) => !name.startsWith('planner.sqlite3') && !name.startsWith('backups'));
    expect(others(filesIn(root))).toEqual(others(before));
  });

  it.skipIf(whyNoTinyDisk() !== null)(
    'removes the half-written temporary file when the disk fills up',
    () => {
      const db = sampleDb();
      onTinyDisk(64, (folder) => {
        fillDisk(folder, 1024);
        const before = filesIn(folder);
        expectRefusal(exportHere(db, path.join(folder, 'team.json')), /disk is full/);
        expect(filesIn(folder)).toEqual(before);
      });
    },
  );
});
