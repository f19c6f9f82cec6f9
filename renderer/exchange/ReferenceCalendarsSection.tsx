import { useEffect, useRef } from 'react';
import { formatInstantUtc } from '../common/dates';
import { Icon } from '../common/Icon';
import { useConfirm } from '../state/confirmStore';
import { plural } from './exportChoice';
import { referenceCalendarsStore, useReferenceCalendars } from './referenceCalendarsStore';

/**
 * The other projects' calendars kept for comparison, with delete. Showing
 * them as a lane is the timeline's business; this is where they are managed.
 */
export function ReferenceCalendarsSection() {
  const calendars = useReferenceCalendars((state) => state.calendars);
  const loadError = useReferenceCalendars((state) => state.loadError);
  const ask = useConfirm((state) => state.open);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void referenceCalendarsStore.getState().load();
  }, []);

  const remove = (id: number, name: string) =>
    ask({
      title: `Delete reference calendar ${name}?`,
      message: `The calendar "${name}" and its events are removed from the planner. Your plan is not changed; you can import the file again at any time.`,
      confirmLabel: 'Delete calendar',
      run: () => referenceCalendarsStore.getState().remove(id),
      fallbackFocus: () => heading.current,
    });

  return (
    <section className="reference-calendars" aria-labelledby="reference-calendars-heading">
      <h3 id="reference-calendars-heading" ref={heading} tabIndex={-1}>
        Reference calendars
      </h3>
      {loadError ? (
        <p className="field-error">They could not be listed: {loadError}</p>
      ) : calendars === null ? (
        <p className="muted">Loading…</p>
      ) : calendars.length === 0 ? (
        <p className="muted">
          None yet. Import another project&apos;s release calendar (.ics) to compare its dates with
          yours.
        </p>
      ) : (
        <ul className="reference-list">
          {calendars.map((calendar) => (
            <li key={calendar.id}>
              <div>
                <span className="reference-name">{calendar.name}</span>
                <span className="sub">
                  {plural(calendar.events.length, 'event')} · from {calendar.fileName} · imported{' '}
                  {formatInstantUtc(calendar.importedAt)}
                </span>
              </div>
              <button
                type="button"
                className="icon-button icon-button-danger"
                aria-label={`Delete reference calendar ${calendar.name}`}
                title="Delete"
                onClick={() => remove(calendar.id, calendar.name)}
              >
                <Icon name="trash" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
