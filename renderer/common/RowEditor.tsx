import { Fragment, type ReactNode } from 'react';
import { FieldError } from './Field';
import { Icon } from './Icon';
import { RowErrors } from './RowErrors';
import type { EditorRow, RowEditorState } from './useRowEditor';

/** A column heading of an editor table. */
export interface RowEditorColumn {
  heading: string;
  /** Read to screen readers only: the column speaks for itself on screen. */
  hidden?: boolean;
  className?: string;
  title?: string;
}

interface RowEditorProps<Row extends EditorRow> {
  editor: RowEditorState<Row>;
  legend: string;
  columns: readonly RowEditorColumn[];
  /** What the editor says while it has no rows. */
  empty: string;
  addLabel: string;
  /** The remove button's accessible name, which says which row it removes. */
  removeLabel(row: Row, index: number): string;
  removeTitle: string;
  /** Attributes of a row that other parts of the form find it by (`data-milestone-id`). */
  rowData?(row: Row): Record<`data-${string}`, string | number | undefined>;
  /** A row's cells, before its remove button. */
  children(row: Row, index: number): ReactNode;
}

/**
 * The table of an editor of rows (useRowEditor): a heading per column, a row
 * per item with its remove button and, under it, a line for its errors, and
 * the button that adds a row.
 */
export function RowEditor<Row extends EditorRow>({
  editor,
  legend,
  columns,
  empty,
  addLabel,
  removeLabel,
  removeTitle,
  rowData,
  children,
}: RowEditorProps<Row>) {
  const { container, listError, rows, add, remove, rowErrors } = editor;
  return (
    <fieldset className="row-editor" ref={container}>
      <legend>{legend}</legend>
      {listError ? <FieldError text={listError} /> : null}
      {rows.length === 0 ? (
        <p className="row-editor-empty">{empty}</p>
      ) : (
        <table className="editor-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.heading}
                  scope="col"
                  className={column.className}
                  title={column.title}
                >
                  {column.hidden ? (
                    <span className="visually-hidden">{column.heading}</span>
                  ) : (
                    column.heading
                  )}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <Fragment key={row.rowKey}>
                <tr data-row={row.rowKey} {...rowData?.(row)}>
                  {children(row, index)}
                  <td className="cell-remove">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={removeLabel(row, index)}
                      title={removeTitle}
                      onClick={() => remove(index)}
                    >
                      <Icon name="trash" />
                    </button>
                  </td>
                </tr>
                <RowErrors columns={columns.length + 1} errors={rowErrors(row, index)} />
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button button-quiet add-row" onClick={add}>
        <Icon name="plus" /> {addLabel}
      </button>
    </fieldset>
  );
}
