import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useCloseGuard } from '../common/DiscardPrompt';
import type { TemplateInfo } from '../../shared/contract/planningSchemas';
import { MILESTONE_LABELS, type MilestoneKind } from '../../shared/domain/release';
import { SelectCell, TextCell } from '../common/EditorCells';
import { Field } from '../common/Field';
import { NO_ERRORS, problemsFromMessage, type FormErrors } from '../common/fieldErrors';
import { FormProblems } from '../common/FormProblems';
import { RowEditor } from '../common/RowEditor';
import { useFocusFirstInvalid } from '../common/useFocusFirstInvalid';
import { useRowEditor } from '../common/useRowEditor';
import { withoutTouched, type Touched } from '../common/withoutField';
import { MILESTONE_KIND_OPTIONS } from '../releases/MilestoneEditor';
import { sameDraft } from '../state/draftStore';
import { useNotices } from '../state/noticeStore';
import {
  checkTemplateDraft,
  draftFromTemplate,
  newTemplateRow,
  TEMPLATE_ROW_FIELDS,
  templateErrors,
  type TemplateDraft,
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

const COLUMNS = [
  { heading: 'Kind' },
  { heading: 'Label' },
  { heading: 'Days before release', className: 'col-days' },
  { heading: 'In weeks', hidden: true },
];

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
  const rowEditor = useRowEditor({
    list: 'milestones',
    noun: 'Template milestone',
    rows: draft.rows,
    errors: errors.fields,
    fields: TEMPLATE_ROW_FIELDS,
    newRow: newTemplateRow,
    onChange: (rows, touched) => edit({ rows }, touched),
  });

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
        <RowEditor
          editor={rowEditor}
          legend="Milestones, counted back from the release date"
          columns={COLUMNS}
          empty="No milestones: a release made from it gets only its release date."
          addLabel="Add milestone"
          removeLabel={(row, index) =>
            `Remove template milestone ${index + 1} (${MILESTONE_LABELS[row.kind]})`
          }
          removeTitle="Remove this milestone"
        >
          {(row, index) => (
            <>
              <SelectCell<MilestoneKind>
                cell="cell-kind"
                field={rowEditor.cell(row, index, 'kind', 'kind')}
                value={row.kind}
                options={MILESTONE_KIND_OPTIONS}
                onEdit={(kind) => rowEditor.update(index, { kind }, 'kind')}
              />
              <TextCell
                cell="cell-label"
                field={rowEditor.cell(row, index, 'label', 'label')}
                value={row.label}
                placeholder="optional"
                onEdit={(label) => rowEditor.update(index, { label }, 'label')}
              />
              <TextCell
                cell="cell-days"
                className="input input-days"
                field={rowEditor.cell(row, index, 'daysBefore', 'days before release')}
                value={row.daysBefore}
                inputMode="numeric"
                onEdit={(daysBefore) => rowEditor.update(index, { daysBefore }, 'daysBefore')}
              />
              <td className="cell-weeks">
                {/^\d+$/.test(row.daysBefore.trim())
                  ? weeksText(Number(row.daysBefore.trim()))
                  : ''}
              </td>
            </>
          )}
        </RowEditor>
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
