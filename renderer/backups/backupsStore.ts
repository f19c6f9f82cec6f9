import { create } from 'zustand';
import type { BackupInfo, RestoreReport } from '../../shared/contract/backups';
import type { CallError } from '../../shared/errors/result';
import { client } from '../api/client';
import { createDialogStore } from '../state/dialogStore';

/** Whether the Backups dialog is up. */
export const useBackupsDialog = createDialogStore();

interface BackupsState {
  backups: BackupInfo[] | null;
  /** Why the list could not be read, or the last action failed. */
  error: string | null;
  busy: boolean;
  refresh(): Promise<void>;
  create(): Promise<BackupInfo | null>;
  /** Restores a backup; the caller reloads the plan. */
  restore(
    name: string,
  ): Promise<{ ok: true; report: RestoreReport } | { ok: false; error: CallError }>;
}

/** The backups the dialog lists, and what it is doing with them. */
export const useBackups = create<BackupsState>()((set, get) => ({
  backups: null,
  error: null,
  busy: false,
  async refresh() {
    const result = await client().call('backups.list', {});
    if (result.ok) set({ backups: result.value });
    else set({ error: `The backups could not be listed. ${result.error.message}` });
  },
  async create() {
    set({ busy: true, error: null });
    const result = await client().call('backups.create', {});
    set({ busy: false });
    if (!result.ok) {
      set({ error: result.error.message });
      return null;
    }
    await get().refresh();
    return result.value;
  },
  async restore(name) {
    set({ busy: true, error: null });
    const result = await client().call('backups.restore', { name });
    set({ busy: false });
    if (!result.ok) return { ok: false, error: result.error };
    await get().refresh();
    return { ok: true, report: result.value };
  },
}));

// Each opening lists the backups afresh: a daily one may have been taken since.
useBackupsDialog.subscribe((state, previous) => {
  if (state.target === null || previous.target !== null) return;
  useBackups.setState({ backups: null, error: null });
  void useBackups.getState().refresh();
});
