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
