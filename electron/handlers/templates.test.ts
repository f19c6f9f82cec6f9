import { describe, expect, it } from 'vitest';
import { sampleRelease, tempBackend } from '../testing/tempBackend';

const QUARTERLY = {
  name: 'Quarterly',
  milestones: [
    { kind: 'feature-freeze', offsetDays: -28 },
    { kind: 'rc', label: 'RC1', offsetDays: -14 },
    { kind: 'release', offsetDays: 0 },
  ],
};

describe('release templates', () => {
  it('lists the shipped templates first, then the users’ by name', () => {
    const backend = tempBackend();
    backend.ok('templates.create', QUARTERLY);
    backend.ok('templates.create', { name: 'Monthly', milestones: [] });
    const list = backend.ok('templates.list', {});
    expect(list.map((t) => [t.name, t.shipped, t.id === null])).toEqual([
      ['Xen 4.16 style', true, true],
      ['Custom', true, true],
      ['Monthly', false, false],
      ['Quarterly', false, false],
    ]);
    expect(list[3].milestones[1]).toEqual({ kind: 'rc', label: 'RC1', offsetDays: -14 });
    backend.close();
  });

  it('updates and deletes with revision checks, and writes no undo step', () => {
    const backend = tempBackend();
    const created = backend.ok('templates.create', QUARTERLY);
    expect(created).toMatchObject({ revision: 1, shipped: false });
    const renamed = backend.ok('templates.update', { id: created.id, revision: 1, name: 'Q' });
    expect(renamed).toMatchObject({ name: 'Q', revision: 2 });
    expect(renamed.milestones).toEqual(created.milestones);
    expect(
      backend.fails('templates.update', { id: created.id, revision: 1, name: 'stale' }),
    ).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^revision: template Q/) });
    expect(backend.fails('templates.delete', { id: created.id, revision: 1 }).code).toBe(
      'conflict',
    );
    backend.ok('templates.delete', { id: created.id, revision: 2 });
    expect(backend.ok('templates.list', {})).toHaveLength(2);
    expect(backend.fails('templates.delete', { id: created.id, revision: 2 }).code).toBe(
      'not_found',
    );
    // Templates are tools, not plan data: nothing to undo.
    expect(backend.ok('undo.state', {})).toMatchObject({ canUndo: false });
    backend.close();
  });

  it('refuses duplicate and shipped names, ignoring case, and a release off its target', () => {
    const backend = tempBackend();
    backend.ok('templates.create', QUARTERLY);
    expect(backend.fails('templates.create', { ...QUARTERLY, name: 'quarterly' })).toEqual({
      code: 'duplicate',
      message: 'name: a template named quarterly already exists',
    });
    expect(backend.fails('templates.create', { name: 'xen 4.16 STYLE', milestones: [] })).toEqual({
      code: 'duplicate',
      message: "name: xen 4.16 STYLE is a shipped template's name",
    });
    expect(
      backend.fails('templates.create', {
        name: 'Late',
        milestones: [{ kind: 'release', offsetDays: -3 }],
      }),
    ).toEqual({
      code: 'invalid_input',
      message: 'milestones[0].offsetDays: the release is the target date; its offset is 0',
    });
    expect(
      backend.fails('templates.create', {
        name: 'Twice',
        milestones: [
          { kind: 'release', offsetDays: 0 },
          { kind: 'release', offsetDays: 0 },
        ],
      }).message,
    ).toBe('milestones[1].kind: a template has one release milestone (the target date)');
    expect(
      backend.fails('templates.create', {
        name: 'After',
        milestones: [{ kind: 'rc', offsetDays: 3 }],
      }).message,
    ).toBe('milestones[0].offsetDays: must be on or before the release (0 or less)');
    expect(backend.ok('templates.list', {})).toHaveLength(3);
    backend.close();
  });
});

