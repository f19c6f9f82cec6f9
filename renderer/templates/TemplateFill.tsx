import { useEffect, useState } from 'react';
import { isCalendarDate } from '../../shared/domain/dates';
import { Field } from '../common/Field';
import { Icon } from '../common/Icon';
import type { MilestoneDraft } from '../releases/releaseDraft';
import { usePlan } from '../state/usePlan';
import { rowsFromTemplate } from './templateRows';
import { useTemplates } from './templatesStore';
import './templates.css';

interface TemplateFillProps {
  /** Replaces the form's milestone rows; every date stays editable before saving. */
  onFill(rows: MilestoneDraft[]): void;
}

/**
 * "Start from a template" in the new-release form: a template and a target
 * release date fill the milestone rows, counted back from the release.
 */
export function TemplateFill({ onFill }: TemplateFillProps) {
  const templates = useTemplates((state) => state.templates);
  const loadError = useTemplates((state) => state.loadError);
  const settings = usePlan((state) => state.settings);
  const [chosen, setChosen] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void useTemplates.getState().load();
  }, []);

  const template = templates.find((t) => t.name === chosen) ?? templates[0];

  const fill = () => {
    const text = date.trim();
    if (!isCalendarDate(text)) {
      setError(
        text === ''
          ? 'Give the target release date, written YYYY-MM-DD'
          : 'Target release date is not a real calendar date (YYYY-MM-DD)',
      );
      return;
    }
    if (!template || !settings) return;
    setError(undefined);
    onFill(rowsFromTemplate(template, text, settings));
  };

  return (
    <fieldset className="template-fill">
      <legend>Start from a template</legend>
      <div className="template-fill-row">
        <Field label="Template">
          {(control) => (
            <select
              {...control}
              className="input"
              value={template?.name ?? ''}
              disabled={templates.length === 0}
              onChange={(event) => setChosen(event.target.value)}
            >
              {templates.map((t) => (
                <option key={`${t.shipped ? 'shipped' : 'user'}-${t.name}`} value={t.name}>
                  {t.name}
                  {t.shipped ? '' : ' (yours)'}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Target release date" error={error}>
          {(control) => (
            <input
              {...control}
              type="text"
              className="input input-date"
              value={date}
              placeholder="YYYY-MM-DD"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => {
                setDate(event.target.value);
                setError(undefined);
              }}
              onKeyDown={(event) => {
                // Enter fills the rows; it must not submit the whole form half-made.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  fill();
                }
              }}
            />
          )}
        </Field>
        <button
          type="button"
          className="button template-fill-button"
          disabled={!template || !settings}
          onClick={fill}
        >
          <Icon name="arrow" />
          Fill milestones
        </button>
      </div>
      <p className="field-hint">
        {loadError
          ? `Templates could not be loaded: ${loadError}`
          : 'Replaces the milestone rows below, counted back from the release date. Every date stays editable.'}
      </p>
    </fieldset>
  );
}
