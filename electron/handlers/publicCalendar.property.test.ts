import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../shared/testing/icsTestRead';
import { tempBackend, tempDbFile, type TestBackend } from '../testing/tempBackend';

// Public calendars carry no trace of embargoed work. Whatever a team does
// (plan releases, enter embargoes, plan a point release because of one and
// undo it, delete, withdraw, publish, undo and redo), and whenever it exports:
//  - a public calendar says CANCELLED only about an event that an earlier
//    public export (one that left the machine, not a preview) carried;
//  - it never names an advisory that was never public, nor any embargoed
//    title or CVE.

const NOW = new Date('2026-11-25T10:00:00Z');
const SECRET = 'Secret';

type Op =
  | { type: 'release'; n: number }
  | { type: 'pointRelease' }
  | { type: 'advisory'; n: number; lift: 'past' | 'future'; status: 'embargoed' | 'public' }
  | { type: 'deleteRelease'; pick: number }
  | { type: 'dropMilestone'; pick: number }
  | { type: 'deleteAdvisory'; pick: number }
  | { type: 'withdraw'; pick: number }
  | { type: 'dropFollowUp'; pick: number }
  | { type: 'publish'; pick: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'exportPublic' }
  | { type: 'previewPublic' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ type: fc.constant('release'), n: fc.integer({ min: 20, max: 24 }) }),
  },
  { weight: 2, arbitrary: fc.constant({ type: 'pointRelease' }) },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('advisory'),
      n: fc.integer({ min: 900, max: 915 }),
      lift: fc.constantFrom('past', 'future'),
      status: fc.constantFrom('embargoed', 'public'),
    }),
  },
  ...(
    [
      'deleteRelease',
      'dropMilestone',
      'deleteAdvisory',
      'withdraw',
      'dropFollowUp',
      'publish',
    ] as const
  ).map((type) => ({
    weight: 2,
    arbitrary: fc.record({ type: fc.constant(type), pick: fc.nat(20) }),
  })),
  { weight: 3, arbitrary: fc.constant({ type: 'undo' }) },
  { weight: 1, arbitrary: fc.constant({ type: 'redo' }) },
  { weight: 3, arbitrary: fc.constant({ type: 'exportPublic' }) },
  { weight: 1, arbitrary: fc.constant({ type: 'previewPublic' }) },
) as fc.Arbitrary<Op>;

const pickOf = <T>(items: readonly T[], pick: number): T | undefined =>
  items.length === 0 ? undefined : items[pick % items.length];

/** Runs one op; failures the app refuses (a name taken, nothing to undo) are fine. */
function apply(backend: TestBackend, step: Op): void {
  const plan = backend.ok('plan.get', {});
  const call = (name: string, input: unknown) => backend.call(name, input);
  switch (step.type) {
    case 'release':
      call('releases.create', {
        name: `4.${step.n}`,
        milestones: [
          { kind: 'hard-code-freeze', planned: '2027-01-15' },
          { kind: 'rc', planned: '2027-01-20', label: 'RC1' },
          { kind: 'release', planned: '2027-02-02' },
        ],
      });
      return;
    case 'pointRelease': {
      // What applying POINT_RELEASE does for a late embargoed fix.
      const base = plan.releases.find((r) => !r.name.endsWith('.1'));
      if (base)
        call('releases.create', {
          name: `${base.name}.1`,
          milestones: [{ kind: 'release', planned: '2027-03-02' }],
        });
      return;
    }
    case 'advisory': {
      const key = `XSA-${step.n}`;
      call('advisories.create', {
        key,
        title: `${SECRET} title of ${key}`,
        cves: [`CVE-2026-4${step.n}`],
        status: step.status,
        publicAt: step.lift === 'past' ? '2026-11-20T12:00:00Z' : '2026-12-15T12:00:00Z',
        affects: plan.releases.slice(0, 1).map((r) => r.name),
        followUps: [{ summary: `${SECRET} fix of ${key}`, expectedAt: '2026-12-20' }],
      });
      return;
    }
    case 'deleteRelease': {
      const release = pickOf(plan.releases, step.pick);
      if (release) call('releases.delete', { id: release.id, revision: release.revision });
      return;
    }
    case 'dropMilestone': {
      const release = pickOf(plan.releases, step.pick);
      if (release && release.milestones.length > 1)
        call('releases.update', {
          id: release.id,
          revision: release.revision,
          milestones: release.milestones.slice(1),
        });
      return;
    }
    case 'deleteAdvisory': {
      const advisory = pickOf(plan.advisories, step.pick);
      if (advisory) call('advisories.delete', { id: advisory.id, revision: advisory.revision });
      return;
    }
    case 'withdraw': {
      const advisory = pickOf(plan.advisories, step.pick);
      if (advisory)
        call('advisories.update', {
          id: advisory.id,
          revision: advisory.revision,
          status: 'withdrawn',
        });
      return;
    }
    case 'dropFollowUp': {
      const advisory = pickOf(plan.advisories, step.pick);
      if (advisory)
        call('advisories.update', {
          id: advisory.id,
          revision: advisory.revision,
          followUps: advisory.followUps.map((f) => ({ ...f, status: 'dropped' })),
        });
      return;
    }
    case 'publish': {
      const advisory = pickOf(plan.advisories, step.pick);
      if (advisory) call('advisories.publish', { id: advisory.id, revision: advisory.revision });
      return;
    }
    case 'undo':
      call('undo.undo', {});
      return;
    case 'redo':
      call('undo.redo', {});
      return;
    case 'exportPublic':
    case 'previewPublic':
      backend.ok('calendars.exportIcs', {
        profile: 'public',
        preview: step.type === 'previewPublic',
      });
      return;
  }
}

