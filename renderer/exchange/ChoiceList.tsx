import { useId } from 'react';
import './ChoiceList.css';

export interface Choice<T extends string> {
  id: T;
  label: string;
  hint?: string;
  disabled?: boolean;
}

interface ChoiceListProps<T extends string> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange(value: T): void;
  /** Cards side by side (few short choices) or one under another. */
  layout?: 'row' | 'column';
}

/**
 * Radio buttons as cards. The hint describes the button rather than naming
 * it, so a radio is found by its title alone ('Team', not the paragraph).
 */
export function ChoiceList<T extends string>({
  legend,
  choices,
  value,
  onChange,
  layout = 'column',
}: ChoiceListProps<T>) {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend className="field-label">{legend}</legend>
      <div className={`choice-list choice-list-${layout}`}>
        {choices.map((choice) => {
          const id = `${name}-${choice.id}`;
          return (
            // The whole card selects; the title alone names the radio.
            <label
              key={choice.id}
              className={[
                'choice',
                value === choice.id ? 'is-chosen' : null,
                choice.disabled ? 'is-disabled' : null,
              ]
                .filter(Boolean)
                .join(' ')}
            >
              <input
                type="radio"
                name={name}
                checked={value === choice.id}
                disabled={choice.disabled}
                aria-labelledby={`${id}-label`}
                aria-describedby={choice.hint ? `${id}-hint` : undefined}
                onChange={() => onChange(choice.id)}
              />
              <span id={`${id}-label`} className="choice-label">
                {choice.label}
              </span>
              {choice.hint ? (
                <span id={`${id}-hint`} className="choice-hint">
                  {choice.hint}
                </span>
              ) : null}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
