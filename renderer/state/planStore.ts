import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CallInput, CallName, CallOutput, PlanSnapshot } from '../../shared/contract/calls';
import type { CallError, Result } from '../../shared/errors/result';
import type { Advisory } from '../../shared/domain/advisory';
import type { Release } from '../../shared/domain/release';
import type { Settings } from '../../shared/domain/settings';
import type { Client } from '../api/client';

export type PlanPhase = 'loading' | 'ready' | 'failed';

export interface PlanState {
  phase: PlanPhase;
  /** Why the last load failed, when it did. */
  loadError: string | null;
  /** The code of that failure ('database' when the file itself is the problem). */
  loadErrorCode: string | null;
  releases: Release[];
  advisories: Advisory[];
  settings: Settings | null;
  /** Reads the whole plan again; every write ends with this, so the screen shows what was stored. */
  load(): Promise<void>;
  loadSample(sample?: 'plan' | 'xen-history'): Promise<Result<PlanSnapshot>>;
  /** Sends one write and reloads the plan when it succeeded. */
  write<N extends WriteCall>(name: N, input: CallInput<N>): Promise<Result<CallOutput<N>>>;
}

export type WriteCall =
  | 'releases.create'
  | 'releases.update'
  | 'releases.delete'
  | 'releases.commitBaseline'
  | 'releases.createFromTemplate'
  | 'releases.createPointRelease'
  | 'advisories.create'
  | 'advisories.update'
  | 'advisories.delete'
  | 'advisories.publish'
  | 'settings.update';

export function isPlanEmpty(state: Pick<PlanState, 'releases' | 'advisories'>): boolean {
  return state.releases.length === 0 && state.advisories.length === 0;
}

// One collator for every comparison: localeCompare with options builds one per
// call, which made sorting 10,000 advisories take tens of milliseconds.
const keyOrder = new Intl.Collator('en', { numeric: true });

function byLift(a: Advisory, b: Advisory): number {
  // Instants are stored as YYYY-MM-DDTHH:MM:SSZ, so their text sorts as their time does.
  if (a.publicAt !== b.publicAt) return a.publicAt < b.publicAt ? -1 : 1;
  return keyOrder.compare(a.key, b.key);
}

/** The store behind every view; `getClient` is late-bound so that tests can pass a fake. */
export function createPlanStore(getClient: () => Client): StoreApi<PlanState> {
  let loads = 0;
  return createStore<PlanState>()((set, get) => {
    const apply = (snapshot: PlanSnapshot) =>
      set({
        phase: 'ready',
        loadError: null,
        loadErrorCode: null,
        releases: snapshot.releases,
        advisories: [...snapshot.advisories].sort(byLift),
        settings: snapshot.settings,
      });

    const failed = (error: CallError) => {
      // Keep showing the last good plan if there is one; a failed refresh is reported, not blanked.
      set((state) => ({
        phase: state.settings ? 'ready' : 'failed',
        loadError: error.message,
        loadErrorCode: error.code,
      }));
    };

    const call = <N extends CallName>(name: N, input: CallInput<N>) =>
      getClient().call(name, input);

    return {
      phase: 'loading',
      loadError: null,
      loadErrorCode: null,
      releases: [],
      advisories: [],
      settings: null,

      async load() {
        // Only the newest load may write: an older answer arriving late must not undo a newer one.
        const ticket = ++loads;
        if (!get().settings) set({ phase: 'loading', loadError: null, loadErrorCode: null });
        const result = await call('plan.get', {});
        if (ticket !== loads) return;
        if (result.ok) apply(result.value);
        else failed(result.error);
      },

      async loadSample(sample = 'plan') {
        const ticket = ++loads;
        const result = await call('plan.loadSample', { sample });
        if (ticket === loads && result.ok) apply(result.value);
        // Refused because the database is no longer empty (another window?): show what it holds.
        if (!result.ok) await get().load();
        return result;
      },

      async write(name, input) {
        const result = await call(name, input);
        // On a conflict the caller offers the reload: the user may want to copy what they typed first.
        if (result.ok) await get().load();
        return result;
      },
    };
  });
}
