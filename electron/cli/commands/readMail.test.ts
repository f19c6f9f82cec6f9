import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempBackend, tempDbFile } from '../../testing/tempBackend';
import { PREDISCLOSURE_MAIL } from '../../../shared/testing/advisoryMails';
import { runCli } from '../main';

function run(args: string[], stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runCli(
    args,
    {},
    {
      out: (text) => out.push(text),
      err: (text) => err.push(text),
      now: () => new Date('2027-01-06T09:00:00Z'),
      ...(stdin === undefined ? {} : { stdin: () => stdin }),
    },
  );
  return { status, out: out.join('\n'), err: err.join('\n') };
}

const MAIL = `From: Xen.org security team <security@xen.example>\n${PREDISCLOSURE_MAIL}`;

function planFile(): string {
  const file = tempDbFile();
  const backend = tempBackend(file);
  for (const name of ['4.20', '4.21', '4.22'])
    backend.ok('releases.create', {
      name,
      milestones: [{ kind: 'release', planned: '2027-06-01' }],
    });
  backend.close();
  return file;
}

function mailFile(text: string): string {
  const file = path.join(path.dirname(tempDbFile()), 'advisory.eml');
  fs.writeFileSync(file, text);
  return file;
}

const advisories = (file: string) => {
  const backend = tempBackend(file);
  const list = backend.ok('advisories.list', {});
  backend.close();
  return list;
};

describe('planner read-mail', () => {
  it('prints what a mail says, from a file or piped on standard input', () => {
    const db = planFile();
    const fromFile = run(['read-mail', mailFile(MAIL), '--db', db]);
    const piped = run(['read-mail', '-', '--db', db], MAIL);
    expect(piped).toEqual(fromFile);
    expect(fromFile.status).toBe(0);
    expect(fromFile.out).toBe(
      [
        'XSA-901, version 1 (embargoed)',
        '  CVEs            CVE-2027-1001',
        '  Title           x86: emulator overrun',
        '  Lift            2027-01-20 12:00 UTC  (from "The embargo ends 2027-01-20 12:00 UTC")',
        '  Pre-disclosure  2027-01-05 12:00 UTC',
        '  Affects         4.21, 4.22  (the mail: 4.21 and later)',
        '  Notes           5 lines',
      ].join('\n'),
    );
    // Reading writes nothing.
    expect(advisories(db)).toEqual([]);
  });

  it('prints JSON with exactly the documented keys, publicAt null when no lift was read', () => {
    const db = planFile();
    const json = JSON.parse(run(['read-mail', '-', '--json', '--db', db], MAIL).out);
    expect(json).toEqual({
      key: 'XSA-901',
      cves: ['CVE-2027-1001'],
      title: 'x86: emulator overrun',
      publicAt: '2027-01-20T12:00:00Z',
      predisclosureAt: '2027-01-05T12:00:00Z',
      affects: ['4.21', '4.22'],
      unread: [],
    });
    const noLift = MAIL.replace('The embargo ends 2027-01-20 12:00 UTC.', '');
    const unread = JSON.parse(run(['read-mail', '-', '--json', '--db', db], noLift).out);
    expect(unread.publicAt).toBeNull();
    expect(unread.predisclosureAt).toBeNull();
    expect(unread.unread.map((u: { field: string }) => u.field)).toEqual([
      'publicAt',
      'predisclosureAt',
    ]);
  });

  it('--save adds the advisory, then updates it from a later version of the mail', () => {
    const db = planFile();
    expect(run(['read-mail', '-', '--save', '--db', db], MAIL)).toMatchObject({
      status: 0,
      out: expect.stringMatching(
        /\nAdded XSA-901 \(embargoed\), lifting 2027-01-20 12:00 UTC, affecting 4\.21, 4\.22\.$/,
      ),
    });
    const [added] = advisories(db);
    expect(added).toMatchObject({
      key: 'XSA-901',
      status: 'embargoed',
      predisclosureAt: '2027-01-05T12:00:00Z',
      notes:
        'ISSUE DESCRIPTION\nThe emulator may write past a buffer.\n\nIMPACT\nA guest may crash the host.',
    });
    const moved = MAIL.replace('version 1', 'version 2').replace('2027-01-20', '2027-01-27');
    expect(run(['read-mail', '-', '--save', '--json', '--db', db], moved)).toMatchObject({
      status: 0,
      err: 'Updated XSA-901: publicAt.',
    });
    const backend = tempBackend(db);
    const moves = backend.ok('advisories.embargoMoves', { key: 'XSA-901' });
    backend.close();
    expect(moves.moves.map((m) => m.reason)).toEqual(['read from the advisory mail, version 2']);
    expect(run(['read-mail', '-', '--save', '--db', db], moved).out).toMatch(
      /XSA-901 is already as the mail says: nothing to change\.$/,
    );
  });

  it('--save refuses, with exit status 2, when no lift was read, and writes nothing', () => {
    const db = planFile();
    const dayOnly = MAIL.replace('2027-01-20 12:00 UTC', 'on 20 January 2027');
    expect(run(['read-mail', '-', '--save', '--db', db], dayOnly)).toMatchObject({
      status: 2,
      err: 'planner: nothing saved: no lift was read from the mail (the mail gives the day (2027-01-20) but no time of day). A lift is never guessed: correct the mail, or enter the advisory in the app.',
    });
    expect(advisories(db)).toEqual([]);
  });

  it('says which file cannot be read, and what is missing from the command', () => {
    const db = planFile();
    expect(run(['read-mail', '/nonexistent/mail.eml', '--db', db])).toMatchObject({
      status: 2,
      err: expect.stringContaining('/nonexistent/mail.eml: cannot be read (ENOENT)'),
    });
    expect(run(['read-mail', '--db', db]).err).toContain('read-mail needs a FILE, or - to read');
  });
});
