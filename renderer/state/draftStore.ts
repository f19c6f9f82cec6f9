import { create } from 'zustand';

// Unsaved editor drafts, by what they edit ('release-12', 'advisory-new',
// 'settings'). An editor that closes without saving or discarding leaves its
// draft here and finds it again when it reopens. Kept in memory only: a draft
// may hold an embargoed advisory's details, which are not written anywhere
// the database's protections do not reach.

export interface KeptDraft {
  value: unknown;
  /** The record the draft started from (its revision decides whether a save conflicts). */
  base: unknown;
  /** When it was last changed (ms), to say how old a restored draft is. */
  at: number;
}

interface DraftState {
  drafts: Record<string, KeptDraft>;
  keep(key: string, value: unknown, base: unknown): void;
  drop(key: string): void;
}

export const useDrafts = create<DraftState>()((set) => ({
  drafts: {},
  keep: (key, value, base) =>
    set((state) => ({ drafts: { ...state.drafts, [key]: { value, base, at: Date.now() } } })),
  drop: (key) =>
    set((state) => {
      if (!(key in state.drafts)) return state;
      return {
        drafts: Object.fromEntries(Object.entries(state.drafts).filter(([k]) => k !== key)),
      };
    }),
}));

/** Row keys are React's bookkeeping and differ between two drafts of the same record. */
function withoutRowKeys(_key: string, value: unknown): unknown {
  if (_key === 'rowKey') return undefined;
  return value;
}

/** Whether two drafts hold the same content. */
export function sameDraft(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, withoutRowKeys) === JSON.stringify(b, withoutRowKeys);
}
