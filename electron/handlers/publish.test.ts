import { describe, expect, it } from 'vitest';
import { sampleAdvisory, sampleRelease, tempBackend, tempDbFile } from '../testing/tempBackend';

// An embargo becomes public only when someone says so: the lift time
// passing proves nothing (the embargo may have been postponed and nobody
// updated the plan), so a passed lift keeps it embargoed in every export.

const embargoed = {
  ...sampleAdvisory,
  status: 'embargoed' as const,
  key: 'XSA-901',
  title: 'Secret title',
  cves: ['CVE-2026-41001'],
  predisclosureAt: '2026-12-01T12:00:00Z',
  publicAt: '2026-12-15T12:00:00Z',
};

function atLift() {
  const clock = { now: new Date('2026-12-15T11:59:00Z') };
  const backend = tempBackend(tempDbFile(), () => clock.now);
  backend.ok('releases.create', sampleRelease);
  const created = backend.ok('advisories.create', embargoed);
  clock.now = new Date('2026-12-16T09:00:00Z');
  return { backend, clock, created };
}

describe('an embargo whose lift has passed', () => {
  it('stays embargoed through reads, writes and every export until someone marks it public', () => {
    const { backend, created } = atLift();
    backend.ok('releases.create', { name: '4.12' });
    const stored = backend.ok('advisories.get', { id: created.id });
    expect(stored).toMatchObject({ status: 'embargoed', revision: created.revision });
    const bundle = backend.ok('exchange.exportBundle', { profile: 'public' });
    const calendar = backend.ok('calendars.exportIcs', { profile: 'public' }).content;
    const mail = backend.ok('calendars.scheduleMail', { release: '4.11', profile: 'public' }).text;
    for (const text of [JSON.stringify(bundle), calendar, mail]) {
      expect(text).not.toContain('XSA-901');
      expect(text).not.toContain('Secret title');
      expect(text).not.toContain('CVE-2026-41001');
    }
    const predisclosure = backend.ok('exchange.exportBundle', { profile: 'predisclosure' });
    expect(predisclosure.advisories).toEqual([
      expect.objectContaining({ key: 'XSA-901', status: 'embargoed', title: '', cves: [] }),
    ]);
    // A create with a lift already past is not published either.
    const late = backend.ok('advisories.create', { ...embargoed, key: 'XSA-902' });
    expect(late.status).toBe('embargoed');
    backend.close();
  });

  it('is marked public in one undoable step, logged with the reason', () => {
    const { backend, created } = atLift();
    const published = backend.ok('advisories.publish', {
      id: created.id,
      revision: created.revision,
    });
    expect(published).toMatchObject({ status: 'public', revision: created.revision + 1 });
    expect(backend.ok('undo.state', {}).undoLabel).toBe('Mark XSA-901 public');
    const history = backend.ok('history.get', { entity: 'advisory', id: created.id });
    expect(history.entries.at(-1)).toMatchObject({
      reason: 'marked public',
      fields: [{ field: 'status', before: 'embargoed', after: 'public' }],
    });
    const bundle = backend.ok('exchange.exportBundle', { profile: 'public' });
    expect(bundle.advisories).toEqual([
      expect.objectContaining({ key: 'XSA-901', title: 'Secret title', status: 'public' }),
    ]);
    backend.ok('undo.undo', {});
    expect(backend.ok('advisories.get', { id: created.id }).status).toBe('embargoed');
    backend.close();
  });

  it('refuses what would publish by mistake, naming why, and changes nothing', () => {
    const clock = { now: new Date('2026-12-10T09:00:00Z') };
    const backend = tempBackend(tempDbFile(), () => clock.now);
    backend.ok('releases.create', sampleRelease);
    const created = backend.ok('advisories.create', embargoed);
    const call = { id: created.id, revision: created.revision };
    expect(backend.fails('advisories.publish', call)).toEqual({
      code: 'invalid_input',
      message:
        'publicAt: the XSA-901 embargo lifts 2026-12-15 12:00 UTC, still ahead; marking it public now publishes it early',
    });
    expect(backend.ok('advisories.get', { id: created.id }).status).toBe('embargoed');
    expect(backend.fails('advisories.publish', { ...call, revision: 99 }).code).toBe('conflict');
    expect(backend.fails('advisories.publish', { id: 999, revision: 1 }).code).toBe('not_found');
    // Broken early on purpose: said so explicitly.
    const early = backend.ok('advisories.publish', { ...call, beforeLift: true });
    expect(early.status).toBe('public');
    expect(
      backend.fails('advisories.publish', { id: created.id, revision: early.revision }),
    ).toEqual({ code: 'invalid_input', message: 'status: XSA-901 is already public' });
    const withdrawn = backend.ok('advisories.update', {
      id: created.id,
      revision: early.revision,
      status: 'withdrawn',
    });
    expect(
      backend.fails('advisories.publish', { id: created.id, revision: withdrawn.revision }),
    ).toEqual({
      code: 'invalid_input',
      message: 'status: XSA-901 is withdrawn; edit it to make it public again',
    });
    backend.close();
  });
});

describe('with "make public automatically at the lift time" on', () => {
  it('reads public from the lift on, stores it at the next write with the reason, and undo keeps it', () => {
    const clock = { now: new Date('2026-12-15T11:00:00Z') };
    const backend = tempBackend(tempDbFile(), () => clock.now);
    backend.ok('releases.create', sampleRelease);
    const created = backend.ok('advisories.create', embargoed);
    const settings = backend.ok('settings.get', {});
    expect(settings.autoPublishAtLift).toBe(false);
    backend.ok('settings.update', { revision: settings.revision, autoPublishAtLift: true });
    expect(backend.ok('advisories.get', { id: created.id }).status).toBe('embargoed');

    clock.now = new Date('2026-12-15T12:00:00Z');
    expect(backend.ok('advisories.get', { id: created.id }).status).toBe('public');
    expect(backend.ok('plan.get', {}).advisories[0].status).toBe('public');
    const bundle = backend.ok('exchange.exportBundle', { profile: 'public' });
    expect(bundle.advisories).toEqual([expect.objectContaining({ key: 'XSA-901' })]);

    backend.ok('releases.create', { name: '4.12' });
    const history = backend.ok('history.get', { entity: 'advisory', id: created.id });
    expect(history.entries.at(-1)).toMatchObject({
      stepId: null,
      reason: 'made public automatically at its lift, 2026-12-15T12:00:00Z',
      fields: [{ field: 'status', before: 'embargoed', after: 'public' }],
    });
    // Not a new revision: a form opened before the lift still saves.
    const stored = backend.ok('advisories.get', { id: created.id });
    expect(stored.revision).toBe(created.revision);
    backend.ok('advisories.update', { id: created.id, revision: created.revision, notes: 'n' });
    // Undoing "Add release 4.12" does not hand the embargo back.
    backend.ok('undo.undo', {});
    backend.ok('undo.undo', {});
    expect(backend.ok('advisories.get', { id: created.id }).status).toBe('public');
    backend.close();
  });
});
