import { describe, expect, it } from 'vitest';
import { sampleAdvisory, sampleRelease, tempBackend } from '../testing/tempBackend';

describe('advisory handlers on a real database', () => {
  it('creates an advisory with follow-ups and affected releases, and updates it', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    const created = backend.ok('advisories.create', sampleAdvisory);
    expect(created).toMatchObject({
      key: 'XSA-263',
      status: 'public',
      affects: ['4.11'],
      followUps: [{ summary: 'Arm SSBD control', expectedAt: '2018-06-22', status: 'pending' }],
    });
    const moved = backend.ok('advisories.update', {
      id: created.id,
      revision: created.revision,
      publicAt: '2018-05-22T12:00+00:00',
      reason: 'the discoverer asked for a day more',
    });
    expect(moved.publicAt).toBe('2018-05-22T12:00:00Z');
    expect(moved.followUps[0].id).toBe(created.followUps[0].id);
    expect(moved.title).toBe('Speculative Store Bypass');
    backend.close();
  });

  it('refuses a lift before pre-disclosure, also when only one side changes', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    expect(
      backend.fails('advisories.create', { ...sampleAdvisory, publicAt: '2018-05-01T12:00:00Z' }),
    ).toEqual({
      code: 'invalid_input',
      message:
        'publicAt: the embargo lifts (2018-05-01T12:00:00Z) before its pre-disclosure (2018-05-07T12:00:00Z)',
    });
    const created = backend.ok('advisories.create', sampleAdvisory);
    const error = backend.fails('advisories.update', {
      id: created.id,
      revision: created.revision,
      predisclosureAt: '2018-06-01T12:00:00Z',
    });
    expect(error.message).toMatch(/^publicAt: the embargo lifts/);
    expect(backend.ok('advisories.get', { id: created.id })).toEqual(created);
    backend.close();
  });

  it('refuses a duplicate key and an unknown release in affects, and writes nothing', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    backend.ok('advisories.create', sampleAdvisory);
    expect(backend.fails('advisories.create', sampleAdvisory)).toEqual({
      code: 'duplicate',
      message: 'key: advisory XSA-263 already exists',
    });
    expect(
      backend.fails('advisories.create', {
        ...sampleAdvisory,
        key: 'XSA-264',
        affects: ['4.11', '4.99'],
      }),
    ).toEqual({ code: 'invalid_input', message: 'affects[1]: no release named 4.99' });
    expect(backend.ok('advisories.list', {}).map((a) => a.key)).toEqual(['XSA-263']);
    backend.close();
  });

  it('drops affected links when a release is deleted, keeping the advisory', () => {
    const backend = tempBackend();
    const release = backend.ok('releases.create', sampleRelease);
    backend.ok('advisories.create', sampleAdvisory);
    backend.ok('releases.delete', { id: release.id, revision: release.revision });
    expect(backend.ok('advisories.list', {})[0].affects).toEqual([]);
    backend.close();
  });
});

describe('settings handlers', () => {
  it('starts from the defaults and updates with a revision', () => {
    const backend = tempBackend();
    const initial = backend.ok('settings.get', {});
    expect(initial).toMatchObject({ warnWindowDays: 14, releaseWeekdays: [2, 3, 4], revision: 0 });
    const updated = backend.ok('settings.update', { revision: 0, holidays: ['2026-12-25'] });
    expect(updated).toMatchObject({ holidays: ['2026-12-25'], warnWindowDays: 14, revision: 1 });
    expect(backend.fails('settings.update', { revision: 0, warnWindowDays: 7 }).code).toBe(
      'conflict',
    );
    expect(
      backend.fails('settings.update', { revision: 1, holidays: ['2026-02-30'] }).message,
    ).toBe('holidays[0]: is not a real calendar date');
    backend.close();
  });
});
