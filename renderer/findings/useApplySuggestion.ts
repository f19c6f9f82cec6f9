import { useState } from 'react';
import type { Suggestion } from '../../shared/planning';
import { applySuggestion } from '../planning/applySuggestion';
import { useNotices } from '../state/noticeStore';
import { appliedText } from './suggestionText';

/**
 * One click, one write, one notice. While a suggestion is being applied the
 * others wait: they were computed from the plan that write is about to change.
 */
export function useApplySuggestion() {
  const [busy, setBusy] = useState<string | null>(null);
  const apply = async (suggestion: Suggestion) => {
    if (busy !== null) return;
    setBusy(suggestion.id);
    const result = await applySuggestion(suggestion);
    setBusy(null);
    const say = useNotices.getState().say;
    if (result.ok) say('info', `${appliedText(suggestion)} Undo takes it back.`);
    else say('error', `The suggestion was not applied: ${result.error.message}`);
  };
  return { busy, apply };
}
