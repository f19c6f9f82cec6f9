import { useCallback, useEffect, useState } from 'react';
import { sameDraft, useDrafts } from '../state/draftStore';

interface DraftState<D, B> {
  draft: D;
  base: B;
  /** The draft as it would be with nothing changed: what "dirty" is measured against. */
  pristine: D;
}

export interface KeptDraftControls<D, B> {
  draft: D;
  base: B;
  dirty: boolean;
  /** When a draft left unsaved earlier was taken up again (ms), else null. */
  restoredAt: number | null;
  setDraft(update: (current: D) => D): void;
  /** What an untouched form holds, when it changes without the user (defaults arriving). */
  setPristine(update: (current: D) => D): void;
  /** Starts again from `base` (after a reload, or to drop a restored draft), or from the one it began with. */
  reset(base?: B): void;
  /** Forgets the kept draft: after a save, or when the user discards it. */
  forget(): void;
}

/**
 * An editor's draft that outlives the editor: while it differs from what
 * was loaded it is kept (see draftStore) under `key`, and an editor opened
 * again for the same record starts from it, on the record it was based on,
 * so that saving it over a newer revision is still refused as a conflict.
 */
export function useKeptDraft<D, B>(
  key: string,
  base: B,
  fresh: (base: B) => D,
): KeptDraftControls<D, B> {
  const [restoredAt] = useState(() => useDrafts.getState().drafts[key]?.at ?? null);
  const [state, setState] = useState<DraftState<D, B>>(() => {
    const kept = useDrafts.getState().drafts[key];
    if (kept)
      return { draft: kept.value as D, base: kept.base as B, pristine: fresh(kept.base as B) };
    const start = fresh(base);
    return { draft: start, base, pristine: start };
  });
  const [forgotten, setForgotten] = useState(false);
  const dirty = !sameDraft(state.draft, state.pristine);

  useEffect(() => {
    if (forgotten) return;
    const store = useDrafts.getState();
    if (dirty) store.keep(key, state.draft, state.base);
    else store.drop(key);
  }, [key, dirty, state.draft, state.base, forgotten]);

  const setDraft = useCallback(
    (update: (current: D) => D) => setState((s) => ({ ...s, draft: update(s.draft) })),
    [],
  );
  const setPristine = useCallback(
    (update: (current: D) => D) => setState((s) => ({ ...s, pristine: update(s.pristine) })),
    [],
  );
  const reset = useCallback(
    (next?: B) => {
      setForgotten(false);
      setState((s) => {
        const start = fresh(next === undefined ? s.base : next);
        return { draft: start, base: next === undefined ? s.base : next, pristine: start };
      });
    },
    [fresh],
  );
  const forget = useCallback(() => {
    setForgotten(true);
    useDrafts.getState().drop(key);
  }, [key]);

  return { ...state, dirty, restoredAt, setDraft, setPristine, reset, forget };
}
