import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listChanges } from '../store/changeLog';
import { openDatabase } from '../store/openDatabase';
import { sampleRelease, tempBackend, tempDbFile } from '../testing/tempBackend';

describe('release handlers on a real database', () => {
  it('creates, reads, updates and deletes a release with its milestones', () => {
    const backend = tempBackend();
    const created = backend.ok('releases.create', sampleRelease);
    expect(created).toMatchObject({ name: '4.11', status: 'planned', revision: 1 });
    expect(created.milestones.map((m) => m.kind)).toEqual([
      'feature-freeze',
      'hard-code-freeze',
      'release',
    ]);

    const milestones = created.milestones.map((m) =>
      m.kind === 'release' ? { ...m, planned: '2018-07-10' } : m,
    );
    const updated = backend.ok('releases.update', { id: created.id, revision: 1, milestones });
    expect(updated.revision).toBe(2);
    // Milestones sent with their id keep it (calendars rely on that identity).
    expect(updated.milestones.map((m) => m.id)).toEqual(created.milestones.map((m) => m.id));
    expect(updated.milestones[2].planned).toBe('2018-07-10');

    expect(backend.ok('releases.list', {})).toHaveLength(1);
    backend.ok('releases.delete', { id: created.id, revision: 2 });
    expect(backend.ok('releases.list', {})).toEqual([]);
    backend.close();
  });

  it('marks a release released when its release milestone has an actual date', () => {
    const backend = tempBackend();
    const created = backend.ok('releases.create', {
      name: '4.10',
      milestones: [{ kind: 'release', planned: '2017-12-05', actual: '2017-12-13' }],
    });
    expect(created.status).toBe('released');
    backend.close();
  });

  it('refuses a stale revision with conflict and writes nothing', () => {
    const backend = tempBackend();
    const created = backend.ok('releases.create', sampleRelease);
    backend.ok('releases.update', { id: created.id, revision: 1, name: '4.11.0' });
    const error = backend.fails('releases.update', { id: created.id, revision: 1, name: 'stale' });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^revision: release 4\.11\.0 was changed elsewhere/);
    expect(backend.fails('releases.delete', { id: created.id, revision: 1 }).code).toBe('conflict');
    expect(backend.ok('releases.get', { id: created.id }).name).toBe('4.11.0');
    backend.close();
  });

  it('refuses a duplicate name and a bad date, naming the field, and writes nothing', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    expect(backend.fails('releases.create', sampleRelease)).toEqual({
      code: 'duplicate',
      message: 'name: a release named 4.11 already exists',
    });
    expect(
      backend.fails('releases.create', {
        name: '4.12',
        milestones: [{ kind: 'release', planned: '2018-02-30' }],
      }),
    ).toEqual({
      code: 'invalid_input',
      message: 'milestones[0].planned: is not a real calendar date',
    });
    expect(backend.ok('releases.list', {})).toHaveLength(1);
    backend.close();
  });

  it('returns not_found for a missing id and unknown_call for an unknown call', () => {
    const backend = tempBackend();
    expect(backend.fails('releases.get', { id: 99 }).code).toBe('not_found');
    expect(backend.fails('releases.explode', {})).toEqual({
      code: 'unknown_call',
      message: 'Unknown call "releases.explode"',
    });
    expect(backend.fails('releases.get', { id: 'one' }).message).toMatch(/^id: /);
    backend.close();
  });

  it('records every write in the change log with who, when, before and after', () => {
    const file = tempDbFile();
    const backend = tempBackend(file);
    const created = backend.ok('releases.create', sampleRelease);
    backend.ok('releases.update', { id: created.id, revision: 1, name: '4.11.0' });
    backend.close();
    const db = openDatabase(file, { create: true });
    const changes = listChanges(db, 'release', created.id);
    db.close();
    expect(changes.map((c) => c.action)).toEqual(['create', 'update']);
    expect(changes[1]).toMatchObject({
      entityName: '4.11.0',
      source: 'test',
      before: { name: '4.11' },
      after: { name: '4.11.0' },
    });
    expect(changes[1].osUser).not.toBe('');
    expect(Date.parse(changes[1].at)).not.toBeNaN();
  });
});

