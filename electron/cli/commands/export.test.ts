import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../shared/testing/icsTestRead';
import { tempDbFile } from '../../testing/tempBackend';
import { runCli } from '../main';

const SAMPLE = path.join(__dirname, '../../../examples/xen-4.11.bundle.json');

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

function sampleDb() {
  const db = tempDbFile();
  expect(run(['import', SAMPLE, '--db', db]).status).toBe(0);
  return db;
}

describe('export ics, mail and bundle', () => {
  it('writes a release calendar owner-only with --out, and says what a team profile holds', () => {
    const db = sampleDb();
    const out = path.join(path.dirname(db), '4.11.ics');
    const result = run([
      'export',
      'ics',
      '--release',
      '4.11',
      '--profile',
      'team',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(result.status).toBe(0);
    expect(result.err).toMatch(/^Profile Team: EVERYTHING/);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    const content = fs.readFileSync(out, 'utf8');
    expect(content.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(parseIcs(content).map((e) => e.summary)).toContain('4.11: Hard code freeze');
  });

  it('prints the schedule mail of a release, public by default', () => {
    const db = sampleDb();
    const result = run(['export', 'mail', '--release', '4.11', '--db', db]);
    expect(result.status).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/^4\.11 release schedule\n/);
    expect(result.out).toMatch(/\n {2}Fri 13 Apr 2018 +(\*\*tentative\*\* +)?Hard code freeze\n/);
  });

  it('exits 2 with a clear message for what it cannot do', () => {
    const db = sampleDb();
    expect(run(['export', 'svg', '--width', 'wide', '--db', db]).err).toMatch(
      /--width: "wide" is not a whole number of pixels/,
    );
    expect(run(['export', 'svg', '--from', '2018-05-01', '--db', db]).err).toBe(
      'planner: to: give both from and to, or neither',
    );
    expect(run(['export', 'ics', '--presenting', '--db', db]).err).toMatch(
      /--presenting are for svg and png/,
    );
    expect(run(['export', 'mail', '--db', db]).err).toMatch(/--release NAME/);
    expect(run(['export', 'bundle', '--release', '4.11', '--db', db]).status).toBe(2);
    expect(run(['export', 'pdf', '--db', db]).err).toMatch(
      /unknown format "pdf" \(expected: ics, mail, bundle, svg, png\)/,
    );
    expect(run(['export', 'ics', '--release', '9.9', '--db', db])).toMatchObject({
      status: 2,
      err: 'planner: release: no release named 9.9',
    });
  });
});

describe('export svg', () => {
  it('draws the timeline as a picture, public by default, the team one only when asked', () => {
    const db = sampleDb();
    const result = run(['export', 'svg', '--release', '4.11', '--db', db]);
    expect(result.status).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns=/);
    expect(result.out.trimEnd().endsWith('</svg>')).toBe(true);
    expect(result.out).toContain('Release 4.11');
    expect(result.out).toContain('Public: no embargoed advisory is shown.');

    const out = path.join(path.dirname(db), '4.11.svg');
    const team = run([
      'export',
      'svg',
      '--release',
      '4.11',
      '--profile',
      'team',
      '--presenting',
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
    expect(team.status).toBe(0);
    expect(team.err).toMatch(/^Profile Team: EVERYTHING/);
    const picture = fs.readFileSync(out, 'utf8');
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(picture).toContain('width="1280"');
    expect(picture).toContain('Thu 1 Mar 2018 – Tue 31 Jul 2018');
    expect(picture).toContain('Presenting: embargoed titles are hidden.');
  });
});

describe('holidays', () => {
  it('adds the all-day events of an .ics file, and refuses a malformed one', () => {
    const db = tempDbFile();
    const file = path.join(path.dirname(db), 'hols.ics');
    fs.writeFileSync(
      file,
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20261225\r\nSUMMARY:Christmas Day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    );
    const result = run(['holidays', file, '--create', '--db', db]);
    expect(result.status).toBe(0);
    expect(result.out).toContain('  added 1\n    2026-12-25  Christmas Day\n');
    fs.writeFileSync(file, 'BEGIN:VCALENDAR\r\nnonsense\r\nEND:VCALENDAR\r\n');
    expect(run(['holidays', file, '--db', db])).toMatchObject({
      status: 2,
      err: `planner: ${file}: line 2: not an iCalendar content line (no ":")`,
    });
  });
});
