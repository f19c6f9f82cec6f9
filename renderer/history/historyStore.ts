import { create } from 'zustand';

/** Whose history is shown: an advisory, a release or the settings, by id, with the name to title it. */
export interface HistoryTarget {
  entity: 'advisory' | 'release' | 'settings';
  id: number;
  name: string;
}

interface HistoryState {
  target: HistoryTarget | null;
  /** The button that opened the dialog, to give focus back to. */
  returnFocus: HTMLElement | null;
  open(target: HistoryTarget): void;
  close(): void;
}

export const useHistory = create<HistoryState>()((set) => ({
  target: null,
  returnFocus: null,
  open: (target) =>
    set({
      target,
      returnFocus: document.activeElement instanceof HTMLElement ? document.activeElement : null,
    }),
  close: () => set({ target: null }),
}));
