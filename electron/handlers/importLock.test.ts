import { describe, expect, it } from 'vitest';
import { startBusyWriter } from '../testing/busyWriter';
import { tempBackend, tempDbFile } from '../testing/tempBackend';

// A big import must not keep SQLite's write lock while it reads, parses,
// validates and plans: the app, or the command line, writing meanwhile must
// not fail. Only the writing itself holds the lock.

const ADVISORIES = 6000;

function bigBundle(): string {
  const releases = Array.from({ length: 10 }, (_, i) => ({
    name: `9.${i}`,
    milestones: [{ kind: 'release', planned: `2031-0${1 + (i % 9)}-1${i}` }],
  }));
  const advisories = Array.from({ length: ADVISORIES }, (_, i) => ({
    key: `XSA-${i + 1}`,
    title: `Advisory ${i + 1}`,
    cves: [`CVE-2030-${10000 + i}`],
    predisclosureAt: '2031-01-01T12:00:00Z',
    publicAt: '2031-02-01T12:00:00Z',
    affects: [`9.${i % 10}`],
    followUps: [{ summary: 'fix to the fix', expectedAt: '2031-03-01' }],
    notes: 'notes',
  }));
  return JSON.stringify({
    format: 'embargo-planner/bundle',
    version: 1,
    profile: 'team',
    releases,
    advisories,
  });
}

describe('importing while another process writes', () => {
  it('lets the other writer commit while the file is parsed and planned, and loses neither', async () => {
    const file = tempDbFile();
    const backend = tempBackend(file);
    const content = bigBundle();
    const writer = await startBusyWriter(file);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const started = Date.now();
    const report = backend.ok('exchange.import', { content, fileName: 'big.json' });
    const finished = Date.now();
    const attempts = await writer.stop();

    expect(report.applied).toBe(true);
    expect(report.added).toHaveLength(10 + ADVISORIES);
    // Attempts that began well after the import did (its first moment may
    // take the lock to store passed lifts), and before it ended.
    const during = attempts.filter((a) => a.at > started + 50 && a.at < finished);
    const committed = during.filter((a) => a.ok).length;
    expect(
      committed,
      `${during.length} attempts during a ${finished - started} ms import`,
    ).toBeGreaterThanOrEqual(5);
    // Nothing lost on either side: every acknowledged release is there, and the whole import.
    const plan = backend.ok('plan.get', {});
    const written = attempts.filter((a) => a.ok).length;
    expect(plan.releases.filter((r) => r.name.startsWith('w'))).toHaveLength(written);
    expect(plan.advisories).toHaveLength(ADVISORIES);
    backend.close();
  });
});
