import { Fragment, useEffect, useRef } from 'react';
import { MILESTONE_KINDS, MILESTONE_LABELS, type MilestoneKind } from '../../shared/domain/release';
import { Field, FieldError } from '../common/Field';
import { Icon } from '../common/Icon';
import { RowErrors, rowErrors } from '../common/RowErrors';
import type { Touched } from '../common/withoutField';
import { newMilestone, type MilestoneDraft } from './releaseDraft';
import '../common/rowEditor.css';

interface MilestoneEditorProps {
  rows: MilestoneDraft[];
  errors: Record<string, string>;
  onChange(rows: MilestoneDraft[], touched: Touched): void;
}

type TextKey = 'planned' | 'actual' | 'label';

const COLUMNS = ['kind', 'label', 'planned', 'actual'] as const;

/** Rows of kind, label, planned and actual date; added and removed freely, saved in this order. */
export function MilestoneEditor({ rows, errors, onChange }: MilestoneEditorProps) {
  const ref = useRef<HTMLFieldSetElement>(null);
  // After adding or removing a row, focus must land somewhere sensible, not on <body>.
  const focusTarget = useRef<string | null>(null);
  useEffect(() => {
    if (focusTarget.current === null) return;
    ref.current?.querySelector<HTMLElement>(focusTarget.current)?.focus();
    focusTarget.current = null;
  });

  const update = (index: number, change: Partial<MilestoneDraft>, field: string) =>
    onChange(
      rows.map((row, i) => (i === index ? { ...row, ...change } : row)),
      { field: `milestones[${index}].${field}` },
    );

  const add = () => {
    const row = newMilestone();
    onChange([...rows, row], null);
    focusTarget.current = `[data-row="${row.rowKey}"] select`;
  };

  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    onChange(next, { rows: true });
    const neighbour = next[index] ?? next[index - 1];
    focusTarget.current = neighbour
      ? `[data-row="${neighbour.rowKey}"] .cell-remove button`
      : '.add-row';
  };

  const textCell = (
    row: MilestoneDraft,
    index: number,
    key: TextKey,
    label: string,
    date: boolean,
  ) => (
    <td className={date ? 'cell-date' : 'cell-label'}>
      <Field
        label={`Milestone ${index + 1} ${label}`}
        hideLabel
        error={errors[`milestones[${index}].${key}`]}
        errorElsewhere={`${row.rowKey}-${key}-error`}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            className={date ? 'input input-date' : 'input'}
            value={row[key]}
            placeholder={date ? 'YYYY-MM-DD' : row.kind === 'rc' ? 'e.g. RC1' : 'optional'}
            inputMode={date ? 'numeric' : undefined}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => update(index, { [key]: event.target.value }, key)}
          />
        )}
      </Field>
    </td>
  );

  return (
    <fieldset className="row-editor" ref={ref}>
      <legend>Milestones</legend>
      {errors.milestones ? <FieldError text={errors.milestones} /> : null}
      {rows.length === 0 ? (
        <p className="row-editor-empty">
          No milestones yet. A release usually has at least its release date.
        </p>
      ) : (
        <table className="editor-table">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Label</th>
              <th scope="col">Planned</th>
              <th scope="col">Actual</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <Fragment key={row.rowKey}>
                <tr data-row={row.rowKey} data-milestone-id={row.id}>
                  <td className="cell-kind">
                    <Field
                      label={`Milestone ${index + 1} kind`}
                      hideLabel
                      error={errors[`milestones[${index}].kind`]}
                      errorElsewhere={`${row.rowKey}-kind-error`}
                    >
                      {(control) => (
                        <select
                          {...control}
                          className="input"
                          value={row.kind}
                          onChange={(event) =>
                            update(index, { kind: event.target.value as MilestoneKind }, 'kind')
                          }
                        >
                          {MILESTONE_KINDS.map((kind) => (
                            <option key={kind} value={kind}>
                              {kind === 'custom'
                                ? 'Other (named by label)'
                                : MILESTONE_LABELS[kind]}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  </td>
                  {textCell(row, index, 'label', 'label', false)}
                  {textCell(row, index, 'planned', 'planned date', true)}
                  {textCell(row, index, 'actual', 'actual date', true)}
                  <td className="cell-remove">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove milestone ${index + 1} (${MILESTONE_LABELS[row.kind]})`}
                      title="Remove this milestone"
                      onClick={() => remove(index)}
                    >
                      <Icon name="trash" />
                    </button>
                  </td>
                </tr>
                <RowErrors
                  columns={5}
                  errors={rowErrors(errors, `milestones[${index}]`, COLUMNS, row.rowKey)}
                />
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button button-quiet add-row" onClick={add}>
        <Icon name="plus" /> Add milestone
      </button>
    </fieldset>
  );
}
