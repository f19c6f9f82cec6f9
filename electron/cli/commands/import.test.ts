import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempBackend, tempDbFile } from '../../testing/tempBackend';
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

function setup() {
  const db = tempDbFile();
  const backend = tempBackend(db);
  backend.ok('settings.update', {
    revision: 0,
    holidays: ['2026-12-25', '2026-12-26'],
    holidayNames: { '2026-12-25': 'Christmas Day' },
  });
  backend.close();
  const bundle = path.join(path.dirname(db), 'team.json');
  fs.writeFileSync(
    bundle,
    JSON.stringify({
      format: 'embargo-planner/bundle',
      version: 1,
      settings: {
        warnWindowDays: 21,
        holidays: ['2026-12-25', '2027-04-02'],
        holidayNames: { '2026-12-25': 'Christmas', '2027-04-02': 'Good Friday' },
      },
    }),
  );
  return { db, bundle };
}

const settingsOf = (db: string) => {
  const backend = tempBackend(db);
  const settings = backend.ok('settings.get', {});
  backend.close();
  return settings;
};

describe('planner import: settings and holidays', () => {
  it('by default keeps your settings, merges the holidays, and prints each difference', () => {
    const { db, bundle } = setup();
    const { status, out } = run(['import', bundle, '--db', db]);
    expect(status).toBe(0);
    expect(out).toContain(
      [
        "  settings: 1 differs from yours (kept yours; --take-settings takes the file's):",
        "    Warning window: yours 14 days, the file's 21 days",
        '  holidays (merged: the file adds its days, yours stay; --holidays merge|keep|take):',
        '    + 2027-04-02 Good Friday  (only in the file)',
        '    - 2026-12-26 Holiday  (only yours)',
        '    ~ 2026-12-25 yours "Christmas Day", the file\'s "Christmas"',
      ].join('\n'),
    );
    expect(settingsOf(db)).toMatchObject({
      warnWindowDays: 14,
      holidays: ['2026-12-25', '2026-12-26', '2027-04-02'],
    });
  });

  it("--take-settings and --holidays take the file's", () => {
    const { db, bundle } = setup();
    expect(
      run(['import', bundle, '--take-settings', '--holidays', 'take', '--db', db]).status,
    ).toBe(0);
    expect(settingsOf(db)).toMatchObject({
      warnWindowDays: 21,
      holidays: ['2026-12-25', '2027-04-02'],
      holidayNames: { '2026-12-25': 'Christmas', '2027-04-02': 'Good Friday' },
    });
  });

  it('refuses an unknown holiday choice', () => {
    const { db, bundle } = setup();
    expect(run(['import', bundle, '--holidays', 'replace', '--db', db])).toMatchObject({
      status: 2,
      err: expect.stringContaining('--holidays must be merge, keep or take (got "replace")'),
    });
    expect(settingsOf(db).holidays).toEqual(['2026-12-25', '2026-12-26']);
  });
});

describe('planner import: a record changed on both sides', () => {
  it('names it, keeps yours by default and takes the file’s with --conflicts theirs', () => {
    const ours = tempDbFile();
    const theirs = tempDbFile();
    const folder = path.dirname(ours);
    const bundle = (name: string) => path.join(folder, name);
    const security = tempBackend(theirs);
    security.ok('releases.create', { name: '4.11', milestones: [] });
    security.close();
    expect(
      run(['export', 'bundle', '--profile', 'team', '--out', bundle('a.json'), '--db', theirs])
        .status,
    ).toBe(0);
    expect(run(['import', bundle('a.json'), '--db', ours]).status).toBe(0);

    // Both sides now give 4.11 a release date, not the same one.
    for (const [db, date] of [
      [ours, '2018-07-10'],
      [theirs, '2018-07-12'],
    ] as const) {
      const backend = tempBackend(db);
      const release = backend.ok('releases.list', {})[0];
      backend.ok('releases.update', {
        id: release.id,
        revision: release.revision,
        milestones: [{ kind: 'release', planned: date }],
      });
      backend.close();
    }
    expect(
      run(['export', 'bundle', '--profile', 'team', '--out', bundle('b.json'), '--db', theirs])
        .status,
    ).toBe(0);

    const kept = run(['import', bundle('b.json'), '--db', ours]);
    expect(kept.status).toBe(0);
    expect(kept.out).toContain(
      "  changed on both sides since the last exchange: 1 record (kept yours; --conflicts theirs takes the file's):\n    release 4.11",
    );
    const taken = run(['import', bundle('b.json'), '--conflicts', 'theirs', '--db', ours]);
    expect(taken.out).toContain("1 record (took the file's)");
    const backend = tempBackend(ours);
    expect(backend.ok('releases.list', {})[0].milestones[0].planned).toBe('2018-07-12');
    backend.close();
    expect(run(['import', bundle('b.json'), '--conflicts', 'mine', '--db', ours])).toMatchObject({
      status: 2,
      err: expect.stringMatching(/^planner: --conflicts must be ours or theirs \(got "mine"\)/),
    });
  });
});