describe('release blockers', () => {
  const blocker = {
    title: 'Credit-to-vcpu regression',
    kind: 'bug',
    openedOn: '2018-05-20',
    expectedOn: '2018-06-10',
  };

  it('are added, resolved and removed as part of the release, each one undo step', () => {
    const backend = tempBackend();
    const created = backend.ok('releases.create', { ...sampleRelease, blockers: [blocker] });
    expect(created.blockers).toMatchObject([{ ...blocker, resolvedOn: null }]);
    const id = created.blockers[0].id;

    const resolved = backend.ok('releases.update', {
      id: created.id,
      revision: created.revision,
      blockers: [{ ...created.blockers[0], resolvedOn: '2018-06-08' }],
    });
    // A blocker sent with its id keeps it.
    expect(resolved.blockers[0]).toMatchObject({ id, resolvedOn: '2018-06-08' });
    // An update that does not mention blockers leaves them alone.
    const renamed = backend.ok('releases.update', {
      id: created.id,
      revision: resolved.revision,
      name: '4.11.0',
    });
    expect(renamed.blockers).toEqual(resolved.blockers);

    const history = backend.ok('history.get', { entity: 'release', id: created.id });
    const fields = history.entries.flatMap((e) => e.fields.map((f) => f.field));
    expect(fields).toContain('blockers["Credit-to-vcpu regression"].resolvedOn');

    backend.ok('undo.undo', {});
    backend.ok('undo.undo', {});
    expect(backend.ok('releases.get', { id: created.id }).blockers[0]).toMatchObject({
      id,
      resolvedOn: null,
    });
    backend.close();
  });

  it('refuses a blocker resolved before it was opened, naming the field, and writes nothing', () => {
    const backend = tempBackend();
    const created = backend.ok('releases.create', sampleRelease);
    const error = backend.fails('releases.update', {
      id: created.id,
      revision: created.revision,
      blockers: [{ ...blocker, resolvedOn: '2018-05-01' }],
    });
    expect(error).toEqual({
      code: 'invalid_input',
      message: 'blockers[0].resolvedOn: is before the day it was opened (2018-05-20)',
    });
    expect(
      backend.fails('releases.create', {
        ...sampleRelease,
        name: 'x',
        blockers: [{ ...blocker, kind: 'flaky' }],
      }).message,
    ).toMatch(/^blockers\[0\]\.kind: is not a blocker kind \(got "flaky"/);
    expect(backend.ok('releases.get', { id: created.id }).blockers).toEqual([]);
    backend.close();
  });
});

describe('a point release applied from POINT_RELEASE', () => {
  it('moves the late fixes into it in one undo step, so they no longer hold the release', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    const late = backend.ok('advisories.create', {
      key: 'XSA-264',
      publicAt: '2018-06-27T12:00:00Z',
      affects: ['4.11'],
    });
    const created = backend.ok('releases.createPointRelease', {
      from: '4.11',
      name: '4.11.1',
      date: '2018-07-03',
      advisories: ['XSA-264'],
      reason: 'Applied suggestion POINT_RELEASE for 4.11',
    });
    expect(created.milestones).toMatchObject([{ kind: 'release', planned: '2018-07-03' }]);
    expect(backend.ok('advisories.get', { id: late.id }).affects).toEqual(['4.11.1']);
    const history = backend.ok('history.get', { entity: 'advisory', id: late.id });
    expect(history.entries.at(-1)!.reason).toBe('Applied suggestion POINT_RELEASE for 4.11');

    // One step: undo takes back the release and the move together.
    backend.ok('undo.undo', {});
    expect(backend.ok('releases.list', {}).map((r) => r.name)).toEqual(['4.11']);
    expect(backend.ok('advisories.get', { id: late.id }).affects).toEqual(['4.11']);
    backend.close();
  });

  it('re-plans an overdue release on the day it keeps, and refuses what does not exist', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    backend.ok('releases.createPointRelease', {
      from: '4.11',
      name: '4.11.1',
      date: '2018-07-03',
      advisories: [],
      releaseOn: '2018-06-14',
    });
    const release = backend.ok('releases.list', {}).find((r) => r.name === '4.11')!;
    expect(release.milestones.find((m) => m.kind === 'release')!.planned).toBe('2018-06-14');
    expect(
      backend.fails('releases.createPointRelease', {
        from: '9.9',
        name: '9.9.1',
        date: '2018-07-03',
        advisories: [],
      }),
    ).toEqual({ code: 'not_found', message: 'from: no release named 9.9' });
    expect(
      backend.fails('releases.createPointRelease', {
        from: '4.11',
        name: '4.11.2',
        date: '2018-07-03',
        advisories: ['XSA-999'],
      }),
    ).toEqual({ code: 'not_found', message: 'advisories[0]: no advisory XSA-999' });
    // Refused as a whole: no 4.11.2 was left behind.
    expect(backend.ok('releases.list', {}).map((r) => r.name)).toEqual(['4.11', '4.11.1']);
    backend.close();
  });
});

describe('the change log and undo steps', () => {
  it('are dated by the injected clock, not the machine’s', () => {
    const file = tempDbFile();
    const backend = tempBackend(file, () => new Date('2018-06-14T09:30:00Z'));
    const created = backend.ok('releases.create', sampleRelease);
    const history = backend.ok('history.get', { entity: 'release', id: created.id });
    expect(history.entries.map((e) => e.at)).toEqual(['2018-06-14T09:30:00.000Z']);
    backend.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT created_at FROM steps').all()).toEqual([
      { created_at: '2018-06-14T09:30:00.000Z' },
    ]);
    db.close();
  });
});
