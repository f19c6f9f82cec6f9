import { useId, type ReactNode } from 'react';

/** What a field's control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: string;
  /** Shown to screen readers only, for cells of an editor table whose column heading says it. */
  hideLabel?: boolean;
  hint?: ReactNode;
  error?: string;
  className?: string;
  /** For fields whose error comes from a neighbour (the date of a date+time pair). */
  invalid?: boolean;
  /**
   * Where the error is shown when not under the control: the id of an element
   * the caller renders (a table row's errors go on a line of their own).
   */
  errorElsewhere?: string;
  children(control: ControlProps): ReactNode;
}

export function Field({
  label,
  hideLabel,
  hint,
  error,
  className,
  invalid,
  errorElsewhere,
  children,
}: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = errorElsewhere ?? `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={['field', className, error ? 'has-error' : null].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error || invalid ? { 'aria-invalid': true } : {}),
      })}
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      {error && !errorElsewhere ? <FieldError id={errorId} text={error} /> : null}
    </div>
  );
}

export function FieldError({ id, text }: { id?: string; text: string }) {
  return (
    <p id={id} className="field-error">
      <span className="field-error-mark" aria-hidden="true">
        !
      </span>
      {text}
    </p>
  );
}
