import type { Suggestion } from '../../shared/planning';
import { applyOnce, useApplying } from './applyOnce';
import { applyLabel } from './suggestionText';
import './applyButton.css';

/**
 * A suggestion's one button, wherever the suggestion is shown: it says what
 * one click writes ("Slip to Tue 16 Feb 2027"), and waits while any
 * suggestion is being applied.
 */
export function ApplyButton({
  suggestion,
  onApplied,
}: {
  suggestion: Suggestion;
  onApplied?(): void;
}) {
  const applying = useApplying((state) => state.id);
  const apply = async () => {
    if (await applyOnce(suggestion)) onApplied?.();
  };
  return (
    <button
      type="button"
      className="button apply-button"
      disabled={applying !== null}
      onClick={() => void apply()}
    >
      {applying === suggestion.id ? 'Applying…' : applyLabel(suggestion)}
    </button>
  );
}
