import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlannerProcess } from '../testing/cliProcess';
import { sampleAdvisory, sampleRelease, tempBackend, tempDbFile } from '../testing/tempBackend';
import { escapeForTerminal } from './terminalText';

// What the command line prints reaches a terminal, which acts on escape
// sequences, C1 controls and bidirectional overrides instead of showing them:
// every one must arrive written out, from file names and from stored text.

const INTERPRETED =
  // eslint-disable-next-line no-control-regex -- these controls are what it looks for
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A window title change, a screen clear by C1 CSI, and a right-to-left override. */
const HOSTILE = 'Evil\u001b]0;owned\u0007 \u009b2J\u202eexe.fdp\rX';

describe('command-line output is inert in a terminal', () => {
  it('writes out control characters as \\uXXXX, keeping line ends and tabs', () => {
    expect(escapeForTerminal(HOSTILE)).toBe(
      'Evil\\u001b]0;owned\\u0007 \\u009b2J\\u202eexe.fdp\\u000dX',
    );
    expect(escapeForTerminal('a\tb\r\nc\nd')).toBe('a\tb\r\nc\nd');
  });

  it('in an error about a file name', () => {
    const db = tempDbFile();
    const file = path.join(path.dirname(db), `${HOSTILE}.json`);
    const result = runPlannerProcess(['import', file, '--db', db]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(INTERPRETED);
    expect(result.stderr).toContain(
      'Evil\\u001b]0;owned\\u0007 \\u009b2J\\u202eexe.fdp\\u000dX.json',
    );
  });

  it('in stored text written before text fields refused these characters', () => {
    const db = tempDbFile();
    const backend = tempBackend(db);
    backend.ok('releases.create', sampleRelease);
    backend.ok('advisories.create', sampleAdvisory);
    backend.close();
    // As an older version could have stored it.
    const raw = new Database(db);
    raw.prepare('UPDATE advisories SET title = ?').run(HOSTILE);
    raw.close();

    const ics = runPlannerProcess(['export', 'ics', '--profile', 'team', '--db', db]);
    expect(ics.status).toBe(0);
    expect(ics.stdout).toContain('\\u009b2J');
    // Line ends of the format (CRLF) stay as they are.
    expect(ics.stdout).toContain('BEGIN:VCALENDAR\r\n');
    expect(ics.stdout + ics.stderr).not.toMatch(INTERPRETED);

    const bundle = runPlannerProcess(['export', 'bundle', '--profile', 'team', '--db', db]);
    expect(bundle.status).toBe(0);
    expect(bundle.stdout).not.toMatch(INTERPRETED);
    // Written out as JSON escapes, the bundle on stdout still holds the same title.
    const parsed = JSON.parse(bundle.stdout) as { advisories: { title: string }[] };
    expect(parsed.advisories[0].title).toBe(HOSTILE);
  });
});
