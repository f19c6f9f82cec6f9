import { useState, type KeyboardEvent } from 'react';
import { utcToday } from '../../shared/domain/dates';
import { formatDay } from '../common/dates';
import { Field, FieldError } from '../common/Field';
import { Icon } from '../common/Icon';
import { useFocusAfterRender } from '../common/useFocusAfterRender';
import { neighbourAfterRemoval } from '../common/useRowEditor';
import { useNow } from '../state/useNow';
import { HolidayImport } from './HolidayImport';
import { addHoliday, type HolidayRow, type SettingsDraft } from './settingsDraft';

interface HolidayListProps {
  draft: SettingsDraft;
  errors: Record<string, string>;
  /** The new list; `field` is the error it settles ("holiday:2026-12-25"). */
  onChange(holidays: HolidayRow[], field?: string): void;
}

function byYear(rows: readonly HolidayRow[]): [string, HolidayRow[]][] {
  const years = new Map<string, HolidayRow[]>();
  for (const row of rows) {
    const year = row.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), row]);
  }
  return [...years.entries()];
}

/** The named holidays: add one by date, rename in place, remove, or import a calendar's. */
export function HolidayList({ draft, errors, onChange }: HolidayListProps) {
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  // The element to give focus back to when the import dialog closes.
  const [importing, setImporting] = useState<HTMLElement | null>(null);
  const { container, focusAfterRender } = useFocusAfterRender<HTMLElement>();
  const thisYear = utcToday(useNow()).slice(0, 4);

  const add = () => {
    const result = addHoliday(draft, date, name);
    if (!result.ok) {
      setAddError(result.message);
      focusAfterRender('.holiday-add-date');
      return;
    }
    onChange(result.draft.holidays);
    setDate('');
    setName('');
    setAddError(null);
    focusAfterRender('.holiday-add-date');
  };

  const onAddKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter here adds the holiday; it must not save the whole form.
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    add();
  };

  const rename = (day: string, value: string) =>
    onChange(
      draft.holidays.map((row) => (row.date === day ? { ...row, name: value } : row)),
      `holiday:${day}`,
    );

  const remove = (day: string) => {
    const index = draft.holidays.findIndex((row) => row.date === day);
    const next = draft.holidays.filter((row) => row.date !== day);
    const neighbour = neighbourAfterRemoval(next, index);
    focusAfterRender(
      neighbour ? `[data-holiday="${neighbour.date}"] .holiday-remove` : '.holiday-add-date',
    );
    onChange(next, `holiday:${day}`);
  };

  const count = draft.holidays.length;
  const upcoming = draft.holidays.filter((row) => row.date.slice(0, 4) >= thisYear).length;

  return (
    <section
      className="panel settings-section settings-holidays"
      ref={container}
      aria-labelledby="holidays-heading"
    >
      <div className="settings-holidays-head">
        <h3 id="holidays-heading">
          Holidays <span className="count">{count}</span>
        </h3>
        <button
          type="button"
          className="button"
          onClick={(event) => setImporting(event.currentTarget)}
        >
          Import from .ics…
        </button>
      </div>
      <p className="field-hint">
        Non-working days: buffers and pre-disclosure skip them, a milestone on one is a finding, and
        the timeline shows them by name.
      </p>
      {errors.holidays ? <FieldError text={errors.holidays} /> : null}
      <div className="holiday-add" role="group" aria-label="Add a holiday">
        <Field label="Date" hint="YYYY-MM-DD" error={addError ?? undefined}>
          {(control) => (
            <input
              {...control}
              type="text"
              className="input input-date holiday-add-date"
              value={date}
              placeholder="2026-12-25"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => {
                setDate(event.target.value);
                setAddError(null);
              }}
              onKeyDown={onAddKey}
            />
          )}
        </Field>
        <Field label="Name" hint="Optional, e.g. Christmas Day">
          {(control) => (
            <input
              {...control}
              type="text"
              className="input"
              value={name}
              maxLength={80}
              autoComplete="off"
              onChange={(event) => setName(event.target.value)}
              onKeyDown={onAddKey}
            />
          )}
        </Field>
        <button type="button" className="button holiday-add-button" onClick={add}>
          <Icon name="plus" />
          Add holiday
        </button>
      </div>
      {count === 0 ? (
        <p className="panel-empty-line">
          No holidays yet. Add them one by one, or import a public-holiday calendar (.ics).
        </p>
      ) : (
        <div className="holiday-years">
          {byYear(draft.holidays).map(([year, rows]) => (
            <details key={year} className="holiday-year" open={year >= thisYear}>
              <summary>
                {year}{' '}
                <span className="muted">
                  · {rows.length} {rows.length === 1 ? 'holiday' : 'holidays'}
                </span>
              </summary>
              <table className="holiday-table">
                <thead className="visually-hidden">
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Name</th>
                    <th scope="col">Remove</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => {
                    const error = errors[`holiday:${row.date}`];
                    const day = formatDay(row.date);
                    return (
                      <tr key={row.date} data-holiday={row.date}>
                        <th scope="row">
                          <time dateTime={row.date}>{day}</time>
                        </th>
                        <td>
                          <input
                            type="text"
                            className="input"
                            value={row.name}
                            placeholder="Holiday"
                            maxLength={80}
                            aria-label={`Name of the holiday on ${day}`}
                            autoComplete="off"
                            {...(error ? { 'aria-invalid': true } : {})}
                            onChange={(event) => rename(row.date, event.target.value)}
                          />
                          {error ? <FieldError text={error} /> : null}
                        </td>
                        <td className="holiday-actions">
                          <button
                            type="button"
                            className="icon-button icon-button-danger holiday-remove"
                            aria-label={`Remove the holiday on ${day}${row.name ? ` (${row.name})` : ''}`}
                            title="Remove this holiday"
                            onClick={() => remove(row.date)}
                          >
                            <Icon name="trash" />
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </details>
          ))}
        </div>
      )}
      {count > 0 && upcoming === 0 ? (
        <p className="field-hint">None of these is this year or later: add the coming ones.</p>
      ) : null}
      {importing ? (
        <HolidayImport
          draft={draft}
          returnFocus={importing}
          onCancel={() => setImporting(null)}
          onImport={(holidays) => {
            setImporting(null);
            onChange(holidays);
          }}
        />
      ) : null}
    </section>
  );
}
