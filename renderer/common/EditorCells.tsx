import type { InputHTMLAttributes } from 'react';
import { Field } from './Field';
import type { CellField } from './useRowEditor';

// The cells of an editor table (RowEditor): a labelled control whose error
// goes to the row's error line, as useRowEditor's `cell()` describes it.

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value' | 'onChange'>;

interface TextCellProps extends InputProps {
  /** The cell's class, which sets its width: 'cell-label', 'cell-date'. */
  cell: string;
  field: CellField;
  value: string;
  onEdit(value: string): void;
}

/** A cell with a text input. */
export function TextCell({
  cell,
  field,
  value,
  onEdit,
  className = 'input',
  ...input
}: TextCellProps) {
  return (
    <td className={cell}>
      <Field {...field}>
        {(control) => (
          <input
            {...control}
            type="text"
            className={className}
            value={value}
            autoComplete="off"
            {...input}
            onChange={(event) => onEdit(event.target.value)}
          />
        )}
      </Field>
    </td>
  );
}

/** A cell with a calendar date typed as YYYY-MM-DD (the placeholder may say what a blank means). */
export function DateCell({
  placeholder = 'YYYY-MM-DD',
  ...props
}: Omit<TextCellProps, 'cell' | 'className'>) {
  return (
    <TextCell
      cell="cell-date"
      className="input input-date"
      placeholder={placeholder}
      inputMode="numeric"
      spellCheck={false}
      {...props}
    />
  );
}

interface SelectCellProps<Value extends string> {
  cell: string;
  field: CellField;
  value: Value;
  /** The choices in order, each with the words the list shows. */
  options: readonly (readonly [Value, string])[];
  onEdit(value: Value): void;
}

/** A cell with a choice from a fixed list. */
export function SelectCell<Value extends string>({
  cell,
  field,
  value,
  options,
  onEdit,
}: SelectCellProps<Value>) {
  return (
    <td className={cell}>
      <Field {...field}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={value}
            onChange={(event) => onEdit(event.target.value as Value)}
          >
            {options.map(([option, text]) => (
              <option key={option} value={option}>
                {text}
              </option>
            ))}
          </select>
        )}
      </Field>
    </td>
  );
}
