import { create } from 'zustand';
import type { UndoState } from '../../shared/history/schemas';
import { client } from '../api/client';
import { useNotices } from '../state/noticeStore';
import { planStore } from '../state/usePlan';

// Undo and redo are backend steps (one per command, whichever window or
// front door wrote it); the renderer asks for them and reloads the plan.

interface UndoStoreState {
  state: UndoState | null;
  busy: boolean;
  refresh(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

let refreshes = 0;

export const useUndo = create<UndoStoreState>()((set, get) => {
  const step = async (direction: 'undo' | 'redo') => {
    if (get().busy) return;
    set({ busy: true });
    const say = useNotices.getState().say;
    const result = await client().call(direction === 'undo' ? 'undo.undo' : 'undo.redo', {});
    if (result.ok) {
      set({ state: result.value.state });
      await planStore.getState().load();
      say('info', `${direction === 'undo' ? 'Undone' : 'Redone'}: ${result.value.label}.`);
    } else if (result.error.code === 'not_found') {
      say('info', direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
    } else {
      say('error', `Could not ${direction}: ${result.error.message}`);
      await get().refresh();
    }
    set({ busy: false });
  };

  return {
    state: null,
    busy: false,
    async refresh() {
      // Only the newest answer counts: writes can come back out of order.
      const ticket = ++refreshes;
      const result = await client().call('undo.state', {});
      if (ticket === refreshes && result.ok) set({ state: result.value });
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
  };
});

/** Keeps the undo state current: every write reloads the plan, and each reload asks again. */
export function watchPlanForUndo(): () => void {
  void useUndo.getState().refresh();
  return planStore.subscribe((state, previous) => {
    if (
      state.releases !== previous.releases ||
      state.advisories !== previous.advisories ||
      state.settings !== previous.settings
    )
      void useUndo.getState().refresh();
  });
}
