import { Fragment, useEffect, useRef } from 'react';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../shared/domain/advisory';
import { Field } from '../common/Field';
import { Icon } from '../common/Icon';
import { RowErrors, rowErrors } from '../common/RowErrors';
import type { Touched } from '../common/withoutField';
import { FOLLOW_UP_COLUMNS, newFollowUp, type FollowUpDraft } from './advisoryDraft';
import '../common/rowEditor.css';

interface FollowUpEditorProps {
  rows: FollowUpDraft[];
  errors: Record<string, string>;
  onChange(rows: FollowUpDraft[], touched: Touched): void;
}

const STATUS_LABELS: Record<FollowUpStatus, string> = {
  pending: 'Pending',
  landed: 'Landed',
  dropped: 'Dropped',
};

/** Fixes to the fix and re-issued versions: what is still to come after the lift. */
export function FollowUpEditor({ rows, errors, onChange }: FollowUpEditorProps) {
  const ref = useRef<HTMLFieldSetElement>(null);
  const focusTarget = useRef<string | null>(null);
  useEffect(() => {
    if (focusTarget.current === null) return;
    ref.current?.querySelector<HTMLElement>(focusTarget.current)?.focus();
    focusTarget.current = null;
  });

  const update = (index: number, change: Partial<FollowUpDraft>, field: string) =>
    onChange(
      rows.map((row, i) => (i === index ? { ...row, ...change } : row)),
      { field: `followUps[${index}].${field}` },
    );

  const add = () => {
    const row = newFollowUp();
    onChange([...rows, row], null);
    focusTarget.current = `[data-row="${row.rowKey}"] input`;
  };

  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    onChange(next, { rows: true });
    const neighbour = next[index] ?? next[index - 1];
    focusTarget.current = neighbour
      ? `[data-row="${neighbour.rowKey}"] .cell-remove button`
      : '.add-row';
  };

  return (
    <fieldset className="row-editor" ref={ref}>
      <legend>Follow-ups</legend>
      {rows.length === 0 ? (
        <p className="row-editor-empty">No follow-up fixes recorded.</p>
      ) : (
        <table className="editor-table">
          <thead>
            <tr>
              <th scope="col">Summary</th>
              <th scope="col">Expected</th>
              <th scope="col">Status</th>
              <th
                scope="col"
                className="col-lift"
                title="A re-issued advisory version (v2) with its own embargo"
              >
                Own lift (UTC)
              </th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <Fragment key={row.rowKey}>
                <tr data-row={row.rowKey} data-follow-up-id={row.id}>
                  <td className="cell-summary">
                    <Field
                      label={`Follow-up ${index + 1} summary`}
                      hideLabel
                      error={errors[`followUps[${index}].summary`]}
                      errorElsewhere={`${row.rowKey}-summary-error`}
                    >
                      {(control) => (
                        <input
                          {...control}
                          type="text"
                          className="input"
                          value={row.summary}
                          placeholder="e.g. Fix-up for the Arm side"
                          autoComplete="off"
                          onChange={(event) =>
                            update(index, { summary: event.target.value }, 'summary')
                          }
                        />
                      )}
                    </Field>
                  </td>
                  <td className="cell-date">
                    <Field
                      label={`Follow-up ${index + 1} expected date`}
                      hideLabel
                      error={errors[`followUps[${index}].expectedAt`]}
                      errorElsewhere={`${row.rowKey}-expectedAt-error`}
                    >
                      {(control) => (
                        <input
                          {...control}
                          type="text"
                          className="input input-date"
                          value={row.expectedAt}
                          placeholder="YYYY-MM-DD"
                          inputMode="numeric"
                          autoComplete="off"
                          spellCheck={false}
                          onChange={(event) =>
                            update(index, { expectedAt: event.target.value }, 'expectedAt')
                          }
                        />
                      )}
                    </Field>
                  </td>
                  <td className="cell-status">
                    <Field
                      label={`Follow-up ${index + 1} status`}
                      hideLabel
                      error={errors[`followUps[${index}].status`]}
                      errorElsewhere={`${row.rowKey}-status-error`}
                    >
                      {(control) => (
                        <select
                          {...control}
                          className="input"
                          value={row.status}
                          onChange={(event) =>
                            update(
                              index,
                              { status: event.target.value as FollowUpStatus },
                              'status',
                            )
                          }
                        >
                          {FOLLOW_UP_STATUSES.map((status) => (
                            <option key={status} value={status}>
                              {STATUS_LABELS[status]}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  </td>
                  <td className="cell-lift">
                    <Field
                      label={`Follow-up ${index + 1} own lift (UTC)`}
                      hideLabel
                      error={errors[`followUps[${index}].publicAt`]}
                      errorElsewhere={`${row.rowKey}-publicAt-error`}
                    >
                      {(control) => (
                        <input
                          {...control}
                          type="text"
                          className="input input-lift"
                          value={row.lift}
                          placeholder="YYYY-MM-DD HH:MM"
                          title="Optional: when a re-issued version (v2) lifts its own embargo"
                          inputMode="numeric"
                          autoComplete="off"
                          spellCheck={false}
                          onChange={(event) =>
                            update(index, { lift: event.target.value }, 'publicAt')
                          }
                        />
                      )}
                    </Field>
                  </td>
                  <td className="cell-remove">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove follow-up ${index + 1}`}
                      title="Remove this follow-up"
                      onClick={() => remove(index)}
                    >
                      <Icon name="trash" />
                    </button>
                  </td>
                </tr>
                <RowErrors
                  columns={5}
                  errors={rowErrors(errors, `followUps[${index}]`, FOLLOW_UP_COLUMNS, row.rowKey)}
                />
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button button-quiet add-row" onClick={add}>
        <Icon name="plus" /> Add follow-up
      </button>
    </fieldset>
  );
}
