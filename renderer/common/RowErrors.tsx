import { FieldError } from './Field';
import './rowEditor.css';

export interface RowError {
  id: string;
  text: string;
}

/**
 * The errors of one editor-table row, on a line of their own under it: a
 * narrow date cell has no room for a sentence.
 */
export function RowErrors({ errors, columns }: { errors: RowError[]; columns: number }) {
  if (errors.length === 0) return null;
  return (
    <tr className="row-errors">
      <td colSpan={columns}>
        {errors.map((error) => (
          <FieldError key={error.id} id={error.id} text={error.text} />
        ))}
      </td>
    </tr>
  );
}
