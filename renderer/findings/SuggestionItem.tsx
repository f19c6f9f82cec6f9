import type { Suggestion } from '../../shared/planning';
import { SUGGESTION_TITLE } from '../../shared/planning/vocabulary';
import { Icon } from '../common/Icon';
import { NumberNotes } from '../planning/NumberNotes';
import { ApplyButton } from './ApplyButton';
import { Figures } from './Figures';

export function SuggestionItem({ suggestion }: { suggestion: Suggestion }) {
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
        <ApplyButton suggestion={suggestion} />
      </div>
      <p className="suggestion-message">{suggestion.message}</p>
      {recommended && suggestion.recommendation ? (
        <p className="suggestion-why">
          <strong>Why this one:</strong> {suggestion.recommendation}
        </p>
      ) : null}
      <Figures of={suggestion} />
      <NumberNotes numbers={suggestion.numbers} />
    </li>
  );
}
