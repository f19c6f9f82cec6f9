import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listChanges } from '../store/changeLog';
import { openDatabase } from '../store/openDatabase';
import {
  sampleAdvisory,
  sampleRelease,
  tempBackend,
  tempDbFile,
  type TestBackend,
} from '../testing/tempBackend';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../examples/xen-4.11.bundle.json'), 'utf8');

/** An advisory still under embargo at the test's "now" (2026-11-25). */
const embargoed = {
  ...sampleAdvisory,
  status: 'embargoed' as const,
  key: 'XSA-901',
  predisclosureAt: '2026-12-01T12:00:00Z',
  publicAt: '2026-12-15T12:00:00Z',
};

function plan(backend: TestBackend) {
  const { releases, advisories } = backend.ok('plan.get', {});
  return { releases, advisories };
}

describe('undo and redo', () => {
  it('undoes and redoes an edit, a create and a delete, keeping ids', () => {
    const backend = tempBackend();
    const release = backend.ok('releases.create', sampleRelease);
    const created = backend.ok('advisories.create', embargoed);
    const moved = backend.ok('advisories.update', {
      id: created.id,
      revision: created.revision,
      publicAt: '2026-12-22T12:00:00Z',
      reason: 'vendor asked for a week',
    });
    backend.ok('advisories.delete', { id: moved.id, revision: moved.revision });
    expect(backend.ok('undo.state', {})).toMatchObject({
      canUndo: true,
      canRedo: false,
      undoLabel: 'Delete XSA-901',
      undoCount: 4,
    });

    const undone = backend.ok('undo.undo', {});
    expect(undone).toMatchObject({
      label: 'Delete XSA-901',
      changed: [{ entity: 'advisory', id: created.id, name: 'XSA-901', action: 'create' }],
      state: { undoLabel: 'Move XSA-901 lift', redoLabel: 'Delete XSA-901', redoCount: 1 },
    });
    const back = backend.ok('advisories.get', { id: created.id });
    // Same record, same follow-up rows; a new revision, so stale forms still conflict.
    expect({ ...back, revision: 0 }).toEqual({ ...moved, revision: 0 });
    expect(back.followUps[0].id).toBe(created.followUps[0].id);
    expect(back.revision).toBeGreaterThan(moved.revision);

    backend.ok('undo.undo', {});
    expect(backend.ok('advisories.get', { id: created.id }).publicAt).toBe('2026-12-15T12:00:00Z');
    backend.ok('undo.undo', {});
    expect(backend.ok('advisories.list', {})).toEqual([]);
    expect(backend.ok('undo.state', {})).toMatchObject({
      undoLabel: 'Add release 4.11',
      redoLabel: 'Add XSA-901',
      redoCount: 3,
    });

    backend.ok('undo.redo', {});
    backend.ok('undo.redo', {});
    const redone = backend.ok('advisories.get', { id: created.id });
    expect(redone.publicAt).toBe('2026-12-22T12:00:00Z');
    expect(redone.followUps.map((f) => f.id)).toEqual(created.followUps.map((f) => f.id));
    backend.ok('undo.redo', {});
    expect(backend.fails('advisories.get', { id: created.id }).code).toBe('not_found');
    expect(backend.fails('undo.redo', {})).toEqual({
      code: 'not_found',
      message: 'nothing to redo',
    });
    expect(backend.ok('releases.get', { id: release.id }).name).toBe('4.11');
    backend.close();
  });

  it('logs undo and redo in the change log under the step, with their reason', () => {
    const file = tempDbFile();
    const backend = tempBackend(file);
    const release = backend.ok('releases.create', sampleRelease);
    backend.ok('releases.update', { id: release.id, revision: 1, name: '4.11.0' });
    const { stepId } = backend.ok('undo.undo', {});
    backend.ok('undo.redo', { stepId });
    backend.close();
    const db = openDatabase(file, { create: true });
    const rows = listChanges(db, 'release', release.id);
    db.close();
    expect(rows.map((r) => [r.source, r.action, r.stepId === stepId, r.reason])).toEqual([
      ['test', 'create', false, null],
      ['test', 'update', true, null],
      ['undo', 'update', true, 'undo of "Rename release 4.11 to 4.11.0"'],
      ['redo', 'update', true, 'redo of "Rename release 4.11 to 4.11.0"'],
    ]);
    expect(rows[2].after).toMatchObject({ name: '4.11' });
  });

  it('is still there after a restart', () => {
    const file = tempDbFile();
    let backend = tempBackend(file);
    const release = backend.ok('releases.create', sampleRelease);
    backend.ok('releases.update', { id: release.id, revision: 1, name: '4.11.0' });
    backend.ok('releases.update', { id: release.id, revision: 2, name: '4.11.1' });
    backend.close();

    backend = tempBackend(file);
    expect(backend.ok('undo.state', {})).toMatchObject({
      undoCount: 3,
      undoLabel: 'Rename release 4.11.0 to 4.11.1',
    });
    backend.ok('undo.undo', {});
    backend.ok('undo.undo', {});
    backend.close();

    backend = tempBackend(file);
    expect(backend.ok('releases.get', { id: release.id }).name).toBe('4.11');
    expect(backend.ok('undo.state', {})).toMatchObject({ undoCount: 1, redoCount: 2 });
    backend.ok('undo.redo', {});
    expect(backend.ok('releases.get', { id: release.id }).name).toBe('4.11.0');
    backend.close();
  });

  it('keeps the last 50 steps', () => {
    const backend = tempBackend();
    let release = backend.ok('releases.create', { name: 'r0' });
    for (let i = 1; i <= 55; i++)
      release = backend.ok('releases.update', {
        id: release.id,
        revision: release.revision,
        name: `r${i}`,
      });
    expect(backend.ok('undo.state', {})).toMatchObject({
      undoCount: 50,
      undoLabel: 'Rename release r54 to r55',
    });
    for (let i = 0; i < 50; i++) backend.ok('undo.undo', {});
    expect(backend.ok('releases.get', { id: release.id }).name).toBe('r5');
    expect(backend.fails('undo.undo', {})).toEqual({
      code: 'not_found',
      message: 'nothing to undo',
    });
    expect(backend.ok('undo.state', {})).toMatchObject({
      canUndo: false,
      canRedo: true,
      redoCount: 50,
    });
    backend.close();
  });

  it('drops the redo branch at the next write, but not at a write that changes nothing', () => {
    const backend = tempBackend();
    const release = backend.ok('releases.create', sampleRelease);
    backend.ok('releases.update', { id: release.id, revision: 1, name: '4.11.0' });
    backend.ok('undo.undo', {});
    // A preview, a refused write and an import with nothing new leave undo alone.
    backend.ok('exchange.import', { content: SAMPLE, fileName: 'x.json', preview: true });
    backend.fails('releases.create', sampleRelease);
    expect(backend.ok('undo.state', {})).toMatchObject({ canRedo: true, undoCount: 1 });
    backend.ok('releases.create', { name: '4.12' });
    expect(backend.ok('undo.state', {})).toMatchObject({
      canRedo: false,
      undoLabel: 'Add release 4.12',
      undoCount: 2,
    });
    backend.close();
  });

  it('undoes a whole import in one step, and redoes it with the same ids', () => {
    const backend = tempBackend();
    backend.ok('exchange.import', { content: SAMPLE, fileName: '/tmp/some/xen-4.11.bundle.json' });
    const imported = plan(backend);
    expect(backend.ok('undo.state', {}).undoLabel).toBe('Import xen-4.11.bundle.json');
    backend.ok('undo.undo', {});
    expect(plan(backend)).toEqual({ releases: [], advisories: [] });
    backend.ok('undo.redo', {});
    const redone = plan(backend);
    const withoutRevisions = (p: typeof imported) =>
      JSON.stringify(p, (key, value: unknown) => (key === 'revision' ? undefined : value));
    expect(withoutRevisions(redone)).toBe(withoutRevisions(imported));
    // An import with nothing new is no step.
    backend.ok('exchange.import', { content: SAMPLE, fileName: 'again.json' });
    expect(backend.ok('undo.state', {}).undoCount).toBe(1);
    backend.close();
  });

  it('puts back a deleted release with its milestone ids and the advisories that named it', () => {
    const backend = tempBackend();
    const release = backend.ok('releases.create', sampleRelease);
    const advisory = backend.ok('advisories.create', embargoed);
    backend.ok('releases.delete', { id: release.id, revision: release.revision });
    expect(backend.ok('advisories.get', { id: advisory.id }).affects).toEqual([]);
    expect(backend.ok('undo.state', {}).undoLabel).toBe('Delete release 4.11 (and 1 more change)');
    backend.ok('undo.undo', {});
    const back = backend.ok('releases.get', { id: release.id });
    expect(back.milestones).toEqual(release.milestones);
    expect(backend.ok('advisories.get', { id: advisory.id }).affects).toEqual(['4.11']);
    backend.ok('undo.redo', {});
    expect(backend.ok('advisories.get', { id: advisory.id }).affects).toEqual([]);
    expect(backend.fails('releases.get', { id: release.id }).code).toBe('not_found');
    backend.close();
  });

  it('undoes settings', () => {
    const backend = tempBackend();
    backend.ok('settings.update', { revision: 0, holidays: ['2026-12-25'] });
    backend.ok('settings.update', { revision: 1, warnWindowDays: 7 });
    backend.ok('undo.undo', {});
    expect(backend.ok('settings.get', {})).toMatchObject({
      warnWindowDays: 14,
      holidays: ['2026-12-25'],
    });
    backend.ok('undo.undo', {});
    expect(backend.ok('settings.get', {}).holidays).toEqual([]);
    backend.ok('undo.redo', {});
    expect(backend.ok('settings.get', {}).holidays).toEqual(['2026-12-25']);
    backend.close();
  });
});

