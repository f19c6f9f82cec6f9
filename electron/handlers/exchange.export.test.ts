// Bundle export profiles: what public, predisclosure and team bundles carry of an embargo.
import { describe, expect, it } from 'vitest';
import { sampleAdvisory, sampleRelease, tempBackend } from '../testing/tempBackend';

describe('bundle export profiles', () => {
  function planWithEmbargo() {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    backend.ok('advisories.create', sampleAdvisory); // marked public
    backend.ok('advisories.create', {
      key: 'XSA-999',
      title: 'Secret hypervisor escape',
      cves: ['CVE-2026-99999'],
      predisclosureAt: '2026-12-01T12:00:00Z',
      publicAt: '2026-12-15T12:00:00Z',
      affects: ['4.11'],
      followUps: [{ summary: 'secret follow-up', expectedAt: '2026-12-20' }],
      notes: 'discoverer is Jane',
    });
    return backend;
  }

  it('public (the default) leaves embargoed advisories out entirely', () => {
    const backend = planWithEmbargo();
    const bundle = backend.ok('exchange.exportBundle', {});
    expect(bundle.profile).toBe('public');
    const text = JSON.stringify(bundle);
    for (const secret of ['XSA-999', 'Secret', 'CVE-2026-99999', 'secret follow-up', 'Jane'])
      expect(text).not.toContain(secret);
    expect(text).toContain('XSA-263');
    backend.close();
  });

  it('predisclosure shows key and lift only', () => {
    const backend = planWithEmbargo();
    const bundle = backend.ok('exchange.exportBundle', { profile: 'predisclosure' });
    const advisories = bundle.advisories as { key: string }[];
    expect(advisories.find((a) => a.key === 'XSA-999')).toEqual({
      key: 'XSA-999',
      title: '',
      cves: [],
      status: 'embargoed',
      predisclosureAt: null,
      publicAt: '2026-12-15T12:00:00Z',
      affects: [],
      followUps: [],
      notes: '',
    });
    backend.close();
  });

  it('team carries everything', () => {
    const backend = planWithEmbargo();
    const text = JSON.stringify(backend.ok('exchange.exportBundle', { profile: 'team' }));
    for (const secret of ['Secret hypervisor escape', 'CVE-2026-99999', 'secret follow-up', 'Jane'])
      expect(text).toContain(secret);
    backend.close();
  });
});
