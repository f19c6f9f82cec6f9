import { describe, expect, it } from 'vitest';
import { sampleRelease, tempBackend } from '../testing/tempBackend';

const advisory = {
  key: 'XSA-901',
  title: 'Grant copy overrun',
  predisclosureAt: '2026-12-01T12:00:00Z',
  publicAt: '2026-12-15T12:00:00Z',
  affects: ['4.11'],
  followUps: [
    { summary: 'Arm fix for the fix', expectedAt: '2027-01-10' },
    // A re-issued advisory version (v2) with its own embargo.
    {
      summary: 'v2: second overrun in the same path',
      expectedAt: '2027-01-20',
      status: 'pending',
      publicAt: '2027-01-27T12:00:00Z',
    },
  ],
};

const strip = (
  followUps: {
    summary: string;
    expectedAt: string | null;
    status: string;
    publicAt: string | null;
  }[],
) =>
  followUps.map(({ summary, expectedAt, status, publicAt }) => ({
    summary,
    expectedAt,
    status,
    publicAt,
  }));

describe('follow-up fixes', () => {
  it('round-trip through create, update and get, keeping their ids', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    const created = backend.ok('advisories.create', advisory);
    expect(strip(created.followUps)).toEqual([
      {
        summary: 'Arm fix for the fix',
        expectedAt: '2027-01-10',
        status: 'pending',
        publicAt: null,
      },
      {
        summary: 'v2: second overrun in the same path',
        expectedAt: '2027-01-20',
        status: 'pending',
        publicAt: '2027-01-27T12:00:00Z',
      },
    ]);
    const [arm, v2] = created.followUps;
    const updated = backend.ok('advisories.update', {
      id: created.id,
      revision: created.revision,
      followUps: [
        { ...v2, publicAt: '2027-01-28T12:00+00:00' },
        { ...arm, status: 'landed' },
        { summary: 'x86 variant', expectedAt: null, status: 'dropped' },
      ],
    });
    expect(updated.followUps.map((f) => f.id).slice(0, 2)).toEqual([v2.id, arm.id]);
    expect(strip(updated.followUps)).toEqual([
      {
        summary: 'v2: second overrun in the same path',
        expectedAt: '2027-01-20',
        status: 'pending',
        publicAt: '2027-01-28T12:00:00Z',
      },
      {
        summary: 'Arm fix for the fix',
        expectedAt: '2027-01-10',
        status: 'landed',
        publicAt: null,
      },
      { summary: 'x86 variant', expectedAt: null, status: 'dropped', publicAt: null },
    ]);
    expect(backend.ok('advisories.get', { id: created.id })).toEqual(updated);
    const history = backend.ok('history.get', { entity: 'advisory', id: created.id });
    expect(history.entries[1].fields.map((f) => f.field)).toEqual([
      'followUps["v2: second overrun in the same path"].publicAt',
      'followUps["Arm fix for the fix"].status',
      'followUps["x86 variant"]',
    ]);
    backend.close();
  });

  it('survive a team export and import, and a second import changes nothing', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    const created = backend.ok('advisories.create', advisory);
    const bundle = JSON.stringify(backend.ok('exchange.exportBundle', { profile: 'team' }));
    const other = tempBackend();
    expect(other.ok('exchange.import', { content: bundle, fileName: 'team.json' }).added).toEqual([
      'release 4.11',
      'XSA-901',
    ]);
    const copy = other.ok('advisories.list', {})[0];
    expect(strip(copy.followUps)).toEqual(strip(created.followUps));
    expect(other.ok('exchange.import', { content: bundle, fileName: 'team.json' })).toMatchObject({
      added: [],
      changed: [],
      unchanged: 2,
    });
    backend.close();
    other.close();
  });

  it('refuse impossible dates, naming the follow-up', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    const bad = structuredClone(advisory);
    bad.followUps[1].publicAt = '2027-02-30T12:00:00Z';
    expect(backend.fails('advisories.create', bad).message).toBe(
      'followUps[1].publicAt: 2027-02-30T12:00:00Z is not a real date and time',
    );
    backend.close();
  });
});
