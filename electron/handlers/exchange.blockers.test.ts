// Release blockers in bundles: exported in every profile, imported whole, absent field left alone.
import { describe, expect, it } from 'vitest';
import { importText } from '../testing/importText';
import { sampleRelease, tempBackend } from '../testing/tempBackend';

describe('release blockers in bundles', () => {
  const blocker = {
    title: 'osstest push gate',
    kind: 'test-gate',
    openedOn: '2018-05-20',
    expectedOn: null,
    resolvedOn: null,
  };

  it('travel in every profile and come back whole', () => {
    const backend = tempBackend();
    backend.ok('releases.create', { ...sampleRelease, blockers: [blocker] });
    const exported = backend.ok('exchange.exportBundle', { profile: 'public' }) as {
      releases: { blockers: unknown[] }[];
    };
    expect(exported.releases[0].blockers).toEqual([blocker]);
    const other = tempBackend();
    expect(importText(other, JSON.stringify(exported)).added).toEqual(['release 4.11']);
    expect(other.ok('releases.list', {})[0].blockers).toMatchObject([blocker]);
    // The same file again changes nothing.
    expect(importText(other, JSON.stringify(exported))).toMatchObject({
      changed: [],
      unchanged: 1,
    });
    backend.close();
    other.close();
  });

  it('a bundle without the field (written before blockers) leaves ours alone', () => {
    const backend = tempBackend();
    backend.ok('releases.create', { ...sampleRelease, blockers: [blocker] });
    const old = {
      format: 'embargo-planner/bundle',
      version: 1,
      exportedAt: '2018-05-01T12:00:00Z',
      profile: 'team',
      releases: [{ ...sampleRelease, status: 'planned' }],
      advisories: [],
    };
    const report = importText(backend, JSON.stringify(old));
    expect(report.refused).toEqual([]);
    expect(backend.ok('releases.list', {})[0].blockers).toMatchObject([blocker]);
    backend.close();
  });
});
