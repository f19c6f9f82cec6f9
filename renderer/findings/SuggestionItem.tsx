import type { Suggestion } from '../../shared/planning';
import { formatDay } from '../common/dates';
import { Icon } from '../common/Icon';
import { NumberNotes } from '../planning/NumberNotes';
import { numbersLine } from '../../shared/planning/numbersLine';
import { SUGGESTION_TITLE } from '../../shared/planning/vocabulary';
import { applyLabel } from './suggestionText';

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
  const { p90 } = suggestion.dates;
  if (p90 && p90 !== suggestion.date) numbers.push(`P90 ${formatDay(p90)}`);
  const recommended = suggestion.recommended === true;
  return (
    <li className={recommended ? 'suggestion is-recommended' : 'suggestion'}>
      <div className="suggestion-head">
        <Icon name="arrow" className="suggestion-mark" />
        <strong className="suggestion-title">{SUGGESTION_TITLE[suggestion.kind]}</strong>
        {recommended ? (
          <span className="tag tag-recommended" title={suggestion.recommendation ?? undefined}>
            Recommended
          </span>
        ) : null}
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
      {recommended && suggestion.recommendation ? (
        <p className="suggestion-why">
          <strong>Why this one:</strong> {suggestion.recommendation}
        </p>
      ) : null}
      {numbers.length > 0 ? <p className="finding-numbers">{numbers.join(' · ')}</p> : null}
      <NumberNotes numbers={suggestion.numbers} />
    </li>
  );
}
