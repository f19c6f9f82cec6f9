import fs from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../shared/chart/png';
import { runPlannerProcess } from '../../testing/cliProcess';
import { tempDbFile } from '../../testing/tempBackend';

// `planner export png` as a person runs it: its own process, a real database
// file, a real file written. The PNG is read back chunk by chunk.

const SAMPLE = path.join(__dirname, '../../../examples/xen-4.11.bundle.json');

function sampleDb(): string {
  const db = tempDbFile();
  expect(runPlannerProcess(['import', SAMPLE, '--db', db]).status).toBe(0);
  return db;
}

interface Chunk {
  type: string;
  data: Buffer;
}

/** The chunks of a PNG file, each with its CRC checked. */
function chunks(bytes: Buffer): Chunk[] {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: Chunk[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    expect(bytes.readUInt32BE(at + 8 + length)).toBe(
      crc32(bytes.subarray(at + 4, at + 8 + length)),
    );
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

describe('planner export png', () => {
  it('writes the timeline as a valid PNG at twice --width, owner-only, and says so', () => {
    const db = sampleDb();
    const out = path.join(path.dirname(db), 'plan.png');
    const result = runPlannerProcess([
      'export',
      'png',
      '--release',
      '4.11',
      '--from',
      '2018-03-01',
      '--to',
      '2018-07-31',
      '--width',
      '1280',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: `Wrote ${out}\n` });
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    const parts = chunks(fs.readFileSync(out));
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = parts[0].data;
    const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
    expect(width).toBe(2560);
    expect(height).toBeGreaterThan(600);
    expect([...header.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
    // Every row there, each a filter byte and RGB, and not a blank page.
    const rows = inflateSync(parts[1].data);
    expect(rows.length).toBe(height * (width * 3 + 1));
    expect(new Set(rows).size).toBeGreaterThan(20);

    // The same picture as SVG says what the PNG was drawn at.
    const svg = runPlannerProcess([
      'export',
      'svg',
      '--release',
      '4.11',
      '--from',
      '2018-03-01',
      '--to',
      '2018-07-31',
      '--width',
      '1280',
      '--db',
      db,
    ]);
    expect(svg.stdout).toContain(`width="1280" height="${height / 2}"`);
  });

  it('exits 2 with a clear message for bad options, and writes nothing', () => {
    const db = sampleDb();
    const out = path.join(path.dirname(db), 'bad.png');
    const refusals: [string[], string][] = [
      [['--width', 'wide'], 'planner: --width: "wide" is not a whole number of pixels'],
      [['--width', '20'], 'planner: width: '],
      [['--from', '2018-05-01'], 'planner: to: give both from and to, or neither'],
      [['--from', '2018-05-01', '--to', '2018-04-01'], 'planner: to: ends (2018-04-01) before'],
      [
        ['--profile', 'press'],
        'planner: --profile: "press" is not one of public, predisclosure, team',
      ],
      [['--release', '9.9'], 'planner: release: no release named 9.9'],
    ];
    for (const [options, message] of refusals) {
      const result = runPlannerProcess(['export', 'png', ...options, '--out', out, '--db', db]);
      expect(result.status, options.join(' ')).toBe(2);
      expect(result.stderr.startsWith(message), result.stderr).toBe(true);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const noOut = runPlannerProcess(['export', 'png', '--db', db]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(
      /^planner: export png: say where to write it with --out FILE\.png/,
    );
    expect(noOut.stdout).toBe('');
    expect(fs.existsSync(out)).toBe(false);
  });
});
