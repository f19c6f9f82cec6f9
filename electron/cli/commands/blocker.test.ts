import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDbFile } from '../../testing/tempBackend';
import { runCli } from '../main';

const SAMPLE = path.join(__dirname, '../../../examples/xen-4.11.bundle.json');

function run(args: string[], now = '2018-05-10T12:00:00Z') {
  const out: string[] = [];
  const err: string[] = [];
  const status = runCli(
    args,
    {},
    { out: (text) => out.push(text), err: (text) => err.push(text), now: () => new Date(now) },
  );
  return { status, out: out.join('\n'), err: err.join('\n') };
}

function xen411() {
  const db = tempDbFile();
  expect(run(['import', SAMPLE, '--db', db]).status).toBe(0);
  return db;
}

describe('blocker', () => {
  it('adds, dates, resolves and lists blockers; check sees them; history tells them', () => {
    const db = xen411();
    const add = run([
      'blocker',
      'add',
      '--release',
      '4.11',
      '--title',
      'osstest push gate',
      '--kind',
      'test-gate',
      '--db',
      db,
    ]);
    expect(add).toMatchObject({ status: 0, err: '' });
    expect(add.out).toMatch(
      /Test gate "osstest push gate" {2}open since 2018-05-10, expected unknown/,
    );

    // Undated and 22 days before the release: a warning in check.
    expect(run(['check', '--today', '2018-05-10', '--db', db]).out).toContain(
      'warning  BLOCKER_OPEN: Test gate "osstest push gate" (opened Thu 10 May 2018) is open and has no expected resolution date',
    );
    expect(
      run([
        'blocker',
        'expect',
        '--release',
        '4.11',
        '--title',
        'osstest push gate',
        '--expected',
        '2018-06-04',
        '--db',
        db,
      ]).status,
    ).toBe(0);
    // Expected Mon 4 Jun, after the release on Fri 1 Jun: it holds the release.
    expect(run(['check', '--today', '2018-05-10', '--db', db]).out).toContain(
      'error    BLOCKER_OPEN: Test gate "osstest push gate" (opened Thu 10 May 2018) is expected to be resolved Mon 4 Jun 2018, 3 days after the planned 4.11 release on Fri 1 Jun 2018',
    );
    expect(
      run([
        'blocker',
        'resolve',
        '--release',
        '4.11',
        '--title',
        'osstest push gate',
        '--on',
        '2018-05-10',
        '--db',
        db,
      ]).status,
    ).toBe(0);
    expect(run(['blocker', 'list', '--db', db]).out).toBe(
      '4.11: 0 open of 1\n  #1  Test gate "osstest push gate"  resolved 2018-05-10',
    );
    expect(run(['history', '4.11', '--db', db]).out).toContain(
      'Blocker “osstest push gate” · resolved: added Thu 10 May 2018',
    );
  });

  it('refuses what it cannot do with exit 2 and a message, and writes nothing', () => {
    const db = xen411();
    expect(run(['blocker', 'add', '--release', '9.9', '--title', 'x', '--db', db])).toMatchObject({
      status: 2,
      err: 'planner: --release: no release named 9.9',
    });
    expect(
      run(['blocker', 'add', '--release', '4.11', '--title', 'x', '--kind', 'flaky', '--db', db])
        .err,
    ).toMatch(/^planner: --kind: "flaky" is not one of bug, test-gate, other/);
    expect(
      run([
        'blocker',
        'add',
        '--release',
        '4.11',
        '--title',
        'x',
        '--expected',
        '2018-02-30',
        '--db',
        db,
      ]).err,
    ).toMatch(/^planner: --expected: "2018-02-30" is not a real calendar date/);
    expect(
      run(['blocker', 'resolve', '--release', '4.11', '--title', 'nope', '--db', db]).err,
    ).toBe('planner: --title: 4.11 has no blocker titled "nope"');
    expect(run(['blocker', 'frobnicate', '--db', db]).err).toMatch(
      /^planner: blocker needs one of list, add, resolve, reopen, expect/,
    );
    expect(run(['blocker', 'list', '--db', db]).out).toBe('');
  });
});
