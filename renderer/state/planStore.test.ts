import { describe, expect, it } from 'vitest';
import type { CallName, PlanSnapshot } from '../../shared/contract/calls';
import type { Result } from '../../shared/errors/result';
import type { Advisory } from '../../shared/domain/advisory';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import type { Client } from '../api/client';
import { createPlanStore, isPlanEmpty } from './planStore';

function advisory(key: string, publicAt: string): Advisory {
  return {
    id: Number(key.slice(4)),
    revision: 1,
    key,
    title: '',
    cves: [],
    status: 'embargoed',
    predisclosureAt: null,
    publicAt,
    affects: [],
    followUps: [],
    notes: '',
  };
}

function snapshot(advisories: Advisory[] = []): PlanSnapshot {
  return { releases: [], advisories, settings: { ...DEFAULT_SETTINGS, revision: 1 } };
}

/** A client that answers from a script and records what it was asked. */
function fakeClient(answer: (name: CallName, input: unknown) => Promise<Result<unknown>>) {
  const calls: CallName[] = [];
  const client = {
    call: (name: CallName, input: unknown) => {
      calls.push(name);
      return answer(name, input);
    },
  } as Client;
  return { client, calls };
}

const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });

describe('plan store', () => {
  it('loads the plan with advisories in lift order', async () => {
    const { client } = fakeClient(() =>
      ok(
        snapshot([
          advisory('XSA-267', '2018-06-13T12:00:00Z'),
          advisory('XSA-263', '2018-05-21T12:00:00Z'),
        ]),
      ),
    );
    const store = createPlanStore(() => client);
    expect(store.getState().phase).toBe('loading');
    await store.getState().load();
    expect(store.getState().phase).toBe('ready');
    expect(store.getState().advisories.map((a) => a.key)).toEqual(['XSA-263', 'XSA-267']);
    expect(isPlanEmpty(store.getState())).toBe(false);
  });

  it('lets only the newest of overlapping loads write', async () => {
    const answers: ((value: Result<unknown>) => void)[] = [];
    const { client } = fakeClient(() => new Promise((resolve) => answers.push(resolve)));
    const store = createPlanStore(() => client);
    const first = store.getState().load();
    const second = store.getState().load();
    answers[1]({ ok: true, value: snapshot([advisory('XSA-2', '2018-01-01T12:00:00Z')]) });
    answers[0]({ ok: true, value: snapshot([advisory('XSA-1', '2018-01-01T12:00:00Z')]) });
    await Promise.all([first, second]);
    expect(store.getState().advisories.map((a) => a.key)).toEqual(['XSA-2']);
  });

  it('keeps the last good plan when a refresh fails, and says why', async () => {
    let fail = false;
    const { client } = fakeClient(() =>
      fail
        ? Promise.resolve({ ok: false, error: { code: 'internal', message: 'gone' } })
        : ok(snapshot([advisory('XSA-1', '2018-01-01T12:00:00Z')])),
    );
    const store = createPlanStore(() => client);
    await store.getState().load();
    fail = true;
    await store.getState().load();
    expect(store.getState()).toMatchObject({ phase: 'ready', loadError: 'gone' });
    expect(store.getState().advisories).toHaveLength(1);
  });

  it('fails the first load visibly', async () => {
    const { client } = fakeClient(() =>
      Promise.resolve({ ok: false, error: { code: 'internal', message: 'no server' } }),
    );
    const store = createPlanStore(() => client);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ phase: 'failed', loadError: 'no server' });
  });

  it('reloads after a write that succeeded, and not after one that failed', async () => {
    let refuse = false;
    const { client, calls } = fakeClient((name) => {
      if (name === 'plan.get') return ok(snapshot());
      return refuse
        ? Promise.resolve({ ok: false, error: { code: 'invalid_input', message: 'name: bad' } })
        : ok({ id: 1 });
    });
    const store = createPlanStore(() => client);
    await store.getState().write('releases.delete', { id: 1, revision: 1 });
    refuse = true;
    const result = await store.getState().write('releases.delete', { id: 1, revision: 1 });
    expect(result.ok).toBe(false);
    expect(calls).toEqual(['releases.delete', 'plan.get', 'releases.delete']);
  });
});
