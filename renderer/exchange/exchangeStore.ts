import { createDialogStore } from '../state/dialogStore';

export type ExchangeDialog = 'export' | 'import';

/** Which sharing dialog is up; any view (the header, a menu, a shortcut) may open one. */
export const useExchange = createDialogStore<ExchangeDialog>();
