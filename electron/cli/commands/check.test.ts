import fs from 'node:fs';
import path from 'node:path';
import { exportBundle } from '../../../shared/exchange/exportBundle';
import { planAsKnownOn } from '../../../shared/planning/replay';
import { xenHistoryRecords } from '../../../shared/sample/xenHistorySample';
import { describe, expect, it } from 'vitest';
import { tempDbFile } from '../../testing/tempBackend';
import { runCli } from '../main';

const SAMPLE = path.join(__dirname, '../../../examples/xen-4.11.bundle.json');

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

/** A real database holding the Xen 4.11 story, imported as a user would. */
function xen411() {
  const db = tempDbFile();
  expect(run(['import', SAMPLE, '--db', db]).status).toBe(0);
  return db;
}

interface Report {
  today: string;
  findings: {
    code: string;
    severity: string;
    release: string | null;
    subject: string | null;
    date: string;
    message: string;
    numbers: Record<string, number>;
  }[];
  suggestions: {
    kind: string;
    release: string;
    date: string;
    message: string;
    numbers: Record<string, number>;
    dates: Record<string, string>;
  }[];
}

describe('check', () => {
  it('tells the 4.11 story on 1 May 2018: embargoes after the release, exit 1', () => {
    const db = xen411();
    const result = run(['check', '--today', '2018-05-01', '--db', db]);
    expect(result.status).toBe(1);
    expect(result.err).toBe('');
    const lines = result.out.split('\n');
    // The sample records none of 4.11's freezes as done: five overdue warnings.
    expect(lines[0]).toBe('Plan check as of 2018-05-01 (UTC): 5 errors, 6 warnings, 1 note');
    expect(lines).toContain(
      '4.11 (release Fri 1 Jun 2018; held by XSA-263, XSA-264, XSA-265, XSA-266, XSA-267; only waiting on security)',
    );
    expect(result.out).toContain('hard code freeze Fri 13 Apr 2018 OVERDUE 18d');
    expect(result.out).toContain(
      '  error    EMBARGO_AFTER_RELEASE: XSA-267 lifts Wed 13 Jun 2018 12:00 UTC, 12 days after the planned 4.11 release on Fri 1 Jun 2018',
    );
    // Suggestions come after every finding.
    const suggestions = lines.indexOf('Suggestions');
    expect(suggestions).toBeGreaterThan(lines.findIndex((l) => l.startsWith('  note')));
    expect(lines[suggestions + 1]).toMatch(
      /^ {2}4\.11 {2}Slip the release \[SLIP_RELEASE\]: Slip 4\.11 from Fri 1 Jun 2018 to Tue 3 Jul 2018/,
    );
    // Its figures follow, in the words the findings panel uses.
    expect(lines[suggestions + 2]).toMatch(/^ {6}slip 32 days · .*buffer from settings/);
  });

  it('prints JSON with keys as subjects and ISO dates, and never a follow-up summary', () => {
    const db = xen411();
    const result = run(['check', '--json', '--today', '2018-05-01', '--db', db]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.out) as Report;
    expect(report.today).toBe('2018-05-01');
    expect(report.findings.filter((f) => f.severity === 'error')).toHaveLength(5);
    expect(report.findings[0]).toEqual({
      code: 'EMBARGO_AFTER_RELEASE',
      severity: 'error',
      release: '4.11',
      subject: 'XSA-267',
      milestone: null,
      blocker: null,
      date: '2018-06-13T12:00:00Z',
      message:
        'XSA-267 lifts Wed 13 Jun 2018 12:00 UTC, 12 days after the planned 4.11 release on Fri 1 Jun 2018',
      numbers: { daysAfter: 12 },
    });
    for (const f of report.findings) {
      expect(f.date).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/);
      if (f.subject !== null) expect(f.subject).toMatch(/^XSA-\d+$/);
    }
    expect(report.suggestions.map((s) => s.kind)).toEqual([
      'SLIP_RELEASE',
      'POINT_RELEASE',
      'BRANCH_AND_REOPEN',
      'MOVE_EMBARGO_NOTE',
      'MOVE_EMBARGO_NOTE',
      'MOVE_EMBARGO_NOTE',
      'MOVE_EMBARGO_NOTE',
    ]);
    expect(report.suggestions[0]).toMatchObject({ release: '4.11', date: '2018-07-03' });
    expect(result.out).not.toContain('Arm SSBD control');
    expect(result.out).not.toContain('Speculative');
  });

  it('uses the clock’s UTC date without --today, and exits 0 when nothing is an error', () => {
    const db = xen411();
    // 23:30 on 30 April in UTC−2 is already 1 May in UTC…
    expect(run(['check', '--db', db], '2018-04-30T23:30:00-02:00').out).toMatch(
      /^Plan check as of 2018-05-01 \(UTC\)/,
    );
    // …while an empty plan has nothing to say.
    const empty = run(['check', '--create', '--db', tempDbFile()]);
    expect(empty).toEqual({
      status: 0,
      out: 'Plan check as of 2026-11-25 (UTC): no findings',
      err: '',
    });
  });

  it('limits itself to one release with --release', () => {
    const db = xen411();
    const result = run([
      'check',
      '--json',
      '--release',
      '4.11',
      '--today',
      '2018-05-01',
      '--db',
      db,
    ]);
    const report = JSON.parse(result.out) as Report;
    expect(new Set(report.findings.map((f) => f.release))).toEqual(new Set(['4.11']));
    expect(result.status).toBe(1);
  });

  it('exits 2 on a date that does not exist and on an unknown release', () => {
    const db = xen411();
    const bad = run(['check', '--today', '2018-02-30', '--db', db]);
    expect(bad.status).toBe(2);
    expect(bad.err).toMatch(/^planner: --today: "2018-02-30" is not a real calendar date\n/);
    expect(bad.out).toBe('');
    expect(run(['check', '--today', 'tomorrow', '--db', db]).err).toMatch(
      /^planner: --today: "tomorrow" must be a date written YYYY-MM-DD/,
    );
    expect(run(['check', '--release', '9.9', '--db', db])).toEqual({
      status: 2,
      out: '',
      err: 'planner: --release: no release named 9.9',
    });
  });
});

