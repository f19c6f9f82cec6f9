import { describe, expect, it } from 'vitest';
import { lifetimes } from './lifetimes';
import { replayPlan, type StepRow } from './replayPlan';

const row = (over: Partial<StepRow>): StepRow => ({
  entity: 'advisory',
  entityId: 1,
  entityName: 'XSA-1',
  source: 'app',
  before: null,
  after: null,
  ...over,
});

describe('replay plan', () => {
  // An import that added release 4.12 and XSA-300 (affecting it) and changed XSA-1 twice.
  const rows = [
    row({ entity: 'release', entityId: 5, entityName: '4.12', after: { r: 1 } }),
    row({ entityId: 1, before: { v: 0 }, after: { v: 1 } }),
    row({ entityId: 9, entityName: 'XSA-300', after: { v: 'new' } }),
    row({ entityId: 1, before: { v: 1 }, after: { v: 2 } }),
  ];

  it('undo removes advisories before the releases they name, then writes back the first state', () => {
    expect(replayPlan(rows, 'undo').map((r) => [r.entity, r.id, r.target, r.expected])).toEqual([
      ['advisory', 9, null, { v: 'new' }],
      ['release', 5, null, { r: 1 }],
      ['advisory', 1, { v: 0 }, { v: 2 }],
    ]);
  });

  it('redo writes releases before the advisories that name them, the last state each', () => {
    const undone = [
      ...rows,
      row({ source: 'undo', entityId: 9, entityName: 'XSA-300', before: { v: 'new' } }),
      row({ source: 'undo', entity: 'release', entityId: 5, entityName: '4.12', before: { r: 1 } }),
      row({ source: 'undo', entityId: 1, before: { v: 2 }, after: { v: 0, revision: 7 } }),
    ];
    expect(replayPlan(undone, 'redo').map((r) => [r.entity, r.id, r.target, r.expected])).toEqual([
      ['release', 5, { r: 1 }, null],
      ['advisory', 1, { v: 2 }, { v: 0, revision: 7 }],
      ['advisory', 9, { v: 'new' }, null],
    ]);
  });
});

describe('lifetimes', () => {
  it('starts a new life at a create by a command, not at one by undo or redo', () => {
    const lives = lifetimes([
      { action: 'create', source: 'app', n: 1 },
      { action: 'delete', source: 'app', n: 2 },
      { action: 'create', source: 'undo', n: 3 },
      { action: 'delete', source: 'undo', n: 4 },
      { action: 'create', source: 'cli', n: 5 },
      { action: 'update', source: 'app', n: 6 },
    ] as const);
    expect(lives.map((life) => life.map((r) => r.n))).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ]);
  });
});
