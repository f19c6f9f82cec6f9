import type { Suggestion } from '../../shared/planning';
import { Icon } from '../common/Icon';
import { NumberNotes } from '../planning/NumberNotes';
import { numbersLine } from './numbersLine';
import { applyLabel, SUGGESTION_KIND_TITLE } from './suggestionText';

interface SuggestionItemProps {
  suggestion: Suggestion;
  /** This one is being applied. */
  applying: boolean;
  /** Another one is being applied: wait for the plan it changes. */
  waiting: boolean;
  onApply(): void;
}

export function SuggestionItem({ suggestion, applying, waiting, onApply }: SuggestionItemProps) {
  const numbers = numbersLine(suggestion.numbers);
  return (
    <li className="suggestion">
      <div className="suggestion-head">
        <Icon name="arrow" className="suggestion-mark" />
        <strong className="suggestion-title">{SUGGESTION_KIND_TITLE[suggestion.kind]}</strong>
        <button
          type="button"
          className="button suggestion-apply"
          disabled={applying || waiting}
          onClick={onApply}
        >
          {applying ? 'Applying…' : applyLabel(suggestion)}
        </button>
      </div>
      <p className="suggestion-message">{suggestion.message}</p>
      {numbers.length > 0 ? <p className="finding-numbers">{numbers.join(' · ')}</p> : null}
      <NumberNotes numbers={suggestion.numbers} />
    </li>
  );
}