describe('releases.createFromTemplate', () => {
  it('fills every milestone of the Xen 4.16 template back from the release date, in one step', () => {
    const backend = tempBackend();
    const release = backend.ok('releases.createFromTemplate', {
      name: '4.22',
      template: 'Xen 4.16 style',
      releaseDate: '2026-03-03',
    });
    expect(release.milestones.map((m) => [m.kind, m.planned, m.actual, m.baseline])).toEqual([
      ['last-posting', '2025-12-19', null, null],
      ['feature-freeze', '2026-01-09', null, null],
      ['code-freeze', '2026-01-30', null, null],
      ['hard-code-freeze', '2026-02-13', null, null],
      ['branch', '2026-02-17', null, null],
      ['release', '2026-03-03', null, null],
    ]);
    expect(backend.ok('undo.state', {})).toMatchObject({
      canUndo: true,
      undoLabel: 'Add release 4.22 from template Xen 4.16 style',
    });
    backend.ok('undo.undo', {});
    expect(backend.ok('releases.list', {})).toEqual([]);
    backend.close();
  });

  it('moves a freeze off a holiday to the working day before, and takes user templates', () => {
    const backend = tempBackend();
    const settings = backend.ok('settings.get', {});
    backend.ok('settings.update', { revision: settings.revision, holidays: ['2026-01-30'] });
    const xen = backend.ok('releases.createFromTemplate', {
      name: '4.22',
      template: 'xen 4.16 style',
      releaseDate: '2026-03-03',
    });
    expect(xen.milestones.find((m) => m.kind === 'code-freeze')?.planned).toBe('2026-01-29');

    backend.ok('templates.create', QUARTERLY);
    const quarterly = backend.ok('releases.createFromTemplate', {
      name: '5.0',
      template: 'Quarterly',
      releaseDate: '2026-06-02',
    });
    expect(quarterly.milestones.map((m) => [m.kind, m.label, m.planned])).toEqual([
      ['feature-freeze', null, '2026-05-05'],
      ['rc', 'RC1', '2026-05-19'],
      ['release', null, '2026-06-02'],
    ]);
    const custom = backend.ok('releases.createFromTemplate', {
      name: '5.1',
      template: 'Custom',
      releaseDate: '2026-09-01',
    });
    expect(custom.milestones.map((m) => [m.kind, m.planned])).toEqual([['release', '2026-09-01']]);
    backend.close();
  });

  it('refuses an unknown template, a taken name and a date that is not one', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    const input = { name: '4.22', template: 'Xen 4.16 style', releaseDate: '2026-03-03' };
    expect(backend.fails('releases.createFromTemplate', { ...input, template: 'Nope' })).toEqual({
      code: 'not_found',
      message: 'template: no release template named Nope',
    });
    expect(backend.fails('releases.createFromTemplate', { ...input, name: '4.11' }).code).toBe(
      'duplicate',
    );
    expect(
      backend.fails('releases.createFromTemplate', { ...input, releaseDate: '2026-02-30' }),
    ).toEqual({ code: 'invalid_input', message: 'releaseDate: is not a real calendar date' });
    expect(
      backend.fails('releases.createFromTemplate', { ...input, releaseDate: '1970-01-06' }),
    ).toEqual({
      code: 'invalid_input',
      message:
        'releaseDate: Xen 4.16 style would put the last posting date on 1969-10-24, before 1970',
    });
    expect(backend.ok('releases.list', {})).toHaveLength(1);
    backend.close();
  });
});

describe('releases.commitBaseline', () => {
  it('keeps the plan as the baseline in one change, and later slips read against it', () => {
    const backend = tempBackend();
    const created = backend.ok('releases.create', sampleRelease);
    const committed = backend.ok('releases.commitBaseline', { id: created.id, revision: 1 });
    expect(committed.revision).toBe(2);
    expect(committed.milestones.map((m) => m.baseline)).toEqual(
      created.milestones.map((m) => m.planned),
    );
    expect(committed.milestones.map((m) => m.id)).toEqual(created.milestones.map((m) => m.id));
    expect(backend.ok('undo.state', {})).toMatchObject({
      undoLabel: 'Commit baseline of release 4.11',
    });
    const history = () => backend.ok('history.get', { entity: 'release', name: '4.11' }).entries;
    expect(history()).toHaveLength(2);

    // Committing again changes nothing and adds no step.
    const again = backend.ok('releases.commitBaseline', { id: created.id, revision: 2 });
    expect(again.revision).toBe(2);
    expect(history()).toHaveLength(2);

    // An ordinary edit keeps the baseline it is sent with.
    const moved = backend.ok('releases.update', {
      id: created.id,
      revision: 2,
      milestones: committed.milestones.map((m) =>
        m.kind === 'release' ? { ...m, planned: '2018-07-10' } : m,
      ),
    });
    expect(moved.milestones[2]).toMatchObject({ planned: '2018-07-10', baseline: '2018-06-01' });
    backend.close();
  });

  it('refuses a stale revision and an unknown release', () => {
    const backend = tempBackend();
    const created = backend.ok('releases.create', sampleRelease);
    backend.ok('releases.update', { id: created.id, revision: 1, name: '4.11.0' });
    expect(backend.fails('releases.commitBaseline', { id: created.id, revision: 1 }).code).toBe(
      'conflict',
    );
    expect(backend.fails('releases.commitBaseline', { id: 99, revision: 1 })).toEqual({
      code: 'not_found',
      message: 'id: no release with id 99',
    });
    expect(backend.ok('releases.get', { id: created.id }).milestones[0].baseline).toBeNull();
    backend.close();
  });
});
