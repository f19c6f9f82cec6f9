import { Fragment, useEffect, useRef } from 'react';
import { BLOCKER_KIND_LABELS, BLOCKER_KINDS, type BlockerKind } from '../../shared/domain/release';
import { Field, FieldError } from '../common/Field';
import { Icon } from '../common/Icon';
import { RowErrors, rowErrors } from '../common/RowErrors';
import type { Touched } from '../common/withoutField';
import { BLOCKER_FIELDS, newBlocker, type BlockerDraft } from './releaseDraft';
import '../common/rowEditor.css';

interface BlockerEditorProps {
  rows: BlockerDraft[];
  errors: Record<string, string>;
  today: string;
  onChange(rows: BlockerDraft[], touched: Touched): void;
}

type DateKey = 'openedOn' | 'expectedOn' | 'resolvedOn';

/**
 * Blockers that are not embargoes: a title, a kind, when it was opened, when
 * it is expected to be resolved (blank: nobody knows) and when it was.
 */
export function BlockerEditor({ rows, errors, today, onChange }: BlockerEditorProps) {
  const ref = useRef<HTMLFieldSetElement>(null);
  const focusTarget = useRef<string | null>(null);
  useEffect(() => {
    if (focusTarget.current === null) return;
    ref.current?.querySelector<HTMLElement>(focusTarget.current)?.focus();
    focusTarget.current = null;
  });

  const update = (index: number, change: Partial<BlockerDraft>, field: string) =>
    onChange(
      rows.map((row, i) => (i === index ? { ...row, ...change } : row)),
      { field: `blockers[${index}].${field}` },
    );

  const add = () => {
    const row = newBlocker(today);
    onChange([...rows, row], null);
    focusTarget.current = `[data-row="${row.rowKey}"] input`;
  };

  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    onChange(next, { rows: true });
    const neighbour = next[index] ?? next[index - 1];
    focusTarget.current = neighbour
      ? `[data-row="${neighbour.rowKey}"] .cell-remove button`
      : '.add-blocker';
  };

  const dateCell = (row: BlockerDraft, index: number, key: DateKey, label: string) => (
    <td className="cell-date">
      <Field
        label={`Blocker ${index + 1} ${label}`}
        hideLabel
        error={errors[`blockers[${index}].${key}`]}
        errorElsewhere={`${row.rowKey}-${key}-error`}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            className="input input-date"
            value={row[key]}
            placeholder={
              key === 'expectedOn' ? 'unknown' : key === 'resolvedOn' ? 'open' : 'YYYY-MM-DD'
            }
            inputMode="numeric"
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
      <legend>Other blockers (not embargoes)</legend>
      {errors.blockers ? <FieldError text={errors.blockers} /> : null}
      {rows.length === 0 ? (
        <p className="row-editor-empty">
          None. Add a bug, a test gate that has not passed, or anything else that holds the release.
        </p>
      ) : (
        <table className="editor-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Kind</th>
              <th scope="col">Opened</th>
              <th scope="col">Expected</th>
              <th scope="col">Resolved</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <Fragment key={row.rowKey}>
                <tr data-row={row.rowKey}>
                  <td className="cell-label">
                    <Field
                      label={`Blocker ${index + 1} title`}
                      hideLabel
                      error={errors[`blockers[${index}].title`]}
                      errorElsewhere={`${row.rowKey}-title-error`}
                    >
                      {(control) => (
                        <input
                          {...control}
                          type="text"
                          className="input"
                          value={row.title}
                          placeholder="e.g. osstest push gate not passed"
                          autoComplete="off"
                          onChange={(event) =>
                            update(index, { title: event.target.value }, 'title')
                          }
                        />
                      )}
                    </Field>
                  </td>
                  <td className="cell-kind">
                    <Field
                      label={`Blocker ${index + 1} kind`}
                      hideLabel
                      error={errors[`blockers[${index}].kind`]}
                      errorElsewhere={`${row.rowKey}-kind-error`}
                    >
                      {(control) => (
                        <select
                          {...control}
                          className="input"
                          value={row.kind}
                          onChange={(event) =>
                            update(index, { kind: event.target.value as BlockerKind }, 'kind')
                          }
                        >
                          {BLOCKER_KINDS.map((kind) => (
                            <option key={kind} value={kind}>
                              {BLOCKER_KIND_LABELS[kind]}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  </td>
                  {dateCell(row, index, 'openedOn', 'opened')}
                  {dateCell(row, index, 'expectedOn', 'expected resolution')}
                  {dateCell(row, index, 'resolvedOn', 'resolved')}
                  <td className="cell-remove">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove blocker ${index + 1}${row.title ? ` (${row.title})` : ''}`}
                      title="Remove this blocker (to record that it was resolved, fill in Resolved instead)"
                      onClick={() => remove(index)}
                    >
                      <Icon name="trash" />
                    </button>
                  </td>
                </tr>
                <RowErrors
                  columns={6}
                  errors={rowErrors(errors, `blockers[${index}]`, BLOCKER_FIELDS, row.rowKey)}
                />
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button button-quiet add-row add-blocker" onClick={add}>
        <Icon name="plus" /> Add blocker
      </button>
    </fieldset>
  );
}
