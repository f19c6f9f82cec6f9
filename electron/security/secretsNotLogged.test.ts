import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract } from '../../shared/contract/calls';
import { dispatch, type Handlers } from '../../shared/contract/dispatch';
import { openBackend } from '../backend';
import { runCli } from '../cli/main';
import { tempDbFile } from '../testing/tempBackend';

// DESIGN: the planner "never logs advisory titles or notes". Everything that
// could reach a terminal or a log (console, stderr, the backend's log, the
// command line's error stream) is captured while the command line and every
// handler run over a plan full of secrets, including the failures; none of
// the secrets may show up.

const SECRETS = ['TOPSECRET-TITLE-Ω', 'TOPSECRET-NOTE-✓', 'TOPSECRET-FOLLOWUP'];

const PLAN = {
  format: 'embargo-planner/bundle',
  version: 1,
  profile: 'team',
  releases: [{ name: '4.21', milestones: [{ kind: 'release', planned: '2027-06-01' }] }],
  advisories: [
    {
      key: 'XSA-999',
      title: SECRETS[0],
      cves: ['CVE-2027-0001'],
      publicAt: '2027-05-21T12:00:00Z',
      predisclosureAt: '2027-05-07T12:00:00Z',
      affects: ['4.21'],
      followUps: [{ summary: SECRETS[2], expectedAt: '2027-06-20' }],
      notes: SECRETS[1],
    },
  ],
};

let captured: string[] = [];

beforeEach(() => {
  captured = [];
  const keep = (...parts: unknown[]) => {
    captured.push(parts.map(String).join(' '));
  };
  for (const method of ['log', 'error', 'warn', 'info', 'debug', 'trace'] as const)
    vi.spyOn(console, method).mockImplementation(keep);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    captured.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function expectNoSecret(texts: string[], where: string): void {
  const all = texts.join('\n');
  for (const secret of SECRETS) expect(all, `${where} shows ${secret}`).not.toContain(secret);
}

function cli(args: string[]) {
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
  return { status, out, err };
}

describe('advisory titles and notes never reach a log', () => {
  it('from the command line, whatever the command and however it fails', () => {
    const db = tempDbFile();
    const folder = path.dirname(db);
    const planFile = path.join(folder, 'plan.json');
    fs.writeFileSync(planFile, JSON.stringify(PLAN));
    expect(cli(['import', planFile, '--db', db]).status).toBe(0);

    const broken = structuredClone(PLAN);
    broken.advisories[0].title = `${SECRETS[0]}\u0000`;
    broken.advisories[0].notes = `${SECRETS[1]}${'x'.repeat(20_001)}`;
    const brokenFile = path.join(folder, 'broken.json');
    fs.writeFileSync(brokenFile, JSON.stringify(broken));
    const notJson = path.join(folder, 'not.json');
    fs.writeFileSync(notJson, `{"title": "${SECRETS[0]}", oops}`);

    const runs: [string[], boolean][] = [
      // [arguments, whether its standard output may be checked too]
      [['list'], true],
      [['export', 'bundle'], true],
      [['export', 'bundle', '--profile', 'predisclosure'], true],
      [['export', 'bundle', '--profile', 'team', '--out', path.join(folder, 'team.json')], true],
      [['import', brokenFile], true],
      [['import', notJson], true],
      [['import', planFile, '--preview'], true],
      [['backup', 'create'], true],
      [['backup', 'list'], true],
      [['history', 'XSA-999'], false],
      [['export', 'bundle', '--profile', 'everyone'], true],
      [['frobnicate'], true],
    ];
    for (const [args, checkOut] of runs) {
      const run = cli([...args, '--db', db]);
      expectNoSecret(run.err, `planner ${args.join(' ')} (stderr)`);
      if (checkOut) expectNoSecret(run.out, `planner ${args.join(' ')} (stdout)`);
    }
    expectNoSecret(captured, 'console and stderr');
    expect(fs.readFileSync(path.join(folder, 'team.json'), 'utf8')).toContain(SECRETS[0]);
  });

  it('from every handler, through the backend log', () => {
    const logged: string[] = [];
    const backend = openBackend(tempDbFile(), {
      source: 'test',
      create: true,
      now: () => new Date('2026-11-25T12:00:00Z'),
      log: (message) => logged.push(message),
    });
    backend.call('exchange.import', { content: JSON.stringify(PLAN), fileName: 'plan.json' });
    const inputs = [{}, { id: 1 }, { id: 1, revision: 1, title: `${SECRETS[0]}\u0007` }];
    for (const name of Object.keys(contract)) for (const input of inputs) backend.call(name, input);
    backend.close();
    expectNoSecret(logged, 'the backend log');
    expectNoSecret(captured, 'console and stderr');
  });

  it('when a handler fails unexpectedly with a secret in its error', () => {
    const logged: string[] = [];
    const handlers = {
      'plan.get': () => {
        throw new TypeError(`cannot read ${SECRETS[0]} of ${SECRETS[1]}`);
      },
    } as unknown as Handlers;
    const result = dispatch(handlers, 'plan.get', {}, (message) => logged.push(message));
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Internal error; see the log.' },
    });
    // The log keeps what a developer needs (the kind of error and where), not its text.
    expect(logged.join('\n')).toMatch(/^internal error: TypeError\n\s+at /);
    expectNoSecret(logged, 'the internal-error log');
  });
});
