import { create } from 'zustand';

export type ExchangeDialog = 'export' | 'import';

interface ExchangeState {
  open: ExchangeDialog | null;
  returnFocus: HTMLElement | null;
  show(dialog: ExchangeDialog): void;
  close(): void;
}

/** Which sharing dialog is up; any view (the header, a menu, a shortcut) may open one. */
export const useExchange = create<ExchangeState>()((set) => ({
  open: null,
  returnFocus: null,
  show: (dialog) =>
    set({
      open: dialog,
      returnFocus: document.activeElement instanceof HTMLElement ? document.activeElement : null,
    }),
  close: () => set({ open: null }),
}));
