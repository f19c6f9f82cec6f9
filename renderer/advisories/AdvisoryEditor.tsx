import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ParsedAdvisoryMail } from '../../shared/advisories/parseAdvisoryMail';
import {
  ADVISORY_STATUSES,
  type Advisory,
  type AdvisoryStatus,
} from '../../shared/domain/advisory';
import { normaliseInstant } from '../../shared/domain/dates';
import { isReleased } from '../../shared/domain/release';
import { client } from '../api/client';
import { formatInstantInZone, formatInstantUtc, isUtcZone, localZone } from '../common/dates';
import { RestoredDraft, useCloseGuard } from '../common/DiscardPrompt';
import { focusSelector } from '../common/editorFocus';
import { EditorFooter } from '../common/EditorFooter';
import { Field, FieldError } from '../common/Field';
import { NO_ERRORS, problemsFromMessage, type FormErrors } from '../common/fieldErrors';
import { FormProblems } from '../common/FormProblems';
import { Modal } from '../common/Modal';
import { StaleNotice } from '../common/StaleNotice';
import { useFocusFirstInvalid } from '../common/useFocusFirstInvalid';
import { useKeptDraft } from '../common/useKeptDraft';
import { withoutTouched, type Touched } from '../common/withoutField';
import { useEditor, type EditorFocus } from '../state/editorStore';
import { useNotices } from '../state/noticeStore';
import { planStore, usePlan } from '../state/usePlan';
import {
  advisoryErrors,
  checkAdvisory,
  draftFromAdvisory,
  liftMoved,
  suggestKey,
  type AdvisoryDraft,
} from './advisoryDraft';
import { cveProblem } from './cveCheck';
import { FollowUpEditor } from './FollowUpEditor';
import { InstantFields } from './InstantFields';
import { withDefaults } from './newAdvisory';
import { PasteMail } from './PasteMail';
import { fillFromMail } from './mailFill';
import { STATUS_TEXT } from './StatusBadge';
import './advisories.css';

/** What the lift fields say while a pasted mail left the lift to be typed. */
function liftUnreadText(reason: string): string {
  if (reason.startsWith('the mail gives the day'))
    return 'The mail gives the day but no time of day: enter the time (UTC).';
  if (reason.startsWith('the time is given in'))
    return `The mail gives the lift in a zone the planner does not convert: enter it in UTC.`;
  return 'Not in the mail: enter when the embargo lifts.';
}

/** What the typed lift is in the user's zone, once it is a real instant. */
function liftInLocalZone(date: string, time: string): string | null {
  const zone = localZone();
  if (isUtcZone(zone)) return null;
  const instant = normaliseInstant(`${date.trim()}T${time.trim()}:00Z`);
  return instant ? `${formatInstantInZone(instant, zone)} in ${zone}` : null;
}

/**
 * The add/edit advisory dialog. `advisory` is the copy being edited, null to
 * add one; `focus` the date the cursor starts in (the lift, a follow-up's).
 */
