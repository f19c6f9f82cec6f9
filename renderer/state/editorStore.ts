import { create } from 'zustand';

/** What is being edited; `id: null` adds a new one. Any view may open an editor. */
export type EditorTarget =
  { type: 'release'; id: number | null } | { type: 'advisory'; id: number | null };

interface EditorState {
  target: EditorTarget | null;
  /** The element to give focus back to when the editor closes. */
  returnFocus: HTMLElement | null;
  open(target: EditorTarget): void;
  close(): void;
}

export const useEditor = create<EditorState>()((set) => ({
  target: null,
  returnFocus: null,
  open: (target) =>
    set({
      target,
      returnFocus: document.activeElement instanceof HTMLElement ? document.activeElement : null,
    }),
  close: () => set({ target: null }),
}));
