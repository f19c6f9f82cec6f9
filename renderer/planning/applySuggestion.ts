import type { Result } from '../../shared/errors/result';
import { applyReason, writeFor } from '../../shared/planning/applyAction';
import type { Suggestion } from '../../shared/planning';
import { planStore } from '../state/usePlan';

/** Applies a suggestion as one write (one undo step); the plan reloads after it. */
export async function applySuggestion(suggestion: Suggestion): Promise<Result<unknown>> {
  const state = planStore.getState();
  const write = writeFor(suggestion.apply, state, applyReason(suggestion));
  if ('error' in write) return { ok: false, error: { code: 'conflict', message: write.error } };
  switch (write.call) {
    case 'releases.update':
      return state.write('releases.update', write.input);
    case 'releases.createPointRelease':
      return state.write('releases.createPointRelease', write.input);
    case 'advisories.update':
      return state.write('advisories.update', write.input);
  }
}
