import { createDialogStore } from './dialogStore';

/**
 * Which field the editor puts the cursor in when it opens: the date of the
 * milestone, lift or follow-up it was opened from.
 */
export type EditorFocus =
  { milestoneId: number } | { field: 'publicAt' | 'predisclosureAt' } | { followUpId: number };

/** What is being edited; `id: null` adds a new one. Any view may open an editor. */
export type EditorTarget =
  | { type: 'release'; id: number | null; focus?: EditorFocus }
  | { type: 'advisory'; id: number | null; focus?: EditorFocus };

export const useEditor = createDialogStore<EditorTarget>();
