import type { ReactNode } from 'react';
import {
  SETTING_LABELS,
  WEEK_ORDER,
  WEEKDAY_LONG,
  WEEKDAY_SHORT,
} from '../../shared/domain/settingsText';
import { Field, FieldError } from '../common/Field';
import type { SettingsDraft } from './settingsDraft';

// The settings view's two kinds of control: a number with its unit, and a
// row of weekday boxes.

export function NumberField({
  field,
  unit,
  hint,
  value,
  error,
  onChange,
}: {
  field: keyof SettingsDraft;
  unit: string;
  hint: ReactNode;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}) {
  return (
    <Field label={SETTING_LABELS[field as keyof typeof SETTING_LABELS]} hint={hint} error={error}>
      {(control) => (
        <span className="settings-number">
          <input
            {...control}
            type="text"
            inputMode="numeric"
            className="input input-number"
            value={value}
            autoComplete="off"
            data-field={field}
            onChange={(event) => onChange(event.target.value)}
          />
          <span className="settings-unit">{unit}</span>
        </span>
      )}
    </Field>
  );
}

export function WeekdayBoxes({
  legend,
  hint,
  days,
  error,
  onChange,
}: {
  legend: string;
  hint: string;
  days: readonly number[];
  error: string | undefined;
  onChange(days: number[]): void;
}) {
  return (
    <fieldset className={error ? 'checkbox-group has-error' : 'checkbox-group'}>
      <legend className="field-label">{legend}</legend>
      <div className="checkbox-list settings-weekdays">
        {WEEK_ORDER.map((day) => (
          <label key={day} className="checkbox" title={WEEKDAY_LONG[day]}>
            <input
              type="checkbox"
              checked={days.includes(day)}
              aria-label={`${legend}: ${WEEKDAY_LONG[day]}`}
              {...(error ? { 'aria-invalid': true } : {})}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...days, day].sort() : days.filter((d) => d !== day),
                )
              }
            />
            <span aria-hidden="true">{WEEKDAY_SHORT[day]}</span>
          </label>
        ))}
      </div>
      <p className="field-hint">{hint}</p>
      {error ? <FieldError text={error} /> : null}
    </fieldset>
  );
}
