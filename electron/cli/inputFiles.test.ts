import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { secondlyCalendar } from '../../shared/testing/hostileCalendars';
import { runPlannerProcess } from '../testing/cliProcess';
import { tempDbFile } from '../testing/tempBackend';
import { runCli } from './main';

// Limits that hold before the work, not after it: the size of a file before
// any of it is read, the number of entries before each is checked, and the
// number of problems printed. What only a process shows (its memory, a wait
// on a pipe) runs the command line as its own process; the rest runs it here.

/** The command in this process: what it prints and its exit status, as a process would give them. */
function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runCli(
    args,
    {},
    {
      out: (text) => out.push(`${text}\n`),
      err: (text) => err.push(`${text}\n`),
      now: () => new Date('2026-11-25T12:00:00Z'),
    },
  );
  return { status, stdout: out.join(''), stderr: err.join('') };
}

function folder(): { db: string; dir: string } {
  const db = tempDbFile();
  return { db, dir: path.dirname(db) };
}

describe('import and holidays read within limits', () => {
  it('refuses a 200 MB file from its size, in a process with 100 MB of heap', () => {
    const { db, dir } = folder();
    const big = path.join(dir, 'big.json');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 200 * 1024 * 1024); // sparse: no disk used
    const result = runPlannerProcess(['import', big, '--db', db], {
      NODE_OPTIONS: '--max-old-space-size=100',
    });
    const refusal = `planner: ${big}: is 200.0 MB; files up to 64.0 MB can be imported\n`;
    expect(result.stderr).toBe(refusal);
    expect(result.status).toBe(2);
    expect(run(['holidays', big, '--db', db, '--create'])).toMatchObject({
      status: 2,
      stderr: refusal,
    });
  });

  it('refuses a pipe instead of waiting on it for ever', () => {
    const { db, dir } = folder();
    const fifo = path.join(dir, 'xsa.json');
    execFileSync('mkfifo', [fifo]);
    const result = runPlannerProcess(['import', fifo, '--db', db], {}, 15_000);
    expect(result.stderr).toBe(`planner: ${fifo}: is not a regular file (a pipe or a device?)\n`);
    expect(result.status).toBe(2);
  });

  it('refuses an xsa.json of a million entries as one problem, not a million lines', () => {
    const { db, dir } = folder();
    const file = path.join(dir, 'xsa.json');
    fs.writeFileSync(
      file,
      JSON.stringify([{ xsas: Array.from({ length: 1_000_000 }, (_, i) => ({ xsa: `x${i}` })) }]),
    );
    const started = performance.now();
    const result = run(['import', file, '--db', db]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `${file}: [0].xsas: has 1,000,000 entries; at most 200,000 can be imported\n` +
        `${file}: nothing was imported (import is all or nothing).\n`,
    );
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('prints the first 20 problems of a file and how many more there are', () => {
    const { db, dir } = folder();
    const file = path.join(dir, 'xsa.json');
    const entries = Array.from({ length: 150 }, (_, i) => ({ xsa: i + 1, public_time: 'soon' }));
    fs.writeFileSync(file, JSON.stringify([{ xsas: entries }]));
    const result = run(['import', file, '--db', db]);
    expect(result.status).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[0]).toBe(
      `${file}: [0].xsas[0] (XSA-1): public_time: "soon" is not a date and time (want 2018-05-21T12:00:00Z or 2018-05-21 12:00)`,
    );
    expect(lines[19]).toMatch(/\[0\]\.xsas\[19\] \(XSA-20\)/);
    expect(lines[20]).toBe(`${file}: … and 130 more (150 in all)`);
    expect(result.stdout).toContain('refused 150');
  });
});

const SAMPLE_BYTES = fs.readFileSync(path.join(__dirname, '../../examples/xen-4.11.bundle.json'));

describe('import and holidays read UTF-8 only', () => {
  it('refuses a byte that is not UTF-8 at its offset, and writes nothing', () => {
    const { db, dir } = folder();
    const file = path.join(dir, 'plan.json');
    const text = SAMPLE_BYTES.toString('utf8');
    const at = text.indexOf('Speculative');
    // "Spéculative" as Latin-1 writes it: one byte, 0xE9, that UTF-8 cannot start a character with.
    fs.writeFileSync(
      file,
      Buffer.concat([
        SAMPLE_BYTES.subarray(0, at + 2),
        Buffer.from([0xe9]),
        SAMPLE_BYTES.subarray(at + 3),
      ]),
    );
    const line = text.slice(0, at).split('\n').length;
    const result = run(['import', file, '--db', db]);
    expect(result.stderr).toBe(
      `planner: ${file}: is not UTF-8 text: byte ${at + 2} (line ${line}) is not part of a UTF-8 character; save it as UTF-8 and try again\n`,
    );
    expect(result.status).toBe(2);
    // Refused whole: not even an empty database was left behind.
    expect(fs.existsSync(db)).toBe(false);
  });

  it('refuses UTF-16 by name and reads UTF-8 with a byte-order mark', () => {
    const { db, dir } = folder();
    const utf16 = path.join(dir, 'utf16.json');
    fs.writeFileSync(utf16, Buffer.from(`\ufeff${SAMPLE_BYTES.toString('utf8')}`, 'utf16le'));
    const refused = run(['import', utf16, '--db', db]);
    expect(refused.stderr).toBe(
      `planner: ${utf16}: is UTF-16 (little-endian) text; save it as UTF-8 and try again\n`,
    );
    expect(refused.status).toBe(2);
    const bom = path.join(dir, 'bom.json');
    fs.writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), SAMPLE_BYTES]));
    const imported = run(['import', bom, '--db', db]);
    expect(imported.stdout).toContain('added 7');
    expect(imported.status).toBe(0);
  });
});

describe('holidays from a calendar that costs more than its size', () => {
  it('refuses 2.4 KB of FREQ=SECONDLY rules at once (it took 75 s)', () => {
    const { db, dir } = folder();
    const file = path.join(dir, 'tiny.ics');
    fs.writeFileSync(file, secondlyCalendar(2500));
    const started = performance.now();
    const result = run(['holidays', file, '--db', db, '--create']);
    expect(result.stderr).toBe(
      `planner: ${file}: event 1 (UID secondly-0): repeats within a day (RRULE FREQ=SECONDLY); holidays are whole days\n`,
    );
    expect(result.status).toBe(2);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
