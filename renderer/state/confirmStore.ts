import type { CallError } from '../../shared/errors/result';
import { createDialogStore } from './dialogStore';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  /** Does the thing; an error keeps the dialog open and is shown in it. */
  run(): Promise<CallError | null>;
  /** Where focus goes afterwards when the element that asked is gone (it was just deleted). */
  fallbackFocus?: () => HTMLElement | null;
}

/** The in-app "are you sure?": `open(request)` asks. */
export const useConfirm = createDialogStore<ConfirmRequest>();
