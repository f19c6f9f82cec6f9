import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDbFile } from '../testing/tempBackend';
import { runCli } from './main';

const SAMPLE = path.join(__dirname, '../../examples/xen-4.11.bundle.json');

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runCli(args, env, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    now: () => new Date('2026-11-25T12:00:00Z'),
  });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

describe('planner command line', () => {
  it('imports a bundle and exports it again with the team profile', () => {
    const db = tempDbFile();
    const imported = run(['import', SAMPLE, '--db', db]);
    expect(imported.status).toBe(0);
    expect(imported.out).toContain('added 7: release 4.10, release 4.11, XSA-263');
    const again = run(['import', SAMPLE, '--db', db]);
    expect(again.out).toContain('nothing to change');

    const exported = run(['export', 'bundle', '--profile', 'team', '--db', db]);
    expect(exported.status).toBe(0);
    expect(exported.err).toMatch(/EVERYTHING/);
    const bundle = JSON.parse(exported.out) as {
      releases: { name: string }[];
      advisories: { key: string }[];
    };
    expect(bundle.releases.map((r) => r.name)).toEqual(['4.10', '4.11']);
    expect(bundle.advisories.map((a) => a.key).sort()).toEqual([
      'XSA-263',
      'XSA-264',
      'XSA-265',
      'XSA-266',
      'XSA-267',
    ]);
  });

  it('takes the database from EMBARGO_PLANNER_DB and writes --out owner-only', () => {
    const db = tempDbFile();
    expect(run(['import', SAMPLE], { EMBARGO_PLANNER_DB: db }).status).toBe(0);
    const out = path.join(path.dirname(db), 'public.json');
    expect(run(['export', 'bundle', '--out', out], { EMBARGO_PLANNER_DB: db }).status).toBe(0);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toMatchObject({ profile: 'public' });
  });

  it('lists releases and advisories without titles', () => {
    const db = tempDbFile();
    run(['import', SAMPLE, '--db', db]);
    const listed = run(['list', '--db', db]);
    expect(listed.status).toBe(0);
    expect(listed.out).toContain('XSA-267    public    lifts 2018-06-13T12:00:00Z  affects 4.11');
    expect(listed.out).not.toContain('Speculative');
  });

  it('exits 2 naming the file and the JSON path of a problem, and writes nothing, not even a new database', () => {
    const db = tempDbFile();
    const file = path.join(path.dirname(db), 'bad.json');
    const bundle = JSON.parse(fs.readFileSync(SAMPLE, 'utf8')) as {
      releases: { milestones: { planned: string }[] }[];
    };
    bundle.releases[1].milestones[3].planned = '2018-02-30';
    fs.writeFileSync(file, JSON.stringify(bundle));
    const result = run(['import', file, '--db', db]);
    expect(result.status).toBe(2);
    expect(result.err).toBe(
      `planner: ${file}: releases[1].milestones[3].planned: is not a real calendar date`,
    );
    expect(fs.readdirSync(path.dirname(db)).sort()).toEqual(['bad.json']);
    expect(run(['list', '--db', db])).toMatchObject({
      status: 2,
      err: expect.stringMatching(/^planner: no database at /) as unknown,
    });
  });

  it('exits 2 on bad usage', () => {
    const db = tempDbFile();
    expect(run(['list', '--create', '--db', db]).status).toBe(0);
    expect(run(['frobnicate', '--db', db]).status).toBe(2);
    expect(run(['export', 'pdf', '--db', db]).err).toMatch(/unknown format "pdf"/);
    expect(run(['export', 'bundle', '--profile', 'everyone', '--db', db]).err).toMatch(
      /--profile: "everyone" is not one of public, predisclosure, team/,
    );
    expect(run(['import', '--db', db]).status).toBe(2);
    expect(run(['import', '/nonexistent/x.json', '--db', db]).err).toMatch(
      /x\.json: cannot be read \(there is no such file\)/,
    );
    expect(run(['list', '--bogus']).status).toBe(2);
    expect(run([]).status).toBe(2);
  });
});
