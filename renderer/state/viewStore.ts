import { create } from 'zustand';

/** The main views; the timeline is what a release manager opens the planner for. */
export const VIEWS = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'plan', label: 'Plan' },
  { id: 'forecast', label: 'Forecast' },
  { id: 'retro', label: 'Retrospective' },
  { id: 'settings', label: 'Settings' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];

interface ViewState {
  view: ViewId;
  show(view: ViewId): void;
}

export const useView = create<ViewState>()((set) => ({
  view: 'timeline',
  show: (view) => set({ view }),
}));
