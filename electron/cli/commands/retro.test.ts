import fs from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDbFile } from '../../testing/tempBackend';
import { runCli } from '../main';

const XEN_HISTORY = path.join(__dirname, '../../../examples/xen-history.bundle.json');

function run(args: string[], now = '2022-07-01T12:00:00Z') {
  const out: string[] = [];
  const err: string[] = [];
  const status = runCli(
    args,
    {},
    { out: (text) => out.push(text), err: (text) => err.push(text), now: () => new Date(now) },
  );
  return { status, out: out.join('\n'), err: err.join('\n') };
}

function history() {
  const db = tempDbFile();
  expect(run(['import', XEN_HISTORY, '--db', db]).status).toBe(0);
  return db;
}

interface RetroJson {
  releases: {
    name: string;
    plannedRelease: string;
    actualRelease: string;
    daysLate: number;
    waitingOnEmbargoDays: number;
    otherBlockerDays: number;
    stabilisingDays: number | null;
    stabilisingFrom: string | null;
    masterClosedDays: number | null;
    heldBy: string[];
  }[];
  summary: { releases: number; medianWaitingOnEmbargoDays: number; headlines: string[] };
}

describe('retro', () => {
  it('tells the story of Xen 4.6–4.16 with the fields the issue relies on', () => {
    const result = run(['retro', '--json', '--db', history()]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.out) as RetroJson;
    expect(report.releases.map((r) => r.name)).toEqual([
      '4.6',
      '4.7',
      '4.8',
      '4.9',
      '4.10',
      '4.11',
      '4.12',
      '4.13',
      '4.14',
      '4.15',
      '4.16',
    ]);
    const r411 = report.releases.find((r) => r.name === '4.11')!;
    expect(r411).toMatchObject({
      plannedRelease: '2018-06-05',
      actualRelease: '2018-07-10',
      daysLate: 35,
      waitingOnEmbargoDays: 35,
      otherBlockerDays: 0,
      stabilisingDays: 84,
      stabilisingFrom: 'rc1',
      masterClosedDays: 69,
    });
    expect(r411.heldBy).toEqual(['XSA-264', 'XSA-265', 'XSA-266', 'XSA-267']);
    expect(report.summary.releases).toBe(11);
    expect(report.summary.headlines[0]).toMatch(
      /^Waiting only on embargoes added a median of 11 days to the last 11 releases/,
    );
  });

  it('prints the headlines and a table by default', () => {
    const result = run(['retro', '--db', history()]);
    expect(result.status).toBe(0);
    expect(result.out.split('\n')[0]).toBe('Retrospective: where the time went');
    expect(result.out).toContain('- In the last 5 (4.12–4.16) it was a median of 17 days.');
    expect(result.out).toMatch(/4\.11 +2018-06-05 +2018-07-10 +35 +35 +0 +0 +84 d \(from RC1\)/);
  });

  it('writes the chart as SVG and PNG and the table as CSV, owner-only', () => {
    const db = history();
    const dir = path.dirname(db);
    const [svg, png, csv] = ['cadence.svg', 'cadence.png', 'retro.csv'].map((f) =>
      path.join(dir, f),
    );
    const result = run(['retro', '--svg', svg, '--png', png, '--csv', csv, '--db', db]);
    expect(result.status).toBe(0);
    expect(result.out).toBe('');
    expect(result.err).toBe(`Wrote ${csv}\nWrote ${svg}\nWrote ${png}`);
    for (const file of [svg, png, csv]) expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const text = fs.readFileSync(svg, 'utf8');
    expect(text).toMatch(/^<\?xml[^]*<svg [^]*<title>Release cadence/);
    expect(text).toContain('>4.11</text>');

    const bytes = fs.readFileSync(png);
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect([width, height]).toEqual([1920, 1040]);
    const idatLength = bytes.readUInt32BE(33);
    expect(bytes.subarray(37, 41).toString('latin1')).toBe('IDAT');
    const rows = inflateSync(bytes.subarray(41, 41 + idatLength));
    expect(rows.length).toBe((width * 3 + 1) * height);
    // Not blank: the bars and text put many colours in it.
    const colours = new Set<number>();
    for (let i = 1; i < rows.length; i += 3 * 97) colours.add(rows.readUIntBE(i, 3));
    expect(colours.size).toBeGreaterThan(5);

    expect(fs.readFileSync(csv, 'utf8').split('\r\n')[6]).toBe(
      '4.11,2018-06-05,2018-07-10,35,35,0,0,84,rc1,69,rc1,2018-06-25,209,XSA-264 XSA-265 XSA-266 XSA-267,',
    );
  });

  it('says plainly when a profile other than public is chosen, and refuses an unknown one', () => {
    const db = history();
    const file = path.join(path.dirname(db), 'team.svg');
    const team = run(['retro', '--svg', file, '--profile', 'team', '--db', db]);
    expect(team.status).toBe(0);
    expect(team.err.split('\n')[0]).toMatch(/^Profile Team: EVERYTHING/);
    const wrong = run(['retro', '--profile', 'everyone', '--db', db]);
    expect(wrong.status).toBe(2);
    expect(wrong.err).toMatch(/--profile: "everyone" is not one of public, predisclosure, team/);
  });
});
