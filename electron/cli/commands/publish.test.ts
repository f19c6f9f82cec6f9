import { describe, expect, it } from 'vitest';
import { sampleRelease, tempBackend, tempDbFile } from '../../testing/tempBackend';
import { runCli } from '../main';

function run(args: string[], now = '2026-12-16T09:00:00Z') {
  const out: string[] = [];
  const err: string[] = [];
  const status = runCli(
    args,
    {},
    { out: (text) => out.push(text), err: (text) => err.push(text), now: () => new Date(now) },
  );
  return { status, out: out.join('\n'), err: err.join('\n') };
}

/** XSA-901 lifted yesterday (nobody marked it public), XSA-902 lifts next month. */
function planFile(): string {
  const file = tempDbFile();
  const backend = tempBackend(file);
  backend.ok('releases.create', sampleRelease);
  for (const [key, publicAt] of [
    ['XSA-901', '2026-12-15T12:00:00Z'],
    ['XSA-902', '2027-01-20T12:00:00Z'],
  ])
    backend.ok('advisories.create', { key, title: `Secret ${key}`, publicAt, affects: ['4.11'] });
  backend.close();
  return file;
}

const statusOf = (file: string, key: string) => {
  const backend = tempBackend(file);
  const found = backend.ok('advisories.list', {}).find((a) => a.key === key)?.status;
  backend.close();
  return found;
};

describe('planner publish', () => {
  it('marks an advisory whose lift has passed public, and says what that means', () => {
    const file = planFile();
    const before = run(['export', 'bundle', '--db', file]);
    expect(before.out).not.toContain('XSA-901');
    expect(run(['publish', 'xsa-901', '--db', file])).toEqual({
      status: 0,
      out: 'XSA-901 is public: shared exports may now carry its title and CVEs.',
      err: '',
    });
    expect(statusOf(file, 'XSA-901')).toBe('public');
    expect(run(['export', 'bundle', '--db', file]).out).toContain('Secret XSA-901');
    expect(run(['publish', 'XSA-901', '--db', file])).toMatchObject({
      status: 0,
      out: 'XSA-901 is already public.',
    });
  });

  it('refuses an embargo still ahead unless told --before-lift', () => {
    const file = planFile();
    expect(run(['publish', 'XSA-902', '--db', file])).toEqual({
      status: 2,
      out: '',
      err: 'planner: publicAt: the XSA-902 embargo lifts 2027-01-20 12:00 UTC, still ahead; marking it public now publishes it early',
    });
    expect(statusOf(file, 'XSA-902')).toBe('embargoed');
    expect(run(['publish', 'XSA-902', '--before-lift', '--db', file])).toMatchObject({
      status: 0,
      out: 'XSA-902 is public, before its lift (2027-01-20 12:00 UTC): shared exports may now carry its title and CVEs.',
    });
  });

  it('says which key is unknown or malformed, with exit status 2', () => {
    const file = planFile();
    expect(run(['publish', 'XSA-1', '--db', file])).toMatchObject({
      status: 2,
      err: 'planner: no advisory XSA-1 in the plan',
    });
    expect(run(['publish', '--db', file])).toMatchObject({
      status: 2,
      err: expect.stringContaining('publish needs the KEY of an advisory'),
    });
    expect(run(['publish', 'not a key', '--db', file]).err).toContain(
      '"not a key" is not an advisory key',
    );
  });
});
