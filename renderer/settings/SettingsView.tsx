import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import { EMBARGO_WAIT_POLICIES, type Settings } from '../../shared/domain/settings';
import { SETTING_LABELS, WAIT_POLICY_TEXT } from '../../shared/domain/settingsText';
import { RestoredDraft, useCloseGuard } from '../common/DiscardPrompt';
import { Field } from '../common/Field';
import { NO_ERRORS, problemsFromMessage, type FormErrors } from '../common/fieldErrors';
import { FormProblems } from '../common/FormProblems';
import { Icon } from '../common/Icon';
import { useFocusFirstInvalid } from '../common/useFocusFirstInvalid';
import { useKeptDraft } from '../common/useKeptDraft';
import { useHistory } from '../history/historyStore';
import { useNotices } from '../state/noticeStore';
import { planStore, usePlan } from '../state/usePlan';
import { HolidayList } from './HolidayList';
import { NumberField, WeekdayBoxes } from './SettingsFields';
import {
  changedSettings,
  checkSettings,
  draftFromSettings,
  settingsErrors,
  type SettingsDraft,
} from './settingsDraft';
import './settings.css';
import '../common/StaleNotice.css';

/** The settings editor, once the plan (and with it the settings) has loaded. */
export function SettingsView() {
  const settings = usePlan((state) => state.settings);
  if (!settings) return <p className="loading">Loading the settings…</p>;
  return <SettingsForm stored={settings} />;
}

const POLICY_HINTS: Record<Settings['embargoWaitPolicy'], string> = {
  history:
    'With 3 or more released releases, the planner recommends slipping or a point release from how many working days past releases needed after their last embargo; with fewer, from the release buffer.',
  always: 'Slipping the release past the last embargo that holds it is recommended.',
  'up-to':
    'Slipping is recommended while the wait is at most this many weeks; a longer wait, a point release.',
  never: 'Keeping the date and shipping late fixes in a point release is recommended.',
};

