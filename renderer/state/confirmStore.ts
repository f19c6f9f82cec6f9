import { create } from 'zustand';
import type { CallError } from '../../shared/errors/result';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  /** Does the thing; an error keeps the dialog open and is shown in it. */
  run(): Promise<CallError | null>;
  /** Where focus goes afterwards when the element that asked is gone (it was just deleted). */
  fallbackFocus?: () => HTMLElement | null;
}

interface ConfirmState {
  request: ConfirmRequest | null;
  returnFocus: HTMLElement | null;
  ask(request: ConfirmRequest): void;
  dismiss(): void;
}

export const useConfirm = create<ConfirmState>()((set) => ({
  request: null,
  returnFocus: null,
  ask: (request) =>
    set({
      request,
      returnFocus: document.activeElement instanceof HTMLElement ? document.activeElement : null,
    }),
  dismiss: () => set({ request: null }),
}));
