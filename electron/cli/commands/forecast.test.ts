import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDbFile } from '../../testing/tempBackend';
import { runCli } from '../main';

const XEN_411 = path.join(__dirname, '../../../examples/xen-4.11.bundle.json');
const XEN_HISTORY = path.join(__dirname, '../../../examples/xen-history.bundle.json');

function run(args: string[], now = '2026-11-25T12:00:00Z') {
  const out: string[] = [];
  const err: string[] = [];
  const status = runCli(
    args,
    {},
    { out: (text) => out.push(text), err: (text) => err.push(text), now: () => new Date(now) },
  );
  return { status, out: out.join('\n'), err: err.join('\n') };
}

function database(bundle: string) {
  const db = tempDbFile();
  expect(run(['import', bundle, '--db', db]).status).toBe(0);
  return db;
}

interface ForecastJson {
  release: string;
  today: string;
  runs: number;
  seed: number;
  policies: {
    policy: string;
    p10: string;
    p50: string;
    p90: string;
    masterClosedDays: { p50: number; p90: number } | null;
    advisoriesInX0: number;
    advisoriesInX1: number;
    pointReleasesIn3Months: number;
  }[];
  knownFixes: { kind: string; key: string; date: string }[];
  assumptions: { lines: { label: string; text: string }[] };
}

describe('forecast', () => {
  it('compares the four policies for the 4.11 story, with the fields the issue relies on', () => {
    const db = database(XEN_411);
    const result = run([
      'forecast',
      '--release',
      '4.11',
      '--today',
      '2018-05-01',
      '--json',
      '--db',
      db,
    ]);
    expect(result.status).toBe(0);
    expect(result.err).toBe('');
    const report = JSON.parse(result.out) as ForecastJson;
    expect(report).toMatchObject({ release: '4.11', today: '2018-05-01', runs: 10000, seed: 1 });
    const byPolicy = Object.fromEntries(report.policies.map((p) => [p.policy, p]));
    expect(Object.keys(byPolicy)).toEqual(['wait', 'cutoff', 'ship', 'branch']);
    for (const p of report.policies) {
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining([
          'p10',
          'p50',
          'p90',
          'masterClosedDays',
          'advisoriesInX0',
          'advisoriesInX1',
        ]),
      );
      expect(p.p10 <= p.p50 && p.p50 <= p.p90).toBe(true);
    }
    // Waiting takes XSA-264..266 (27 Jun) and 2 working days after them: Tue 3 Jul.
    expect(byPolicy.wait).toMatchObject({
      p50: '2018-07-03',
      advisoriesInX0: 5,
      advisoriesInX1: 0,
    });
    // Shipping keeps 1 Jun and leaves what lifts after it to 4.11.1.
    expect(byPolicy.ship).toMatchObject({
      p10: '2018-06-01',
      p90: '2018-06-01',
      advisoriesInX1: 4,
    });
    expect(byPolicy.ship.pointReleasesIn3Months).toBeGreaterThanOrEqual(1);
    expect(byPolicy.branch.masterClosedDays).toEqual({ p50: 0, p90: 0 });
    expect(byPolicy.wait.masterClosedDays!.p50).toBeGreaterThan(
      byPolicy.ship.masterClosedDays!.p50,
    );
    // Keys, never titles.
    expect(report.knownFixes.map((f) => f.key)).toContain('XSA-264');
    expect(result.out).not.toMatch(/Speculative|Store Bypass/);
  });

  it('gives the same numbers for the same seed, and only the policies asked for', () => {
    const db = database(XEN_HISTORY);
    const args = ['forecast', '--release', '4.16', '--today', '2021-11-19', '--db', db];
    // 4.16 is released in the history: refused, with the reason.
    const refused = run(args);
    expect(refused.status).toBe(2);
    expect(refused.err).toMatch(/^planner: release: 4\.16 is already released/);

    const db411 = database(XEN_411);
    const base = [
      'forecast',
      '--release',
      '4.11',
      '--today',
      '2018-05-01',
      '--db',
      db411,
      '--json',
    ];
    const a = run([...base, '--seed', '7', '--runs', '3000']);
    const b = run([...base, '--seed', '7', '--runs', '3000']);
    expect(a.out).toBe(b.out);
    const only = JSON.parse(run([...base, '--policy', 'ship,cutoff']).out) as ForecastJson;
    expect(only.policies.map((p) => p.policy)).toEqual(['cutoff', 'ship']);
  });

  it('prints a table with footnotes and the assumptions it rests on', () => {
    const db = database(XEN_411);
    const result = run(['forecast', '--release', '4.11', '--today', '2018-05-01', '--db', db]);
    expect(result.status).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('Forecast for 4.11 as of 2018-05-01 (UTC): 10,000 futures, seed 1');
    expect(result.out).toContain('Wait for every embargo           Tue 3 Jul 2018');
    expect(result.out).toContain('Assumptions');
    expect(result.out).toMatch(/After the last fix: 2 working days, the setting/);
  });

  it('refuses bad options with the option named, exit 2', () => {
    const db = database(XEN_411);
    const cases: [string[], RegExp][] = [
      [['forecast'], /say which release with --release NAME/],
      [['forecast', '--release', 'nope'], /^planner: release: no release named nope/],
      [['forecast', '--release', '4.11', '--runs', 'many'], /--runs: "many" is not a whole number/],
      [
        ['forecast', '--release', '4.11', '--runs', '0'],
        /--runs: "0" is not a whole number from 1/,
      ],
      [['forecast', '--release', '4.11', '--policy', 'hope'], /--policy: "hope" is not a policy/],
      [['forecast', '--release', '4.11', '--today', '2018-02-30'], /--today: "2018-02-30"/],
      [['forecast', '--release', '4.11', '--cutoff-weeks', '99'], /--cutoff-weeks/],
    ];
    for (const [args, message] of cases) {
      const result = run([...args, '--db', db]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.err).toMatch(message);
    }
  });
});
