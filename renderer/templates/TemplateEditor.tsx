import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import { useCloseGuard } from '../common/DiscardPrompt';
import type { TemplateInfo } from '../../shared/contract/planningSchemas';
import { MILESTONE_KINDS, MILESTONE_LABELS, type MilestoneKind } from '../../shared/domain/release';
import { Field, FieldError } from '../common/Field';
import { NO_ERRORS, problemsFromMessage, type FormErrors } from '../common/fieldErrors';
import { FormProblems } from '../common/FormProblems';
import { Icon } from '../common/Icon';
import { RowErrors, rowErrors } from '../common/RowErrors';
import { useFocusFirstInvalid } from '../common/useFocusFirstInvalid';
import { withoutTouched, type Touched } from '../common/withoutField';
import { sameDraft } from '../state/draftStore';
import { useNotices } from '../state/noticeStore';
import {
  checkTemplateDraft,
  draftFromTemplate,
  newTemplateRow,
  templateErrors,
  type TemplateDraft,
  type TemplateRowDraft,
  weeksText,
} from './templateDraft';
import { useTemplates } from './templatesStore';
import '../common/rowEditor.css';

interface TemplateEditorProps {
  /** The template to edit, or to copy from; null for a blank one. */
  template: TemplateInfo | null;
  copy: boolean;
  onDone(): void;
  /** Told whether the form holds changes, so the templates dialog asks before it closes. */
  onDirty?(dirty: boolean): void;
}

const COLUMNS = ['kind', 'label', 'daysBefore'] as const;

/** One template's name and milestone offsets, inside the templates dialog. */
export function TemplateEditor({ template, copy, onDone, onDirty }: TemplateEditorProps) {
  const say = useNotices((state) => state.say);
  const editing = template !== null && !copy && template.id !== null ? template : null;
  const [initial] = useState<TemplateDraft>(() => draftFromTemplate(template, copy));
  const [draft, setDraft] = useState<TemplateDraft>(initial);
  const dirty = !sameDraft(draft, initial);
  useEffect(() => onDirty?.(dirty), [dirty, onDirty]);
  const guard = useCloseGuard({
    what: 'the template',
    dirty,
    close: onDone,
    forget: () => undefined,
    canKeepDraft: false,
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const edit = (change: Partial<TemplateDraft>, touched: Touched) => {
    setDraft((current) => ({ ...current, ...change }));
    setErrors((current) => withoutTouched(current, touched, 'milestones'));
  };
  const editRow = (index: number, change: Partial<TemplateRowDraft>, field: string) =>
    edit(
      { rows: draft.rows.map((row, i) => (i === index ? { ...row, ...change } : row)) },
      { field: `milestones[${index}].${field}` },
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkTemplateDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    const { write } = useTemplates.getState();
    const result =
      editing && editing.id !== null
        ? await write('templates.update', {
            id: editing.id,
            revision: editing.revision,
            ...checked.value,
          })
        : await write('templates.create', checked.value);
    setBusy(false);
    if (result.ok) {
      say('info', `Saved template ${result.value.name}.`);
      onDirty?.(false);
      onDone();
    } else {
      setErrors(templateErrors(draft, problemsFromMessage(result.error.message)));
      focusFirstInvalid();
    }
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="modal-body">
        <h3 className="template-editor-title">
          {editing ? `Edit template ${editing.name}` : 'New template'}
        </h3>
        <FormProblems errors={errors} />
        <Field label="Template name" error={errors.fields.name} hint="For example Quarterly">
          {(control) => (
            <input
              {...control}
              type="text"
              className="input template-name-input"
              value={draft.name}
              autoComplete="off"
              onChange={(event) => edit({ name: event.target.value }, { field: 'name' })}
            />
          )}
        </Field>
        <fieldset className="row-editor">
          <legend>Milestones, counted back from the release date</legend>
          {errors.fields.milestones ? <FieldError text={errors.fields.milestones} /> : null}
          {draft.rows.length === 0 ? (
            <p className="row-editor-empty">
              No milestones: a release made from it gets only its release date.
            </p>
          ) : (
            <table className="editor-table">
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">Label</th>
                  <th scope="col" className="col-days">
                    Days before release
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">In weeks</span>
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {draft.rows.map((row, index) => (
                  <Fragment key={row.rowKey}>
                    <tr>
                      <td className="cell-kind">
                        <Field
                          label={`Template milestone ${index + 1} kind`}
                          hideLabel
                          error={errors.fields[`milestones[${index}].kind`]}
                          errorElsewhere={`${row.rowKey}-kind-error`}
                        >
                          {(control) => (
                            <select
                              {...control}
                              className="input"
                              value={row.kind}
                              onChange={(event) =>
                                editRow(
                                  index,
                                  { kind: event.target.value as MilestoneKind },
                                  'kind',
                                )
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
                      <td className="cell-label">
                        <Field
                          label={`Template milestone ${index + 1} label`}
                          hideLabel
                          error={errors.fields[`milestones[${index}].label`]}
                          errorElsewhere={`${row.rowKey}-label-error`}
                        >
                          {(control) => (
                            <input
                              {...control}
                              type="text"
                              className="input"
                              value={row.label}
                              placeholder="optional"
                              autoComplete="off"
                              onChange={(event) =>
                                editRow(index, { label: event.target.value }, 'label')
                              }
                            />
                          )}
                        </Field>
                      </td>
                      <td className="cell-days">
                        <Field
                          label={`Template milestone ${index + 1} days before release`}
                          hideLabel
                          error={errors.fields[`milestones[${index}].daysBefore`]}
                          errorElsewhere={`${row.rowKey}-daysBefore-error`}
                        >
                          {(control) => (
                            <input
                              {...control}
                              type="text"
                              className="input input-days"
                              value={row.daysBefore}
                              inputMode="numeric"
                              autoComplete="off"
                              onChange={(event) =>
                                editRow(index, { daysBefore: event.target.value }, 'daysBefore')
                              }
                            />
                          )}
                        </Field>
                      </td>
                      <td className="cell-weeks">
                        {/^\d+$/.test(row.daysBefore.trim())
                          ? weeksText(Number(row.daysBefore.trim()))
                          : ''}
                      </td>
                      <td className="cell-remove">
                        <button
                          type="button"
                          className="icon-button"
                          aria-label={`Remove template milestone ${index + 1} (${MILESTONE_LABELS[row.kind]})`}
                          title="Remove this milestone"
                          onClick={() =>
                            edit({ rows: draft.rows.filter((_, i) => i !== index) }, { rows: true })
                          }
                        >
                          <Icon name="trash" />
                        </button>
                      </td>
                    </tr>
                    <RowErrors
                      columns={5}
                      errors={rowErrors(errors.fields, `milestones[${index}]`, COLUMNS, row.rowKey)}
                    />
                  </Fragment>
                ))}
              </tbody>
            </table>
          )}
          <button
            type="button"
            className="button button-quiet add-row"
            onClick={() => edit({ rows: [...draft.rows, newTemplateRow()] }, null)}
          >
            <Icon name="plus" /> Add milestone
          </button>
        </fieldset>
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={guard.requestClose}>
          Back to templates
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save template'}
        </button>
      </div>
      {guard.prompt}
    </form>
  );
}
