import { useId, useRef, useState } from 'react';
import { client } from '../api/client';
import { Field } from '../common/Field';
import { Icon } from '../common/Icon';
import { Modal } from '../common/Modal';
import { FilePicker } from '../files/FilePicker';
import { readTextFile } from '../files/readTextFile';
import { useNotices } from '../state/noticeStore';
import { planStore } from '../state/usePlan';
import { ChoiceList } from './ChoiceList';
import { useExchange } from './exchangeStore';
import { IMPORT_ACCEPT, IMPORT_KINDS, guessImportKind, type ImportKind } from './importKind';
import {
  DEFAULT_CHOICES,
  fileProblems,
  importBlocker,
  importedText,
  runImport,
  type ImportChoices,
} from './importPreview';
import { ImportReportView } from './ImportReportView';
import { referenceCalendarsStore } from './referenceCalendarsStore';
import { ReferenceCalendarsSection } from './ReferenceCalendarsSection';
import { ConflictsView } from './ConflictsView';
import { SettingsDifferencesView } from './SettingsDifferencesView';
import { useImportPreview, type PickedFile } from './useImportPreview';

/**
 * Choose a file, say what it is, see what importing it would do, then import
 * it whole or not at all.
 */
export function ImportDialog() {
  const close = useExchange((state) => state.close);
  const returnFocus = useExchange((state) => state.returnFocus);
  const say = useNotices((state) => state.say);
  const footerNoteId = useId();
  const tokens = useRef(0);
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [readError, setReadError] = useState<string | undefined>(undefined);
  const [kind, setKind] = useState<ImportKind | null>(null);
  const [name, setName] = useState('');
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // A new picker after each import, so it no longer shows the file that went in.
  const [pickerKey, setPickerKey] = useState(0);
  // What to do with a bundle's settings and holidays: asked, never assumed.
  const [choices, setChoices] = useState<ImportChoices>(DEFAULT_CHOICES);
  const preview = useImportPreview(picked, kind, choices);

  const choose = async (file: File) => {
    setDone(null);
    setApplyError(null);
    const read = await readTextFile(file);
    if (!read.ok) {
      setPicked(null);
      setReadError(read.message);
      return;
    }
    setReadError(undefined);
    setName('');
    setChoices(DEFAULT_CHOICES);
    setKind(guessImportKind(read.file.fileName, read.file.content));
    setPicked({ token: ++tokens.current, file: read.file });
  };

  const outcome = preview?.ok ? preview.value : null;
  const blocker = outcome ? importBlocker(outcome) : null;
  const note = !picked
    ? null
    : !kind
      ? 'Say what this file is to see what it would change.'
      : preview === null
        ? 'Reading the file…'
        : !preview.ok
          ? 'This file cannot be imported as it is.'
          : blocker;

  const apply = async () => {
    if (!picked || !kind || !outcome || blocker) return;
    setApplying(true);
    setApplyError(null);
    const result = await runImport(client(), {
      file: picked.file,
      kind,
      preview: false,
      name,
      choices,
    });
    setApplying(false);
    if (!result.ok) {
      setApplyError(`Nothing was imported. ${result.error.message}`);
      return;
    }
    if (!result.value.report.applied) {
      // The plan changed between preview and import: show what the file would do now.
      setApplyError('Nothing was imported: the plan changed since the preview. Check it again.');
      setPicked({ token: ++tokens.current, file: picked.file });
      return;
    }
    const text = importedText(result.value, picked.file.fileName);
    say('info', text);
    setDone(text);
    setPicked(null);
    setKind(null);
    setPickerKey((key) => key + 1);
    if (result.value.kind === 'reference') await referenceCalendarsStore.getState().load();
    else await planStore.getState().load();
  };

  return (
    <Modal title="Import" onClose={close} returnFocus={returnFocus}>
      <div className="modal-body import-body">
        {done ? (
          <div className="import-done">
            <Icon name="check" />
            <p>{done}</p>
          </div>
        ) : null}
        <FilePicker
          key={pickerKey}
          label="File to import"
          accept={IMPORT_ACCEPT}
          hint="A planner bundle (.json), Xen's xsa.json, or an iCalendar file (.ics) of holidays or of another project's releases."
          error={readError}
          onFile={(file) => void choose(file)}
        />
        {picked ? (
          <>
            <ChoiceList
              legend="What is this file?"
              choices={IMPORT_KINDS}
              value={kind}
              onChange={(next) => {
                setApplyError(null);
                setKind(next);
              }}
            />
            {kind === 'reference' ? (
              <Field
                label="Calendar name"
                hint="Leave empty to use the calendar's own name. A calendar of the same name is replaced."
              >
                {(control) => (
                  <input
                    {...control}
                    className="input"
                    value={name}
                    maxLength={120}
                    onChange={(event) => setName(event.currentTarget.value)}
                  />
                )}
              </Field>
            ) : null}
            {preview && !preview.ok ? (
              <div className="form-problems" role="alert">
                <p className="form-problems-title">
                  {picked.file.fileName} cannot be imported as{' '}
                  {IMPORT_KINDS.find((k) => k.id === kind)?.label.toLowerCase()}.
                </p>
                <ul>
                  {fileProblems(preview.error.message, picked.file.fileName).map((problem, i) => (
                    <li key={i}>
                      {problem.where ? <code className="import-where">{problem.where}</code> : null}{' '}
                      {problem.text}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {outcome ? <ImportReportView outcome={outcome} file={picked.file} /> : null}
            {outcome?.kind === 'plan' ? (
              <ConflictsView
                conflicts={outcome.report.conflicts}
                choices={choices}
                onChange={setChoices}
              />
            ) : null}
            {outcome?.kind === 'plan' && outcome.report.settingsDifferences ? (
              <SettingsDifferencesView
                differences={outcome.report.settingsDifferences}
                choices={choices}
                onChange={setChoices}
              />
            ) : null}
          </>
        ) : null}
        {applyError ? (
          <div className="form-problems" role="alert">
            <p className="form-problems-title">{applyError}</p>
          </div>
        ) : null}
        <ReferenceCalendarsSection />
      </div>
      <div className="modal-footer">
        {note ? (
          <p id={footerNoteId} className={blocker ? 'footer-note is-blocked' : 'footer-note'}>
            {note}
          </p>
        ) : null}
        <button type="button" className="button" onClick={close}>
          {done ? 'Done' : 'Cancel'}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!outcome || blocker !== null || applying}
          aria-describedby={note ? footerNoteId : undefined}
          onClick={() => void apply()}
        >
          {applying ? 'Importing…' : 'Import'}
        </button>
      </div>
    </Modal>
  );
}
