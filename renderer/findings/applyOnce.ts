import { create } from 'zustand';
import type { Suggestion } from '../../shared/planning';
import { useNotices } from '../state/noticeStore';
import { appliedText } from './suggestionText';

/** The suggestion being applied, wherever its button is (panel, timeline, agenda). */
export const useApplying = create<{ id: string | null }>()(() => ({ id: null }));

/**
 * One click, one write, one notice. While a suggestion is being applied the
 * others wait: they were computed from the plan that write is about to
 * change. True when it was applied.
 */
export async function applyOnce(suggestion: Suggestion): Promise<boolean> {
  if (useApplying.getState().id !== null) return false;
  useApplying.setState({ id: suggestion.id });
  try {
    // Applying loads on the first click: it is not needed to draw the plan.
    const { applySuggestion } = await import('../planning/applySuggestion');
    const result = await applySuggestion(suggestion);
    const say = useNotices.getState().say;
    if (result.ok) say('info', `${appliedText(suggestion)} Undo takes it back.`);
    else say('error', `The suggestion was not applied: ${result.error.message}`);
    return result.ok;
  } finally {
    useApplying.setState({ id: null });
  }
}
