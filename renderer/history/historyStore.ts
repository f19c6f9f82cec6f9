import { createDialogStore } from '../state/dialogStore';

/** Whose history is shown: an advisory, a release or the settings, by id, with the name to title it. */
export interface HistoryTarget {
  entity: 'advisory' | 'release' | 'settings';
  id: number;
  name: string;
}

export const useHistory = createDialogStore<HistoryTarget>();
