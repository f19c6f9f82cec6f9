import { create } from 'zustand';

/** The main views; the timeline joins 'plan' here when it arrives. */
export const VIEWS = [{ id: 'plan', label: 'Plan' }] as const;
export type ViewId = (typeof VIEWS)[number]['id'];

interface ViewState {
  view: ViewId;
  show(view: ViewId): void;
}

export const useView = create<ViewState>()((set) => ({
  view: 'plan',
  show: (view) => set({ view }),
}));