describe('undo conflicts', () => {
  it('refuses, changing nothing, when a record was changed since by a write undo does not know', () => {
    const file = tempDbFile();
    const backend = tempBackend(file);
    const release = backend.ok('releases.create', sampleRelease);
    backend.ok('releases.update', { id: release.id, revision: 1, name: '4.11.0' });
    // An older planner, or a hand edit, writes without undo steps.
    const other = openDatabase(file, { create: true });
    other.prepare("UPDATE releases SET name = 'hand-edited', revision = revision + 1").run();
    other.close();
    expect(backend.fails('undo.undo', {})).toEqual({
      code: 'conflict',
      message:
        '"Rename release 4.11 to 4.11.0" cannot be undone: release hand-edited was changed since by a write undo does not know about; nothing was changed',
    });
    expect(backend.ok('releases.get', { id: release.id }).name).toBe('hand-edited');
    expect(backend.ok('undo.state', {})).toMatchObject({ canRedo: false, undoCount: 2 });
    backend.close();
  });

  it('refuses when the step shown is no longer the one to undo', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    const shown = backend.ok('undo.state', {});
    backend.ok('releases.create', { name: '4.12' }); // from another window
    expect(backend.fails('undo.undo', { stepId: shown.undoStepId })).toEqual({
      code: 'conflict',
      message:
        'stepId: the step to undo is now "Add release 4.12" (another window or the command line wrote since); nothing was changed',
    });
    expect(backend.ok('releases.list', {})).toHaveLength(2);
    backend.close();
  });

  it('refuses to put back a record whose name was taken since', () => {
    const file = tempDbFile();
    const backend = tempBackend(file);
    const release = backend.ok('releases.create', sampleRelease);
    backend.ok('releases.delete', { id: release.id, revision: 1 });
    const other = openDatabase(file, { create: true });
    other.prepare("INSERT INTO releases (id, name, status) VALUES (99, '4.11', 'planned')").run();
    other.close();
    const error = backend.fails('undo.undo', {});
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^release 4\.11 cannot be put back: its name/);
    backend.close();
  });
});