describe('check on Xen’s real record (the 4.11 story)', () => {
  /** A database holding what was known on `today` while planning 4.11, imported as a bundle. */
  function knownOn(today: string) {
    const { releases, advisories } = xenHistoryRecords();
    const plan = planAsKnownOn(releases, advisories, '4.11', today);
    const file = path.join(path.dirname(tempDbFile()), 'known.json');
    fs.writeFileSync(
      file,
      JSON.stringify(exportBundle(plan, 'team', new Date(`${today}T12:00:00Z`))),
    );
    const db = tempDbFile();
    expect(run(['import', file, '--db', db]).status).toBe(0);
    return db;
  }

  it('on 14 June 2018 suggests branching by 25 June and a slip date between 28 June and 17 July', () => {
    const db = knownOn('2018-06-14');
    const result = run([
      'check',
      '--json',
      '--release',
      '4.11',
      '--today',
      '2018-06-14',
      '--db',
      db,
    ]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.out) as Report & {
      releases: {
        name: string;
        state: string;
        onlyWaitingOnSecurity: boolean;
        milestones: { kind: string; state: string }[];
      }[];
      evidence: { buffer: { workingDays: number; source: string }; batches: { windowEnd: string } };
    };
    const branch = report.suggestions.find((s) => s.kind === 'BRANCH_AND_REOPEN')!;
    expect(branch.date <= '2018-06-25').toBe(true);
    const slip = report.suggestions.find((s) => s.kind === 'SLIP_RELEASE')!;
    expect(slip.date >= '2018-06-28' && slip.date <= '2018-07-17').toBe(true);
    // The field the replay compares with what happened keeps its name and meaning.
    expect(slip.numbers.probabilityAtLeastOne).toBeGreaterThan(0);
    expect(slip.numbers.probabilityAtLeastOne).toBeLessThan(1);
    expect(slip.dates.p90 >= slip.date).toBe(true);
    expect(report.releases).toMatchObject([
      { name: '4.11', state: 'overdue', onlyWaitingOnSecurity: true },
    ]);
    expect(report.releases[0].milestones.find((m) => m.kind === 'branch')!.state).toBe('overdue');
    expect(report.evidence.buffer).toMatchObject({ source: 'history', workingDays: 5 });
    expect(report.evidence.batches.windowEnd).toBe('2018-06-14');
    // Keys only: no title of the embargoed advisories known that day.
    expect(result.out).not.toMatch(/Speculative|x86: /);
  });

  it('says in text what past releases needed and which option it recommends', () => {
    const db = knownOn('2018-06-14');
    const { out } = run(['check', '--release', '4.11', '--today', '2018-06-14', '--db', db]);
    expect(out).toContain('OVERDUE');
    expect(out).toContain(
      '  After the last lift: 5 working days: the median past releases needed after the last lift that held them (4.7: 11, 4.9: 5, 4.10: 1)',
    );
    expect(out).toMatch(/ \[[A-Z_]+\] \(recommended\): /);
    expect(out).toMatch(/ {6}Why: /);
  });
});
