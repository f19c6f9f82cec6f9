import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { CallOutput } from '../../shared/contract/calls';
import type { CallError } from '../../shared/errors/result';
import { client, type Client } from '../api/client';

export type ReferenceCalendar = CallOutput<'calendars.listReferences'>[number];

export interface ReferenceCalendarsState {
  /** Null until first loaded. */
  calendars: ReferenceCalendar[] | null;
  loadError: string | null;
  load(): Promise<void>;
  remove(id: number): Promise<CallError | null>;
}

/**
 * Other projects' calendars kept beside the plan. The import dialog lists and
 * deletes them; the timeline's reference lane can read the same store, so a
 * calendar imported or deleted shows there without a reload.
 */
export function createReferenceCalendarsStore(
  getClient: () => Client,
): StoreApi<ReferenceCalendarsState> {
  let loads = 0;
  return createStore<ReferenceCalendarsState>()((set, get) => ({
    calendars: null,
    loadError: null,
    async load() {
      const ticket = ++loads;
      const result = await getClient().call('calendars.listReferences', {});
      if (ticket !== loads) return;
      if (result.ok) set({ calendars: result.value, loadError: null });
      else set({ loadError: result.error.message });
    },
    async remove(id) {
      const result = await getClient().call('calendars.deleteReference', { id });
      // Gone already (another window) is what was asked for: reload either way.
      await get().load();
      return result.ok || result.error.code === 'not_found' ? null : result.error;
    },
  }));
}

export const referenceCalendarsStore = createReferenceCalendarsStore(client);

export function useReferenceCalendars<T>(select: (state: ReferenceCalendarsState) => T): T {
  return useStore(referenceCalendarsStore, select);
}
