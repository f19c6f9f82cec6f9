import { create } from 'zustand';
import type { Suggestion } from '../../shared/planning';
import { useNotices } from '../state/noticeStore';
import { planStore } from '../state/usePlan';
import { useTimeline } from '../timeline/state/timelineStore';
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
  if (suggestion.apply.type === 'set-lift') return askWhyTheLiftMoves(suggestion);
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

/**
 * Moving an embargo is the security team's decision, and the change log
 * must say why: the suggestion opens the same question a drag on the
 * timeline asks, with the planner's proposal in it, instead of writing a
 * reason nobody gave. False: nothing is written yet.
 */
function askWhyTheLiftMoves(suggestion: Suggestion): boolean {
  const action = suggestion.apply;
  if (action.type !== 'set-lift') return false;
  const advisory = planStore.getState().advisories.find((a) => a.key === action.advisory);
  if (!advisory) {
    useNotices.getState().say('error', `Advisory ${action.advisory} no longer exists.`);
    return false;
  }
  useTimeline.getState().setPendingLift({
    advisoryId: advisory.id,
    from: advisory.publicAt,
    to: action.publicAt,
    ...(action.predisclosureAt === undefined ? {} : { predisclosureAt: action.predisclosureAt }),
    proposal: `The planner suggests it: ${suggestion.message}`,
  });
  return false;
}
