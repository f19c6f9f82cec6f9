import { describe, expect, it } from 'vitest';
import { sampleRelease, tempBackend, tempDbFile } from '../testing/tempBackend';

describe('fast advisory entry', () => {
  it('suggests the next key, the lift, the pre-disclosure and the releases still to come', () => {
    const backend = tempBackend(); // now: Wednesday 2026-11-25 10:00 UTC
    backend.ok('releases.create', sampleRelease);
    backend.ok('releases.create', {
      name: '4.10',
      milestones: [{ kind: 'release', planned: '2017-12-05', actual: '2017-12-13' }],
    });
    backend.ok('settings.update', { revision: 0, holidays: ['2026-12-08'] });
    backend.ok('advisories.create', { key: 'XSA-263', publicAt: '2018-05-21T12:00:00Z' });
    const defaults = backend.ok('advisories.defaults', {});
    expect(defaults).toMatchObject({
      key: 'XSA-264',
      status: 'embargoed',
      // Ten working days on, over the holiday on Tuesday 8 December.
      publicAt: '2026-12-10T12:00:00Z',
      predisclosureAt: '2026-11-25T12:00:00Z',
      affects: ['4.11'],
    });
    // The defaults create an advisory as they are.
    expect(backend.ok('advisories.create', defaults).key).toBe('XSA-264');
    backend.close();
  });

  it('reads a pasted advisory mail', () => {
    const backend = tempBackend();
    const parsed = backend.ok('advisories.parsePaste', {
      text: [
        'Date: Mon, 21 May 2018 21:00:00 +0000',
        '',
        '      Xen Security Advisory CVE-2018-3639 / XSA-263',
        '                  version 3',
        '',
        '           Speculative Store Bypass',
        '',
        'UPDATES IN VERSION 3',
        '====================',
        '',
        'Public release.',
      ].join('\n'),
    });
    expect(parsed).toMatchObject({ key: 'XSA-263', version: 3, publicAt: '2018-05-21T21:00:00Z' });
    expect(backend.fails('advisories.parsePaste', { text: 'x'.repeat(2_000_001) }).message).toBe(
      'text: is longer than 2 MB',
    );
    backend.close();
  });
});

describe('import idempotence', () => {
  it('a bundle exported under embargo and imported after the lift changes nothing the second time', () => {
    const before = tempBackend();
    before.ok('releases.create', sampleRelease);
    before.ok('advisories.create', {
      key: 'XSA-901',
      title: 'Secret',
      publicAt: '2026-12-15T12:00:00Z',
      affects: ['4.11'],
    });
    const bundle = JSON.stringify(before.ok('exchange.exportBundle', { profile: 'team' }));
    before.close();

    const after = tempBackend(tempDbFile(), () => new Date('2026-12-20T00:00:00Z'));
    const first = after.ok('exchange.import', { content: bundle, fileName: 'team.json' });
    expect(first.added).toEqual(['release 4.11', 'XSA-901']);
    // The file says embargoed and nobody said otherwise: a passed lift publishes nothing.
    expect(after.ok('advisories.list', {})[0].status).toBe('embargoed');
    expect(after.ok('exchange.import', { content: bundle, fileName: 'team.json' })).toMatchObject({
      added: [],
      changed: [],
      unchanged: 2,
    });
    after.close();
  });

  it('with auto-publish on, the same bundle reads public and still changes nothing the second time', () => {
    const before = tempBackend();
    before.ok('releases.create', sampleRelease);
    before.ok('advisories.create', { key: 'XSA-901', publicAt: '2026-12-15T12:00:00Z' });
    const bundle = JSON.stringify(before.ok('exchange.exportBundle', { profile: 'team' }));
    before.close();

    const after = tempBackend(tempDbFile(), () => new Date('2026-12-20T00:00:00Z'));
    after.ok('settings.update', { revision: 0, autoPublishAtLift: true });
    const withSetting = JSON.stringify({ ...JSON.parse(bundle), settings: undefined });
    after.ok('exchange.import', { content: withSetting, fileName: 'team.json' });
    expect(after.ok('advisories.list', {})[0].status).toBe('public');
    expect(
      after.ok('exchange.import', { content: withSetting, fileName: 'team.json' }),
    ).toMatchObject({ added: [], changed: [], unchanged: 2 });
    after.close();
  });

  it('a public or pre-disclosure file cannot take back that someone marked an advisory public', () => {
    const clock = { now: new Date('2026-12-10T00:00:00Z') };
    const backend = tempBackend(tempDbFile(), () => clock.now);
    backend.ok('releases.create', sampleRelease);
    const created = backend.ok('advisories.create', {
      key: 'XSA-901',
      title: 'Secret',
      publicAt: '2026-12-15T12:00:00Z',
      affects: ['4.11'],
    });
    const stale = JSON.stringify(backend.ok('exchange.exportBundle', { profile: 'predisclosure' }));
    clock.now = new Date('2026-12-16T00:00:00Z');
    backend.ok('advisories.publish', { id: created.id, revision: created.revision });
    expect(backend.ok('exchange.import', { content: stale, fileName: 'pre.json' })).toMatchObject({
      changed: [],
    });
    expect(backend.ok('advisories.list', {})[0]).toMatchObject({
      status: 'public',
      title: 'Secret',
    });
    backend.close();
  });
});