describe('public calendars carry no trace of embargoed work', () => {
  it('cancel only what an earlier public export carried, and never name an embargo', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.array(op, { minLength: 4, maxLength: 18 }), (ops) => {
        runs += 1;
        const backend = tempBackend(tempDbFile(), () => NOW);
        const carried = new Set<string>();
        const everPublic = new Set<string>();
        try {
          for (const step of ops) {
            const recording = step.type === 'exportPublic';
            const exported = recording
              ? backend.ok('calendars.exportIcs', { profile: 'public', preview: true })
              : null;
            apply(backend, step);
            for (const a of backend.ok('advisories.list', {}))
              if (a.status === 'public') everPublic.add(a.key);
            if (exported) for (const e of parseIcs(exported.content)) carried.add(e.uid);

            const { content } = backend.ok('calendars.exportIcs', {
              profile: 'public',
              preview: true,
            });
            for (const event of parseIcs(content)) {
              if (event.status === 'CANCELLED') expect(carried).toContain(event.uid);
              const key = /^(XSA-\d+)/.exec(event.summary)?.[1];
              if (key) expect(everPublic).toContain(key);
            }
            const embargoed = backend
              .ok('advisories.list', {})
              .filter((a) => a.status !== 'public');
            for (const a of embargoed) {
              expect(content).not.toContain(a.title);
              for (const cve of a.cves) expect(content).not.toContain(cve);
            }
          }
        } finally {
          backend.close();
        }
      }),
      { numRuns: 40 },
    );
    expect(runs).toBeGreaterThanOrEqual(40);
  });

  it('does not cancel a point release planned because of an embargo and undone before any public export', () => {
    const backend = tempBackend(tempDbFile(), () => NOW);
    backend.ok('releases.create', {
      name: '4.21',
      milestones: [{ kind: 'release', planned: '2027-02-02' }],
    });
    backend.ok('advisories.create', {
      key: 'XSA-901',
      title: 'Secret escape',
      publicAt: '2027-02-10T12:00:00Z',
      affects: ['4.21'],
    });
    backend.ok('calendars.exportIcs', { profile: 'public' });
    backend.ok('releases.create', {
      name: '4.21.1',
      milestones: [{ kind: 'release', planned: '2027-02-16' }],
    });
    // Looked at in the export dialog, not saved: still nobody outside saw it.
    const preview = backend.ok('calendars.exportIcs', { profile: 'public', preview: true });
    expect(preview.content).toContain('4.21.1: Release');
    backend.ok('undo.undo', {});
    const after = backend.ok('calendars.exportIcs', { profile: 'public' }).content;
    expect(after).not.toContain('4.21.1');
    expect(after).not.toContain('XSA-901');
    // The team's own calendar still tells its subscribers it is gone.
    const team = parseIcs(backend.ok('calendars.exportIcs', { profile: 'team' }).content);
    expect(team.find((e) => e.summary === '4.21.1: Release')?.status).toBe('CANCELLED');
    backend.close();
  });

  it('does cancel an event a public export carried, so subscribers drop it', () => {
    const backend = tempBackend(tempDbFile(), () => NOW);
    const release = backend.ok('releases.create', {
      name: '4.21',
      milestones: [
        { kind: 'rc', planned: '2027-01-20', label: 'RC1' },
        { kind: 'release', planned: '2027-02-02' },
      ],
    });
    const rc = parseIcs(backend.ok('calendars.exportIcs', { profile: 'public' }).content).find(
      (e) => e.summary === '4.21: RC1',
    )!;
    backend.ok('releases.update', {
      id: release.id,
      revision: release.revision,
      milestones: release.milestones.slice(1),
    });
    const after = parseIcs(backend.ok('calendars.exportIcs', { profile: 'public' }).content);
    expect(after.find((e) => e.uid === rc.uid)).toMatchObject({
      status: 'CANCELLED',
      sequence: rc.sequence + 1,
    });
    backend.close();
  });
});
