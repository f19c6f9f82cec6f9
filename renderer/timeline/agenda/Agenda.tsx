import { useMemo } from 'react';
import { useEditor } from '../../state/editorStore';
import { AGENDA_KIND_TEXT, agendaRows } from './agenda';
import { SEVERITY_WORD } from '../../../shared/planning/vocabulary';
import { ApplyButton } from '../../findings/ApplyButton';
import { dayText } from '../model/labels';
import type { TimelineData } from '../state/useTimelineData';
import { holidaysIn } from '../geometry/workingDays';
import './agenda.css';

/** More rows than anyone reads in a table; the caption says how to narrow it. */
const ROW_LIMIT = 500;

interface AgendaProps {
  data: TimelineData;
  from: number;
  to: number;
}

/**
 * The same items as the timeline, in date order, as a table: for screen
 * readers, for printing, and for reading a busy month line by line.
 */
export function Agenda({ data, from, to }: AgendaProps) {
  const rows = useMemo(
    () =>
      agendaRows({
        lanes: data.lanes,
        items: data.rows.items,
        index: data.index,
        from,
        to,
        now: data.now,
        presenting: data.presenting,
        holidays: data.settings ? holidaysIn(from, to, data.settings) : [],
        references: data.references,
      }),
    [data, from, to],
  );
  const open = useEditor((s) => s.open);
  const shown = rows.slice(0, ROW_LIMIT);
  return (
    <div className="tl-agenda">
      <table className="data-table tl-agenda-table">
        <caption className="table-caption">
          <strong>Agenda</strong> from {dayText(from)} to {dayText(to)}, the range the timeline
          shows
          {rows.length > ROW_LIMIT
            ? `: the first ${ROW_LIMIT} of ${rows.length} entries. Zoom in or filter to see the rest.`
            : `: ${rows.length} ${rows.length === 1 ? 'entry' : 'entries'}.`}{' '}
          Times in UTC.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="col-date">
              Date
            </th>
            <th scope="col">Kind</th>
            <th scope="col">What</th>
            <th scope="col">Details</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={5} className="panel-empty-line">
                Nothing in this range. Use Fit all, or clear the filters.
              </td>
            </tr>
          ) : null}
          {shown.map((row) => (
            <tr
              key={row.id}
              className={`tl-agenda-row is-${row.kind}${row.severity ? ` is-${row.severity}` : ''}${row.status ? ` is-${row.status}` : ''}`}
            >
              <td className="col-date">
                <time dateTime={new Date(row.t).toISOString()}>{row.when}</time>
              </td>
              <td>{row.severity ? SEVERITY_WORD[row.severity] : AGENDA_KIND_TEXT[row.kind]}</td>
              <th scope="row">{row.what}</th>
              <td>{row.detail}</td>
              <td className="row-actions-cell">
                {row.suggestion ? (
                  <ApplyButton suggestion={row.suggestion} />
                ) : row.edit && row.kind !== 'finding' ? (
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() => open(row.edit!)}
                  >
                    Edit<span className="visually-hidden"> {row.what}</span>
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
