import { describe, expect, it } from 'vitest';
import { sampleAdvisory, sampleRelease, tempBackend } from '../testing/tempBackend';

const embargoed = {
  ...sampleAdvisory,
  status: 'embargoed' as const,
  key: 'XSA-901',
  predisclosureAt: '2026-12-01T12:00:00Z',
  publicAt: '2026-12-15T12:00:00Z',
};

describe('embargo moves', () => {
  it('need a reason, stored with the change', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    const created = backend.ok('advisories.create', embargoed);
    const move = { id: created.id, revision: created.revision, publicAt: '2026-12-22T12:00:00Z' };
    for (const reason of [undefined, '', '   '])
      expect(backend.fails('advisories.update', { ...move, reason })).toEqual({
        code: 'invalid_input',
        message: 'reason: say why the embargo moves',
      });
    // Sending the lift unchanged (a whole form) needs none.
    backend.ok('advisories.update', { ...move, publicAt: '2026-12-15T13:00+01:00', title: 'T' });
    const after = backend.ok('advisories.get', { id: created.id });
    backend.ok('advisories.update', {
      ...move,
      revision: after.revision,
      reason: '  the discoverer presents at a conference on the 22nd ',
    });
    backend.ok('advisories.update', {
      id: created.id,
      revision: after.revision + 1,
      publicAt: '2026-12-21T09:30:00Z',
      reason: 'moved before the holidays',
    });

    const moves = backend.ok('advisories.embargoMoves', { id: created.id });
    expect(moves).toMatchObject({
      key: 'XSA-901',
      count: 2,
      firstPublicAt: '2026-12-15T12:00:00Z',
      currentPublicAt: '2026-12-21T09:30:00Z',
      netShiftHours: 141.5,
      totalShiftHours: 194.5,
    });
    expect(moves.moves.map((m) => [m.from, m.to, m.deltaHours, m.reason, m.source])).toEqual([
      [
        '2026-12-15T12:00:00Z',
        '2026-12-22T12:00:00Z',
        168,
        'the discoverer presents at a conference on the 22nd',
        'test',
      ],
      ['2026-12-22T12:00:00Z', '2026-12-21T09:30:00Z', -26.5, 'moved before the holidays', 'test'],
    ]);
    expect(backend.ok('advisories.embargoMoves', { key: 'XSA-901' })).toEqual(moves);
    expect(backend.fails('advisories.embargoMoves', { id: created.id, key: 'XSA-901' }).code).toBe(
      'invalid_input',
    );
    backend.close();
  });

  it('by import and undo record their own reason', () => {
    const backend = tempBackend();
    const xsaJson = (time: string) =>
      JSON.stringify([{ xsas: [{ xsa: 901, title: '', public_time: time }] }]);
    backend.ok('exchange.import', { content: xsaJson('2026-12-15 12:00'), fileName: 'xsa.json' });
    backend.ok('exchange.import', { content: xsaJson('2026-12-16 12:00'), fileName: 'xsa.json' });
    backend.ok('undo.undo', {});
    const { moves } = backend.ok('advisories.embargoMoves', { key: 'XSA-901' });
    expect(moves.map((m) => [m.deltaHours, m.source, m.reason])).toEqual([
      [24, 'test', 'imported from xsa.json'],
      [-24, 'undo', 'undo of "Import xsa.json"'],
    ]);
    backend.close();
  });
});

describe('history', () => {
  it("lists a release's changes field by field, milestones by kind", () => {
    const backend = tempBackend();
    const release = backend.ok('releases.create', sampleRelease);
    const milestones = release.milestones.map((m) =>
      m.kind === 'release' ? { ...m, planned: '2018-07-10' } : m,
    );
    backend.ok('releases.update', { id: release.id, revision: 1, milestones });
    const history = backend.ok('history.get', { entity: 'release', name: '4.11' });
    expect(history).toMatchObject({
      entity: 'release',
      id: release.id,
      name: '4.11',
      exists: true,
    });
    expect(history.entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(history.entries[0].fields.map((f) => f.field)).toEqual([
      'name',
      'status',
      'milestones[feature-freeze]',
      'milestones[hard-code-freeze]',
      'milestones[release]',
    ]);
    expect(history.entries[1]).toMatchObject({
      source: 'test',
      reason: null,
      fields: [
        {
          field: 'milestones[release].planned',
          before: '2018-06-01',
          after: '2018-07-10',
          confidential: false,
        },
      ],
    });
    expect(history.entries[1].who).not.toBe('');
    expect(backend.ok('history.get', { entity: 'release', id: release.id })).toEqual(history);
    backend.close();
  });

  it('keeps the history of a deleted record, apart from a newer one that got its id', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    const first = backend.ok('advisories.create', embargoed);
    backend.ok('advisories.delete', { id: first.id, revision: first.revision });
    const second = backend.ok('advisories.create', { ...embargoed, key: 'XSA-902' });
    // SQLite hands the freed id to the next advisory.
    expect(second.id).toBe(first.id);
    const old = backend.ok('history.get', { entity: 'advisory', name: 'XSA-901' });
    expect(old).toMatchObject({ name: 'XSA-901', exists: false });
    expect(old.entries.map((e) => e.action)).toEqual(['create', 'delete']);
    const current = backend.ok('history.get', { entity: 'advisory', id: second.id });
    expect(current).toMatchObject({ name: 'XSA-902', exists: true });
    expect(current.entries.map((e) => e.action)).toEqual(['create']);
    expect(backend.fails('history.get', { entity: 'advisory', name: 'XSA-999' })).toEqual({
      code: 'not_found',
      message: 'advisory XSA-999: not in the plan and not in its history',
    });
    expect(backend.fails('history.get', { entity: 'release' }).message).toMatch(
      /give either id or name/,
    );
    backend.close();
  });

  it('of the settings', () => {
    const backend = tempBackend();
    expect(backend.ok('history.get', { entity: 'settings' }).entries).toEqual([]);
    backend.ok('settings.update', { revision: 0, holidays: ['2026-12-25'] });
    const history = backend.ok('history.get', { entity: 'settings' });
    expect(history.entries[0].fields).toMatchObject([
      { field: 'holidays[2026-12-25]', before: null, after: '2026-12-25' },
    ]);
    backend.close();
  });
});