export function AdvisoryEditor({
  advisory,
  focus,
}: {
  advisory: Advisory | null;
  focus?: EditorFocus;
}) {
  const close = useEditor((state) => state.close);
  const returnFocus = useEditor((state) => state.returnFocus);
  const say = useNotices((state) => state.say);
  const releases = usePlan((state) => state.releases);
  const defaultTime = usePlan((state) => state.settings?.defaultPublicTimeUtc ?? '12:00');
  const advisories = usePlan((state) => state.advisories);
  const [initial] = useState<AdvisoryDraft>(() =>
    draftFromAdvisory(advisory, { defaultTime, releases }),
  );
  // A draft left unsaved comes back with the revision it was based on, so saving it over a
  // newer one is still refused.
  const kept = useKeptDraft<AdvisoryDraft, Advisory | null>(
    `advisory-${advisory?.id ?? 'new'}`,
    advisory,
    (from) => (from === advisory ? initial : draftFromAdvisory(from, { defaultTime, releases })),
  );
  const { draft, base, setDraft, setPristine } = kept;
  const guard = useCloseGuard({
    what: advisory ? `advisory ${advisory.key}` : 'the new advisory',
    dirty: kept.dirty,
    close,
    forget: kept.forget,
  });
  const [cvesLeft, setCvesLeft] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [stale, setStale] = useState<'conflict' | 'not_found' | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  // A new advisory starts from the server's defaults (next key, lift two
  // working weeks out, pre-disclosure before it), merged into whatever the
  // user has typed by the time they arrive.
  useEffect(() => {
    if (advisory) return;
    let current = true;
    void client()
      .call('advisories.defaults', {})
      .then((result) => {
        if (current && result.ok) {
          setDraft((now) => withDefaults(now, initial, result.value));
          // Defaults are not the user's changes: an untouched form stays clean.
          setPristine((now) => withDefaults(now, initial, result.value));
        }
      });
    return () => {
      current = false;
    };
  }, [advisory, initial, setDraft, setPristine]);

  const edit = (change: Partial<AdvisoryDraft>, touched: Touched) => {
    setDraft((current) => ({ ...current, ...change }));
    setErrors((current) => withoutTouched(current, touched, 'followUps'));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkAdvisory(draft, base);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    const { write } = planStore.getState();
    const result = base
      ? await write('advisories.update', {
          id: base.id,
          revision: base.revision,
          ...checked.value,
          ...(checked.reason ? { reason: checked.reason } : {}),
        })
      : await write('advisories.create', checked.value);
    setBusy(false);
    if (result.ok) {
      kept.forget();
      say('info', `Saved advisory ${result.value.key}.`);
      close();
    } else if (base && (result.error.code === 'conflict' || result.error.code === 'not_found')) {
      setErrors(NO_ERRORS);
      setStale(result.error.code);
    } else {
      setErrors(advisoryErrors(draft, problemsFromMessage(result.error.message)));
      focusFirstInvalid();
    }
  };

  const applyMail = (mail: ParsedAdvisoryMail) => {
    const context = {
      releases: releases.map((r) => r.name),
      recordedLift: base?.publicAt ?? null,
    };
    const fill = fillFromMail(draft, mail, context);
    // The mail was read while the user may have typed on: fill the latest draft.
    setDraft((current) => fillFromMail(current, mail, context).draft);
    setErrors(NO_ERRORS);
    setCvesLeft(true);
    const taken = fill.draft.key !== base?.key && advisories.some((a) => a.key === fill.draft.key);
    const warnings = taken
      ? [
          `${fill.draft.key} is already in the plan: saving this would be refused. Cancel and edit it there, or change the key.`,
          ...fill.warnings,
        ]
      : fill.warnings;
    return {
      read: fill.read,
      filled: fill.filled,
      sources: fill.sources,
      missing: fill.missing,
      warnings,
    };
  };

  const reload = async () => {
    await planStore.getState().load();
    const state = planStore.getState();
    const latest = base ? state.advisories.find((a) => a.id === base.id) : undefined;
    if (!latest) {
      close();
      return;
    }
    kept.reset(latest);
    setErrors(NO_ERRORS);
    setStale(null);
    say('info', `Reloaded advisory ${latest.key} (revision ${latest.revision}).`);
  };

  const toggleAffects = (name: string, checked: boolean) =>
    edit(
      {
        affects: checked
          ? releases.map((r) => r.name).filter((n) => n === name || draft.affects.includes(n))
          : draft.affects.filter((n) => n !== name),
      },
      { field: 'affects' },
    );

  // A release named in the advisory but missing from the list (deleted meanwhile) still shows, so it can be unticked.
  const releaseNames = [
    ...releases.map((r) => r.name),
    ...draft.affects.filter((name) => !releases.some((r) => r.name === name)),
  ];
  const localLift = liftInLocalZone(draft.publicDate, draft.publicTime);
  const title = advisory ? `Edit advisory ${advisory.key}` : 'Add advisory';
  const f = errors.fields;
  const cveError = f.cves ?? (cvesLeft ? cveProblem(draft.cves) : null) ?? undefined;

  return (
    <Modal
      title={title}
      onClose={guard.requestClose}
      returnFocus={returnFocus}
      initialFocus={focusSelector(focus) ?? '.input-key'}
    >
      <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="modal-body">
          {stale ? (
            <StaleNotice what="advisory" kind={stale} onReload={() => void reload()} />
          ) : null}
          {kept.restoredAt !== null && kept.dirty ? (
            <RestoredDraft onDiscard={() => kept.reset(advisory)} />
          ) : null}
          <FormProblems errors={errors} />
          <PasteMail
            text={draft.mail}
            onText={(mail) => setDraft((current) => ({ ...current, mail }))}
            apply={applyMail}
          />
          <div className="form-grid form-grid-key">
            <Field label="Key" error={f.key}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  className="input input-key"
                  value={draft.key}
                  placeholder={suggestKey(advisories)}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(event) => edit({ key: event.target.value }, { field: 'key' })}
                />
              )}
            </Field>
            <Field label="Status" error={f.status}>
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={draft.status}
                  onChange={(event) =>
                    edit({ status: event.target.value as AdvisoryStatus }, { field: 'status' })
                  }
                >
                  {ADVISORY_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {STATUS_TEXT[status]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label="Title"
              error={f.title}
              className="span-2"
              hint={
                draft.status === 'embargoed'
                  ? 'May stay empty while the advisory is embargoed.'
                  : undefined
              }
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  className="input"
                  value={draft.title}
                  autoComplete="off"
                  onChange={(event) => edit({ title: event.target.value }, { field: 'title' })}
                />
              )}
            </Field>
          </div>
          <Field
            label="CVEs"
            error={cveError}
            hint="Separated by commas, e.g. CVE-2018-3639, CVE-2018-3640"
          >
            {(control) => (
              <input
                {...control}
                type="text"
                className="input"
                value={draft.cves}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => edit({ cves: event.target.value }, { field: 'cves' })}
                onBlur={() => setCvesLeft(true)}
              />
            )}
          </Field>
          <div className="form-grid">
            <InstantFields
              name="predisclosureAt"
              legend="Pre-disclosure (UTC)"
              dateLabel="Pre-disclosure date"
              timeLabel="Pre-disclosure time (UTC)"
              date={draft.predisclosureDate}
              time={draft.predisclosureTime}
              error={f.predisclosureAt}
              dateError={f['predisclosureAt.date']}
              timeError={f['predisclosureAt.time']}
              hint="Optional. When the pre-disclosure list is told."
              onDate={(value) => edit({ predisclosureDate: value }, { field: 'predisclosureAt' })}
              onTime={(value) => edit({ predisclosureTime: value }, { field: 'predisclosureAt' })}
            />
            <InstantFields
              name="publicAt"
              legend="Embargo lifts (UTC)"
              dateLabel="Lift date"
              timeLabel="Lift time (UTC)"
              date={draft.publicDate}
              time={draft.publicTime}
              error={
                f.publicAt ??
                (draft.liftUnread === null ? undefined : liftUnreadText(draft.liftUnread))
              }
              dateError={f['publicAt.date']}
              timeError={f['publicAt.time']}
              hint={localLift ? `Your time: ${localLift}` : 'When the advisory becomes public.'}
              onDate={(value) =>
                edit({ publicDate: value, liftUnread: null }, { field: 'publicAt' })
              }
              onTime={(value) =>
                edit(
                  {
                    publicTime: value,
                    liftUnread: draft.publicDate.trim() === '' ? draft.liftUnread : null,
                  },
                  { field: 'publicAt' },
                )
              }
            />
          </div>
          {base && liftMoved(draft, base) ? (
            <Field
              label="Reason for the move"
              error={f.reason}
              hint={`The embargo was ${formatInstantUtc(base.publicAt)}. The history keeps why it moved, for the next time it is argued.`}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  className="input"
                  value={draft.reason}
                  placeholder="e.g. Discoverer asked for one more week"
                  autoComplete="off"
                  onChange={(event) => edit({ reason: event.target.value }, { field: 'reason' })}
                />
              )}
            </Field>
          ) : null}
          <fieldset className={f.affects ? 'checkbox-group has-error' : 'checkbox-group'}>
            <legend className="field-label">Affected releases</legend>
            {releaseNames.length === 0 ? (
              <p className="field-hint">
                No releases yet; add one to track which must carry the fix.
              </p>
            ) : (
              <div className="checkbox-list">
                {releaseNames.map((name) => {
                  const release = releases.find((r) => r.name === name);
                  return (
                    <label key={name} className="checkbox">
                      <input
                        type="checkbox"
                        checked={draft.affects.includes(name)}
                        onChange={(event) => toggleAffects(name, event.target.checked)}
                        {...(f.affects ? { 'aria-invalid': true } : {})}
                      />
                      <span>{name}</span>
                      {release && isReleased(release) ? (
                        <span className="checkbox-note">released</span>
                      ) : null}
                      {!release ? <span className="checkbox-note">no longer exists</span> : null}
                    </label>
                  );
                })}
              </div>
            )}
            {f.affects ? <FieldError text={f.affects} /> : null}
          </fieldset>
          <FollowUpEditor
            rows={draft.followUps}
            errors={f}
            onChange={(followUps, touched) => edit({ followUps }, touched)}
          />
          <Field
            label="Notes"
            error={f.notes}
            hint="The team's working notes: only a team export includes them."
          >
            {(control) => (
              <textarea
                {...control}
                className="input textarea"
                rows={3}
                value={draft.notes}
                onChange={(event) => edit({ notes: event.target.value }, { field: 'notes' })}
              />
            )}
          </Field>
        </div>
        <EditorFooter
          saveLabel={advisory ? 'Save advisory' : 'Add advisory'}
          busy={busy}
          blocked={stale !== null}
          onCancel={guard.requestClose}
        />
      </form>
      {guard.prompt}
    </Modal>
  );
}
