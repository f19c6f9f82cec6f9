import { create } from 'zustand';
import type { BackupInfo, RestoreReport } from '../../shared/contract/backups';
import type { CallError } from '../../shared/errors/result';
import { client } from '../api/client';

interface BackupsState {
  open: boolean;
  returnFocus: HTMLElement | null;
  backups: BackupInfo[] | null;
  /** Why the list could not be read, or the last action failed. */
  error: string | null;
  busy: boolean;
  show(): void;
  close(): void;
  refresh(): Promise<void>;
  create(): Promise<BackupInfo | null>;
  /** Restores a backup; the caller reloads the plan. */
  restore(
    name: string,
  ): Promise<{ ok: true; report: RestoreReport } | { ok: false; error: CallError }>;
}

/** The Backups dialog: whether it is up, and the backups it lists. */
export const useBackups = create<BackupsState>()((set, get) => ({
  open: false,
  returnFocus: null,
  backups: null,
  error: null,
  busy: false,
  show() {
    set({
      open: true,
      backups: null,
      error: null,
      returnFocus: document.activeElement instanceof HTMLElement ? document.activeElement : null,
    });
    void get().refresh();
  },
  close: () => set({ open: false }),
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
