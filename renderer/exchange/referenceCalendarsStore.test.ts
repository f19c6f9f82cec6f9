import { describe, expect, it } from 'vitest';
import type { CallName } from '../../shared/contract/calls';
import type { Result } from '../../shared/errors/result';
import type { Client } from '../api/client';
import { createReferenceCalendarsStore } from './referenceCalendarsStore';

const QEMU = {
  id: 1,
  name: 'QEMU',
  fileName: 'q.ics',
  importedAt: '2026-11-25T12:00:00Z',
  events: [],
};

describe('reference calendars store', () => {
  it('lists, and lists again after a delete, even one that was already gone', async () => {
    let listed = [QEMU];
    const calls: CallName[] = [];
    const client = {
      call: (name: CallName) => {
        calls.push(name);
        if (name === 'calendars.listReferences')
          return Promise.resolve({ ok: true, value: listed } as Result<unknown>);
        listed = [];
        return Promise.resolve({
          ok: false,
          error: { code: 'not_found', message: 'id: no reference calendar with id 1' },
        } as Result<unknown>);
      },
    } as Client;
    const store = createReferenceCalendarsStore(() => client);
    await store.getState().load();
    expect(store.getState().calendars).toEqual([QEMU]);
    expect(await store.getState().remove(1)).toBeNull();
    expect(store.getState().calendars).toEqual([]);
    expect(calls).toEqual([
      'calendars.listReferences',
      'calendars.deleteReference',
      'calendars.listReferences',
    ]);
  });
});
