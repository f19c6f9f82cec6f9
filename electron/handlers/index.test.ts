import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract/calls';
import { openDatabase } from '../store/openDatabase';
import { tempDbFile } from '../testing/tempBackend';
import { assembleHandlers, createHandlers } from './index';

// An object spread would merge the handler tables silently: a second handler
// for a call would replace the first. The assembly refuses instead.

const handler = () => undefined;

/** A stand-in handler for every call of the contract, one table per prefix, as handlers/ files them. */
function tablesByPrefix(): Map<string, Record<string, unknown>> {
  const tables = new Map<string, Record<string, unknown>>();
  for (const name of Object.keys(contract)) {
    const prefix = name.split('.')[0];
    tables.set(prefix, { ...tables.get(prefix), [name]: handler });
  }
  return tables;
}

/** Every table but those of `prefixes`. */
function tablesWithout(...prefixes: string[]): Record<string, unknown>[] {
  return [...tablesByPrefix()].filter(([prefix]) => !prefixes.includes(prefix)).map(([, t]) => t);
}

describe('assembleHandlers', () => {
  it('merges one table per prefix into a handler for every call', () => {
    const merged = assembleHandlers([...tablesByPrefix().values()]);
    expect(Object.keys(merged).sort()).toEqual(Object.keys(contract).sort());
  });

  it('refuses a call handled twice, naming it and both tables', () => {
    const tables = [...tablesByPrefix().values()];
    const releases = tables.findIndex((table) => 'releases.get' in table);
    expect(() => assembleHandlers([...tables, { 'releases.get': handler }])).toThrow(
      `call releases.get is handled twice (tables ${releases} and ${tables.length})`,
    );
  });

  it('refuses a table that mixes prefixes, and a prefix split between tables', () => {
    const others = tablesWithout('undo', 'history');
    expect(() =>
      assembleHandlers([
        ...others,
        {
          'undo.state': handler,
          'undo.undo': handler,
          'undo.redo': handler,
          'history.get': handler,
        },
      ]),
    ).toThrow(`handler table ${others.length} mixes the calls of undo, history`);
    const rest = tablesWithout('undo');
    expect(() =>
      assembleHandlers([
        ...rest,
        { 'undo.state': handler },
        { 'undo.undo': handler, 'undo.redo': handler },
      ]),
    ).toThrow(`the undo.* calls are split between tables ${rest.length} and ${rest.length + 1}`);
  });

  it('refuses a handler for a call the contract does not have, and a call without one', () => {
    const tables = [...tablesByPrefix().values()];
    expect(() => assembleHandlers([...tables, { 'plan.delete': handler }])).toThrow(
      'call plan.delete is not in the contract (calls.ts)',
    );
    expect(() =>
      assembleHandlers([...tablesWithout('backups'), { 'backups.list': handler }]),
    ).toThrow('no handler for backups.create, backups.restore');
  });

  it('assembles the real tables, one per file, in the order of calls.ts', () => {
    const db = openDatabase(tempDbFile(), { create: true });
    try {
      const handlers = createHandlers({ db, now: () => new Date(), source: 'test' });
      expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
      // One block per prefix in calls.ts, and the blocks in the assembly's order.
      const blocks = (names: string[]) =>
        names.map((name) => name.split('.')[0]).filter((prefix, i, all) => prefix !== all[i - 1]);
      expect(blocks(Object.keys(contract))).toEqual(blocks(Object.keys(handlers)));
      expect(new Set(blocks(Object.keys(contract))).size).toBe(
        blocks(Object.keys(contract)).length,
      );
    } finally {
      db.close();
    }
  });
});
