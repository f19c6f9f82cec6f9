import type { RowError } from './RowErrors';
import { useFocusAfterRender } from './useFocusAfterRender';
import type { Touched } from './withoutField';

/** A row of an editor table: `rowKey` keeps its identity (and its focus) while rows move. */
export interface EditorRow {
  rowKey: string;
}

export interface RowEditorOptions<Row extends EditorRow> {
  /** The list's name in field paths: 'milestones' for 'milestones[1].planned'. */
  list: string;
  /** What one row is called in its controls' labels: 'Milestone' for 'Milestone 2 planned date'. */
  noun: string;
  rows: readonly Row[];
  /** The form's errors by field path. */
  errors: Record<string, string>;
  /** A row's fields that can have an error, in column order (the order they are listed under it). */
  fields: readonly string[];
  newRow(): Row;
  onChange(rows: Row[], touched: Touched): void;
}

/** The props of a cell's <Field>: its label, and its error, shown on the row's own error line. */
export interface CellField {
  label: string;
  hideLabel: true;
  error: string | undefined;
  errorElsewhere: string;
}

/** The row that takes focus when the row at `index` is removed: the next, or else the one before. */
export function neighbourAfterRemoval<Row>(
  remaining: readonly Row[],
  index: number,
): Row | undefined {
  return remaining[index] ?? remaining[index - 1];
}

/**
 * The behaviour every editor of a list of rows shares (milestones, blockers,
 * follow-ups, template rows): add, remove and edit a row, telling the form
 * which errors each edit makes stale; focus on the new row's first control
 * after an add, and on a neighbour's remove button (or the add button) after
 * a removal; each cell's label and error tied to its row.
 *
 * Render the editor inside the element given `container` as its ref (RowEditor does), with each row's <tr>
 * carrying `data-row={row.rowKey}`, its remove button in `.cell-remove` and
 * the add button marked `.add-row`.
 */
export function useRowEditor<Row extends EditorRow>({
  list,
  noun,
  rows,
  errors,
  fields,
  newRow,
  onChange,
}: RowEditorOptions<Row>) {
  const { container, focusAfterRender } = useFocusAfterRender<HTMLFieldSetElement>();
  const path = (index: number) => `${list}[${index}]`;

  return {
    container,
    rows,
    /** The error of the list as a whole ('milestones'), not of one row. */
    listError: errors[list],

    update(index: number, change: Partial<Row>, field: string) {
      onChange(
        rows.map((row, i) => (i === index ? { ...row, ...change } : row)),
        { field: `${path(index)}.${field}` },
      );
    },

    add() {
      const row = newRow();
      onChange([...rows, row], null);
      focusAfterRender(`[data-row="${row.rowKey}"] :is(input, select, textarea)`);
    },

    remove(index: number) {
      const remaining = rows.filter((_, i) => i !== index);
      // Every row after it moves up, so every row's errors are stale.
      onChange(remaining, { rows: true });
      const neighbour = neighbourAfterRemoval(remaining, index);
      focusAfterRender(
        neighbour ? `[data-row="${neighbour.rowKey}"] .cell-remove button` : '.add-row',
      );
    },

    /** The <Field> props of one cell: `cell(row, 1, 'planned', 'planned date')`. */
    cell(row: Row, index: number, field: string, label: string): CellField {
      return {
        label: `${noun} ${index + 1} ${label}`,
        hideLabel: true,
        error: errors[`${path(index)}.${field}`],
        errorElsewhere: `${row.rowKey}-${field}-error`,
      };
    },

    /** The errors of a row's fields, in column order, for the line under it. */
    rowErrors(row: Row, index: number): RowError[] {
      return fields.flatMap((field) => {
        const text = errors[`${path(index)}.${field}`];
        return text ? [{ id: `${row.rowKey}-${field}-error`, text }] : [];
      });
    },
  };
}

export type RowEditorState<Row extends EditorRow> = ReturnType<typeof useRowEditor<Row>>;