function SettingsForm({ stored }: { stored: Settings }) {
  const say = useNotices((state) => state.say);
  const kept = useKeptDraft<SettingsDraft, Settings>('settings', stored, draftFromSettings);
  const { draft, base, dirty } = kept;
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  // Undo, redo or another window changed the settings: an untouched form follows them.
  const { reset } = kept;
  useEffect(() => {
    if (!dirty && stored.revision !== base.revision) reset(stored);
  }, [dirty, stored, base.revision, reset]);

  const edit = (change: Partial<SettingsDraft>, ...fields: string[]) => {
    kept.setDraft((current) => ({ ...current, ...change }));
    if (fields.length > 0)
      setErrors((current) => ({
        general: current.general,
        fields: Object.fromEntries(
          Object.entries(current.fields).filter(([field]) => !fields.includes(field)),
        ),
      }));
  };

  // Ctrl+Enter saves, as in every editor, wherever focus is in the view; a dialog over it
  // (the holiday import, the history) keeps the key for itself.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented)
        return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      formRef.current?.requestSubmit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const changed = changedSettings(draft, base);
  const guard = useCloseGuard({
    what: 'the settings',
    dirty,
    close: () => {
      setErrors(NO_ERRORS);
      setStale(false);
      reset(planStore.getState().settings ?? stored);
    },
    forget: kept.forget,
    canKeepDraft: false,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!dirty) {
      say('info', 'Nothing to save: the settings are as stored.');
      return;
    }
    const checked = checkSettings(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    const result = await planStore
      .getState()
      .write('settings.update', { revision: base.revision, ...checked.value });
    setBusy(false);
    if (result.ok) {
      kept.forget();
      kept.reset(result.value);
      setErrors(NO_ERRORS);
      say('info', `Saved the settings (${changed.map((f) => label(f)).join(', ')}).`);
    } else if (result.error.code === 'conflict') {
      setErrors(NO_ERRORS);
      setStale(true);
    } else {
      setErrors(settingsErrors(problemsFromMessage(result.error.message)));
      focusFirstInvalid();
    }
  };

  const reload = async () => {
    await planStore.getState().load();
    const latest = planStore.getState().settings;
    kept.forget();
    if (latest) kept.reset(latest);
    setStale(false);
    setErrors(NO_ERRORS);
    say('info', 'Reloaded the settings.');
  };

  const f = errors.fields;
  return (
    <section className="settings-view" aria-labelledby="settings-heading">
      <form
        ref={formRef}
        className="form settings-form"
        noValidate
        aria-labelledby="settings-heading"
        onSubmit={(event) => void submit(event)}
      >
        <div className="settings-head">
          <div>
            <h2 id="settings-heading">Settings</h2>
            <p className="muted">
              What the planning rules count with. Each save is one step in the history, and Undo
              takes it back.
            </p>
          </div>
          <button
            type="button"
            className="button"
            onClick={() =>
              useHistory.getState().open({ entity: 'settings', id: 1, name: 'the settings' })
            }
          >
            <Icon name="history" />
            History
          </button>
        </div>
        {stale ? (
          <div className="stale-notice" role="alert">
            <p>
              The settings were changed elsewhere (undo, another window or the command line) since
              you began, so nothing was saved. Reload to start again from the latest settings; your
              changes here will be replaced.
            </p>
            <button type="button" className="button" onClick={() => void reload()}>
              Reload latest
            </button>
          </div>
        ) : null}
        {kept.restoredAt !== null && dirty ? (
          <RestoredDraft onDiscard={() => reset(planStore.getState().settings ?? stored)} />
        ) : null}
        <FormProblems errors={errors} />
        <div className="settings-grid">
          <fieldset className="panel settings-section settings-warnings">
            <legend>Warnings</legend>
            <NumberField
              field="warnWindowDays"
              unit="days"
              hint="An embargo that lifts this close before a release is a warning."
              value={draft.warnWindowDays}
              error={f.warnWindowDays}
              onChange={(value) => edit({ warnWindowDays: value }, 'warnWindowDays')}
            />
            <NumberField
              field="releaseBufferWorkingDays"
              unit="working days"
              hint="What a release needs after the last embargo lifts; less is an error."
              value={draft.releaseBufferWorkingDays}
              error={f.releaseBufferWorkingDays}
              onChange={(value) =>
                edit({ releaseBufferWorkingDays: value }, 'releaseBufferWorkingDays')
              }
            />
            <NumberField
              field="minPredisclosureWorkingDays"
              unit="working days"
              hint="Between pre-disclosure and lift; less is a warning."
              value={draft.minPredisclosureWorkingDays}
              error={f.minPredisclosureWorkingDays}
              onChange={(value) =>
                edit({ minPredisclosureWorkingDays: value }, 'minPredisclosureWorkingDays')
              }
            />
          </fieldset>
          <fieldset className="panel settings-section settings-week">
            <legend>Working week</legend>
            <WeekdayBoxes
              legend={SETTING_LABELS.workingDays}
              hint="Buffers and pre-disclosure count these days, less holidays."
              days={draft.workingDays}
              error={f.workingDays}
              onChange={(days) => edit({ workingDays: days }, 'workingDays')}
            />
            <WeekdayBoxes
              legend={SETTING_LABELS.releaseWeekdays}
              hint="Suggested dates fall on these days; a release on another day is a note."
              days={draft.releaseWeekdays}
              error={f.releaseWeekdays}
              onChange={(days) => edit({ releaseWeekdays: days }, 'releaseWeekdays')}
            />
            <Field
              label={SETTING_LABELS.defaultPublicTimeUtc}
              hint="When a new advisory's embargo lifts unless the mail says otherwise; HH:MM in UTC."
              error={f.defaultPublicTimeUtc}
            >
              {(control) => (
                <span className="settings-number">
                  <input
                    {...control}
                    type="text"
                    className="input input-time"
                    value={draft.defaultPublicTimeUtc}
                    placeholder="12:00"
                    autoComplete="off"
                    onChange={(event) =>
                      edit({ defaultPublicTimeUtc: event.target.value }, 'defaultPublicTimeUtc')
                    }
                  />
                  <span className="settings-unit">UTC</span>
                </span>
              )}
            </Field>
          </fieldset>
          <fieldset className="panel settings-section settings-embargoes">
            <legend>Embargoes</legend>
            <fieldset className="settings-policy">
              <legend className="field-label">{SETTING_LABELS.embargoWaitPolicy}</legend>
              <p className="field-hint">
                When a release waits on embargoes, slip it or keep the date and ship the fixes in a
                point release? The planner marks one recommended by this rule.
              </p>
              {EMBARGO_WAIT_POLICIES.map((policy) => (
                <Fragment key={policy}>
                  <label className="settings-radio">
                    <input
                      type="radio"
                      name="embargoWaitPolicy"
                      value={policy}
                      checked={draft.embargoWaitPolicy === policy}
                      aria-describedby={`policy-hint-${policy}`}
                      onChange={() => edit({ embargoWaitPolicy: policy }, 'embargoWaitPolicy')}
                    />
                    <span>
                      <span className="settings-radio-title">{WAIT_POLICY_TEXT[policy]}</span>
                      <span className="field-hint" id={`policy-hint-${policy}`} aria-hidden="true">
                        {POLICY_HINTS[policy]}
                      </span>
                    </span>
                  </label>
                  {policy === 'up-to' && draft.embargoWaitPolicy === 'up-to' ? (
                    <div className="settings-weeks">
                      <NumberField
                        field="embargoWaitWeeks"
                        unit="weeks at most"
                        hint="0 to 52."
                        value={draft.embargoWaitWeeks}
                        error={f.embargoWaitWeeks}
                        onChange={(value) => edit({ embargoWaitWeeks: value }, 'embargoWaitWeeks')}
                      />
                    </div>
                  ) : null}
                </Fragment>
              ))}
            </fieldset>
            <label className="settings-switch">
              <input
                type="checkbox"
                checked={draft.autoPublishAtLift}
                aria-describedby="auto-publish-hint"
                onChange={(event) =>
                  edit({ autoPublishAtLift: event.target.checked }, 'autoPublishAtLift')
                }
              />
              <span>
                <span className="settings-radio-title">{SETTING_LABELS.autoPublishAtLift}</span>
                <span className="field-hint" id="auto-publish-hint" aria-hidden="true">
                  Off (the safe choice): an embargoed advisory stays embargoed in every export until
                  someone marks it public, so an embargo that was postponed but not updated never
                  leaks. On: it counts as public from its lift time.
                </span>
              </span>
            </label>
          </fieldset>
          <HolidayList
            draft={draft}
            errors={f}
            onChange={(holidays, field) =>
              edit({ holidays }, 'holidays', ...(field ? [field] : []))
            }
          />
        </div>
        <div className={dirty ? 'settings-bar is-dirty' : 'settings-bar'}>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || stale || !dirty}
          >
            {busy ? 'Saving…' : 'Save settings'}
          </button>
          <button
            type="button"
            className="button"
            disabled={!dirty || busy}
            onClick={guard.requestClose}
          >
            Discard changes
          </button>
          <p className="settings-bar-text" aria-live="polite">
            {dirty && changed.length > 0
              ? `Not saved yet: ${changed.map((field) => label(field)).join(', ')}.`
              : 'All settings are saved.'}
          </p>
          <span className="modal-footer-hint">
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves
          </span>
        </div>
      </form>
      {guard.prompt}
    </section>
  );
}

function label(field: string): string {
  return (SETTING_LABELS[field as keyof typeof SETTING_LABELS] ?? field).toLowerCase();
}
