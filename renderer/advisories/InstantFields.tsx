import { useId, type ReactNode } from 'react';
import { FieldError } from '../common/Field';
import './InstantFields.css';

interface InstantFieldsProps {
  /** The instant's field ('publicAt'), to find it by when the editor opens at it. */
  name?: string;
  legend: string;
  dateLabel: string;
  timeLabel: string;
  date: string;
  time: string;
  /** The error for the pair as a whole, and for each half. */
  error?: string;
  dateError?: string;
  timeError?: string;
  hint?: ReactNode;
  onDate(value: string): void;
  onTime(value: string): void;
}

/** A UTC date and time typed side by side, with one place for what is wrong with them. */
export function InstantFields(props: InstantFieldsProps) {
  const id = useId();
  const message = props.dateError ?? props.timeError ?? props.error;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [message ? errorId : null, props.hint ? hintId : null]
    .filter(Boolean)
    .join(' ');
  const described = describedBy ? { 'aria-describedby': describedBy } : {};
  const dateInvalid = Boolean(props.dateError ?? (props.timeError ? undefined : props.error));
  return (
    <fieldset
      className={message ? 'instant-fields has-error' : 'instant-fields'}
      data-field={props.name}
    >
      <legend className="field-label">{props.legend}</legend>
      <div className="instant-inputs">
        <div className="instant-part">
          <label htmlFor={`${id}-date`} className="sub-label">
            {props.dateLabel}
          </label>
          <input
            id={`${id}-date`}
            type="text"
            className="input input-date"
            placeholder="YYYY-MM-DD"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={props.date}
            onChange={(event) => props.onDate(event.target.value)}
            {...described}
            {...(dateInvalid ? { 'aria-invalid': true } : {})}
          />
        </div>
        <div className="instant-part">
          <label htmlFor={`${id}-time`} className="sub-label">
            {props.timeLabel}
          </label>
          <input
            id={`${id}-time`}
            type="text"
            className="input input-time"
            placeholder="HH:MM"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={props.time}
            onChange={(event) => props.onTime(event.target.value)}
            {...described}
            {...(props.timeError ? { 'aria-invalid': true } : {})}
          />
        </div>
      </div>
      {props.hint ? (
        <div id={hintId} className="field-hint">
          {props.hint}
        </div>
      ) : null}
      {message ? <FieldError id={errorId} text={message} /> : null}
    </fieldset>
  );
}
