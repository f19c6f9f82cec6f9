// Import of Xen's xsa.json advisory list.
import { describe, expect, it } from 'vitest';
import { importText } from '../testing/importText';
import { sampleRelease, tempBackend } from '../testing/tempBackend';

describe('xsa.json import', () => {
  const list = [
    {
      xsas: [
        {
          xsa: 263,
          title: 'Speculative Store Bypass',
          cve: ['CVE-2018-3639'],
          public_time: '2018-05-21 21:00',
        },
        {
          xsa: '267',
          title: 'Lazy FPU',
          cve: 'CVE-2018-3665',
          public_time: '2018-06-13T12:00:00Z',
        },
      ],
    },
  ];

  it('parses both time forms to the exact UTC instant, and is idempotent', () => {
    const backend = tempBackend();
    const report = importText(backend, JSON.stringify(list));
    expect(report).toMatchObject({
      format: 'xsa.json',
      applied: true,
      added: ['XSA-263', 'XSA-267'],
    });
    const advisories = backend.ok('advisories.list', {});
    expect(advisories.map((a) => [a.key, a.publicAt, a.status, a.cves])).toEqual([
      ['XSA-263', '2018-05-21T21:00:00Z', 'public', ['CVE-2018-3639']],
      ['XSA-267', '2018-06-13T12:00:00Z', 'public', ['CVE-2018-3665']],
    ]);
    expect(importText(backend, JSON.stringify(list))).toMatchObject({
      added: [],
      changed: [],
      unchanged: 2,
    });
    backend.close();
  });

  it("marks an embargoed advisory public when Xen's list has published it, and not before", () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    backend.ok('advisories.create', {
      key: 'XSA-263',
      title: 'Our working title',
      status: 'embargoed',
      publicAt: '2018-05-21T21:00:00Z',
      affects: ['4.11'],
    });
    backend.ok('advisories.create', {
      key: 'XSA-999',
      status: 'embargoed',
      publicAt: '2027-01-20T12:00:00Z',
      affects: ['4.11'],
    });
    const upcoming = { xsa: 999, title: '', cve: [], public_time: '2027-01-20 12:00' };
    const report = importText(
      backend,
      JSON.stringify([{ xsas: [...list[0].xsas.slice(0, 1), upcoming] }]),
    );
    expect(report).toMatchObject({ changed: ['XSA-263'], unchanged: 1 });
    const byKey = new Map(backend.ok('advisories.list', {}).map((a) => [a.key, a]));
    expect(byKey.get('XSA-263')).toMatchObject({
      status: 'public',
      title: 'Speculative Store Bypass',
    });
    expect(byKey.get('XSA-999')?.status).toBe('embargoed');
    backend.close();
  });

  it('lists malformed entries by index and imports nothing', () => {
    const backend = tempBackend();
    const broken = structuredClone(list);
    broken[0].xsas.push({ xsa: 268, title: 'x', cve: [], public_time: 'next Tuesday' } as never);
    const report = importText(backend, JSON.stringify(broken));
    expect(report.applied).toBe(false);
    expect(report.refused).toEqual([
      {
        where: '[0].xsas[2] (XSA-268)',
        reason:
          'public_time: "next Tuesday" is not a date and time (want 2018-05-21T12:00:00Z or 2018-05-21 12:00)',
      },
    ]);
    expect(backend.ok('advisories.list', {})).toEqual([]);
    backend.close();
  });
});
