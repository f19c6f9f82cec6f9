import { useRef, useState, type FormEvent } from 'react';
import { RestoredDraft, useCloseGuard } from '../common/DiscardPrompt';
import { focusSelector } from '../common/editorFocus';
import { useKeptDraft } from '../common/useKeptDraft';
import { RELEASE_STATUSES, type Release, type ReleaseStatus } from '../../shared/domain/release';
import { EditorFooter } from '../common/EditorFooter';
import { Field } from '../common/Field';
import { NO_ERRORS, problemsFromMessage, type FormErrors } from '../common/fieldErrors';
import { FormProblems } from '../common/FormProblems';
import { Modal } from '../common/Modal';
import { StaleNotice } from '../common/StaleNotice';
import { useFocusFirstInvalid } from '../common/useFocusFirstInvalid';
import { withoutTouched, type Touched } from '../common/withoutField';
import { useEditor, type EditorFocus } from '../state/editorStore';
import { useNotices } from '../state/noticeStore';
import { planStore } from '../state/usePlan';
import { TemplateFill } from '../templates/TemplateFill';
import { utcToday } from '../../shared/domain/dates';
import { BlockerEditor } from './BlockerEditor';
import { MilestoneEditor } from './MilestoneEditor';
import { checkRelease, draftFromRelease, releaseErrors, type ReleaseDraft } from './releaseDraft';

/**
 * The add/edit release dialog. `release` is the copy being edited, null to
 * add one; `focus` the milestone whose date the cursor starts in.
 */
export function ReleaseEditor({
  release,
  focus,
}: {
  release: Release | null;
  focus?: EditorFocus;
}) {
  const close = useEditor((state) => state.close);
  const returnFocus = useEditor((state) => state.returnFocus);
  const say = useNotices((state) => state.say);
  // The revision is the one the user started from: a save based on it must not overwrite a
  // newer one. A draft left unsaved comes back with the revision it was based on.
  const kept = useKeptDraft<ReleaseDraft, Release | null>(
    `release-${release?.id ?? 'new'}`,
    release,
    draftFromRelease,
  );
  const { draft, base } = kept;
  const setDraft = kept.setDraft;
  const guard = useCloseGuard({
    what: release ? `release ${release.name}` : 'the new release',
    dirty: kept.dirty,
    close,
    forget: kept.forget,
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [stale, setStale] = useState<'conflict' | 'not_found' | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const edit = (change: Partial<ReleaseDraft>, touched: Touched, rowsOf = 'milestones') => {
    setDraft((current) => ({ ...current, ...change }));
    setErrors((current) => withoutTouched(current, touched, rowsOf));
  };
  const today = utcToday(new Date());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkRelease(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    const { write } = planStore.getState();
    const result = base
      ? await write('releases.update', { id: base.id, revision: base.revision, ...checked.value })
      : await write('releases.create', checked.value);
    setBusy(false);
    if (result.ok) {
      kept.forget();
      say('info', `Saved release ${result.value.name}.`);
      close();
    } else if (base && (result.error.code === 'conflict' || result.error.code === 'not_found')) {
      setErrors(NO_ERRORS);
      setStale(result.error.code);
    } else {
      setErrors(releaseErrors(draft, problemsFromMessage(result.error.message)));
      focusFirstInvalid();
    }
  };

  const reload = async () => {
    await planStore.getState().load();
    const latest = base ? planStore.getState().releases.find((r) => r.id === base.id) : undefined;
    if (!latest) {
      close();
      return;
    }
    kept.reset(latest);
    setErrors(NO_ERRORS);
    setStale(null);
    say('info', `Reloaded release ${latest.name} (revision ${latest.revision}).`);
  };

  const title = release ? `Edit release ${release.name}` : 'Add release';
  return (
    <Modal
      title={title}
      onClose={guard.requestClose}
      returnFocus={returnFocus}
      initialFocus={focusSelector(focus)}
    >
      <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="modal-body">
          {stale ? (
            <StaleNotice what="release" kind={stale} onReload={() => void reload()} />
          ) : null}
          {kept.restoredAt !== null && kept.dirty ? (
            <RestoredDraft onDiscard={() => kept.reset(release)} />
          ) : null}
          <FormProblems errors={errors} />
          <div className="form-grid">
            <Field label="Name" error={errors.fields.name} hint="For example 4.21">
              {(control) => (
                <input
                  {...control}
                  type="text"
                  className="input"
                  value={draft.name}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(event) => edit({ name: event.target.value }, { field: 'name' })}
                />
              )}
            </Field>
            <Field
              label="Status"
              error={errors.fields.status}
              hint="An actual release date marks it released."
            >
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={draft.status}
                  onChange={(event) =>
                    edit({ status: event.target.value as ReleaseStatus }, { field: 'status' })
                  }
                >
                  {RELEASE_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {status === 'planned' ? 'Planned' : 'Released'}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          {release ? null : (
            <TemplateFill onFill={(milestones) => edit({ milestones }, { rows: true })} />
          )}
          <MilestoneEditor
            rows={draft.milestones}
            errors={errors.fields}
            onChange={(milestones, touched) => edit({ milestones }, touched)}
          />
          <BlockerEditor
            rows={draft.blockers}
            errors={errors.fields}
            today={today}
            onChange={(blockers, touched) => edit({ blockers }, touched, 'blockers')}
          />
          <p className="form-note">Dates are calendar days, written YYYY-MM-DD.</p>
        </div>
        <EditorFooter
          saveLabel={release ? 'Save release' : 'Add release'}
          busy={busy}
          blocked={stale !== null}
          onCancel={guard.requestClose}
        />
      </form>
      {guard.prompt}
    </Modal>
  );
}
