import { create } from 'zustand';

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

interface EditorState {
  target: EditorTarget | null;
  /** The element to give focus back to when the editor closes (a timeline item is SVG). */
  returnFocus: HTMLElement | SVGElement | null;
  open(target: EditorTarget): void;
  close(): void;
}

export const useEditor = create<EditorState>()((set) => ({
  target: null,
  returnFocus: null,
  open: (target) =>
    set({
      target,
      returnFocus:
        document.activeElement instanceof HTMLElement ||
        document.activeElement instanceof SVGElement
          ? document.activeElement
          : null,
    }),
  close: () => set({ target: null }),
}));
