import { describe, expect, it } from 'vitest';
import { sampleAdvisory, sampleRelease, tempBackend, tempDbFile } from '../../testing/tempBackend';
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

/** A plan with one public advisory (XSA-263) and one under embargo (XSA-901), moved once. */
function planFile(): string {
  const file = tempDbFile();
  const backend = tempBackend(file);
  backend.ok('releases.create', sampleRelease);
  backend.ok('advisories.create', sampleAdvisory);
  const secret = backend.ok('advisories.create', {
    key: 'XSA-901',
    title: 'Secret hypervisor escape',
    cves: ['CVE-2026-99999'],
    publicAt: '2026-12-15T12:00:00Z',
    affects: ['4.11'],
    followUps: [{ summary: 'secret follow-up' }],
    notes: 'discoverer is Jane',
  });
  backend.ok('advisories.update', {
    id: secret.id,
    revision: secret.revision,
    publicAt: '2026-12-16T12:00:00Z',
    reason: 'Jane asked for a day more',
  });
  backend.close();
  return file;
}

const SECRETS = ['Secret hypervisor', 'CVE-2026-99999', 'secret follow-up', 'Jane'];

describe('planner history', () => {
  it('prints an embargoed advisory by key and dates only', () => {
    const file = planFile();
    const { status, out, err } = run(['history', 'XSA-901', '--db', file]);
    expect(status).toBe(0);
    expect(err).toBe('');
    for (const secret of SECRETS) expect(out).not.toContain(secret);
    expect(out).toContain('XSA-901 (advisory): 2 changes');
    // As the app says it: days, field names, dates people read; never raw hours or fields.
    expect(out).toContain('  lift moved once, +1 day net');
    expect(out).toContain(
      '    Embargo lift: Tue 15 Dec 2026 12:00 UTC → Wed 16 Dec 2026 12:00 UTC (+1 day)',
    );
    expect(out).toContain('    Title: [embargoed]');
    expect(out).toContain('    Follow-up #1: [embargoed]');
    expect(out).toContain('    why: [embargoed]');
    expect(out).not.toMatch(/publicAt|followUps| h\b/);
    // Newest first, with who, how and the undo step.
    expect(out.split('\n')[3]).toMatch(
      /^\w{3} \d+ \w{3} \d{4} \d\d:\d\d UTC {2}changed by \S+ via test {2}\(undo step 4\)$/,
    );
  });

  it('shows everything with --show-embargoed, and says so on stderr', () => {
    const file = planFile();
    const { status, out, err } = run(['history', 'XSA-901', '--show-embargoed', '--db', file]);
    expect(status).toBe(0);
    for (const secret of SECRETS) expect(out).toContain(secret);
    expect(out).toContain('    why: Jane asked for a day more');
    expect(err).toMatch(/keep this output inside the security team/);
  });

  it('prints a public advisory, a release and the settings in full', () => {
    const file = planFile();
    const advisory = run(['history', 'XSA-263', '--db', file]);
    expect(advisory.out).toContain('    Title: Speculative Store Bypass');
    expect(advisory.out).toContain('  the lift has not moved since it was entered');
    const release = run(['history', '4.11', '--db', file]);
    expect(release.status).toBe(0);
    expect(release.out).toMatch(/^4\.11 \(release\): 1 change\n/);
    expect(release.out).toContain('    Release: planned Fri 1 Jun 2018');
    expect(run(['history', 'settings', '--db', file]).out).toBe('settings: 0 changes');
    const backend = tempBackend(file);
    backend.ok('settings.update', {
      revision: 0,
      warnWindowDays: 10,
      holidays: ['2026-12-25'],
      holidayNames: { '2026-12-25': 'Christmas Day' },
    });
    backend.close();
    const settings = run(['history', 'settings', '--db', file]).out;
    expect(settings).toContain('    Warning window: 14 days → 10 days');
    expect(settings).toContain('    Holiday Fri 25 Dec 2026: added Christmas Day');
  });

  it("hides a public advisory's follow-up under its own embargo, as the exports do", () => {
    const file = planFile();
    const backend = tempBackend(file);
    const xsa = backend.ok('plan.get', {}).advisories.find((a) => a.key === 'XSA-263');
    if (!xsa) throw new Error('no XSA-263');
    // XSA-263 lifted in 2018; a fix to its fix is under embargo until December.
    const added = backend.ok('advisories.update', {
      id: xsa.id,
      revision: xsa.revision,
      followUps: [
        ...xsa.followUps.map(({ id, summary }) => ({ id, summary })),
        {
          summary: 'TOPSECRET second SSBD hole',
          expectedAt: '2026-12-01',
          publicAt: '2026-12-20T12:00:00Z',
        },
      ],
      notes: 'TOPSECRET team note',
    });
    const secret = added.followUps[1];
    backend.ok('advisories.update', {
      id: added.id,
      revision: added.revision,
      followUps: [
        ...added.followUps.slice(0, 1).map(({ id, summary }) => ({ id, summary })),
        { ...secret, status: 'landed' },
      ],
      reason: 'TOPSECRET landed in staging',
    });
    const exported = backend.ok('exchange.exportBundle', { profile: 'public' });
    backend.close();
    expect(JSON.stringify(exported)).not.toContain('TOPSECRET');

    const { status, out } = run(['history', 'XSA-263', '--db', file]);
    expect(status).toBe(0);
    expect(out).not.toContain('TOPSECRET');
    expect(out).not.toContain('2026-12-01');
    expect(out).toContain(
      '  notes and follow-ups under an embargo of their own hidden (--show-embargoed)',
    );
    expect(out).toContain('    Follow-up #2: added [embargoed]');
    expect(out).toContain('    Follow-up #2 · status: [embargoed] → [embargoed]');
    expect(out).toContain('    Notes: [embargoed] → [embargoed]');
    expect(out).toContain('    why: [embargoed]');
    // What the exports carry stays: the title and the follow-up that is out.
    expect(out).toContain('    Title: Speculative Store Bypass');
    expect(out).toContain('Arm SSBD control');

    const shown = run(['history', 'XSA-263', '--show-embargoed', '--db', file]).out;
    expect(shown).toContain('TOPSECRET second SSBD hole');
    expect(shown).toContain('why: TOPSECRET landed in staging');
  });

  it('exits 2 for what it cannot find or was not given', () => {
    const file = planFile();
    expect(run(['history', 'XSA-999', '--db', file])).toMatchObject({
      status: 2,
      err: 'planner: XSA-999: no advisory or release of that name in the plan or its history',
    });
    expect(run(['history', '4.99', '--db', file]).err).toBe(
      'planner: release 4.99: not in the plan and not in its history',
    );
    expect(run(['history', '--db', file]).status).toBe(2);
  });
});
