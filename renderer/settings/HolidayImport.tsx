import { useRef, useState } from 'react';
import { client } from '../api/client';
import { formatDay } from '../common/dates';
import { describeProblem, problemsFromMessage } from '../common/fieldErrors';
import { Modal } from '../common/Modal';
import { FilePicker } from '../files/FilePicker';
import { readTextFile } from '../files/readTextFile';
import {
  importHolidays,
  type HolidayRow,
  type ImportRow,
  type SettingsDraft,
} from './settingsDraft';

interface HolidayImportProps {
  draft: SettingsDraft;
  returnFocus: HTMLElement | null;
  onCancel(): void;
  /** The list with the file's holidays in it; saved with the rest of the settings. */
  onImport(holidays: HolidayRow[]): void;
}

type Read =
  | { phase: 'empty' }
  | { phase: 'reading'; fileName: string }
  | { phase: 'failed'; message: string }
  | {
      phase: 'ready';
      fileName: string;
      days: { date: string; name: string | null }[];
      skipped: { where: string; reason: string }[];
    };

const CHANGE_TEXT: Record<ImportRow['change'], string> = {
  add: 'New holiday',
  name: 'Gets this name',
  none: 'Already a holiday',
};

/** The most rows the preview lists; the counts above say how many more there are. */
const MAX_ROWS = 200;

/**
 * Choose an .ics of public holidays and see, day by day, what it adds to the
 * list being edited before anything changes.
 */
export function HolidayImport({ draft, returnFocus, onCancel, onImport }: HolidayImportProps) {
  const [read, setRead] = useState<Read>({ phase: 'empty' });
  const tokens = useRef(0);

  const choose = async (file: File) => {
    const token = ++tokens.current;
    setRead({ phase: 'reading', fileName: file.name });
    const text = await readTextFile(file);
    if (token !== tokens.current) return;
    if (!text.ok) {
      setRead({ phase: 'failed', message: text.message });
      return;
    }
    const result = await client().call('calendars.importHolidays', {
      content: text.file.content,
      fileName: text.file.fileName,
      preview: true,
    });
    if (token !== tokens.current) return;
    if (!result.ok) {
      const message = problemsFromMessage(result.error.message)
        .map((p) => describeProblem(undefined, p.message))
        .join(' ');
      setRead({ phase: 'failed', message });
      return;
    }
    setRead({
      phase: 'ready',
      fileName: text.file.fileName,
      days: result.value.days,
      skipped: result.value.skipped,
    });
  };

  const merged = read.phase === 'ready' ? importHolidays(draft, read.days) : null;
  const added = merged?.rows.filter((r) => r.change === 'add').length ?? 0;
  const named = merged?.rows.filter((r) => r.change === 'name').length ?? 0;
  const known = merged?.rows.filter((r) => r.change === 'none').length ?? 0;
  const changes = added + named;

  return (
    <Modal title="Import holidays" onClose={onCancel} returnFocus={returnFocus}>
      <div className="modal-body holiday-import">
        <FilePicker
          label="Calendar file"
          accept=".ics,text/calendar"
          hint="An iCalendar file (.ics) of public holidays: each all-day event becomes a holiday, named by its title."
          error={read.phase === 'failed' ? read.message : undefined}
          onFile={(file) => void choose(file)}
        />
        {read.phase === 'reading' ? <p className="muted">Reading {read.fileName}…</p> : null}
        {merged && read.phase === 'ready' ? (
          <>
            <p className="holiday-import-summary" role="status">
              {importSummary(read.fileName, added, named, known, read.skipped.length)}
            </p>
            <div className="table-scroll holiday-import-table">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Name in the file</th>
                    <th scope="col">What happens</th>
                  </tr>
                </thead>
                <tbody>
                  {merged.rows.slice(0, MAX_ROWS).map((row) => (
                    <tr key={row.date} className={`is-${row.change}`}>
                      <td>{formatDay(row.date)}</td>
                      <td>{row.name ?? <span className="muted">no name</span>}</td>
                      <td>
                        {CHANGE_TEXT[row.change]}
                        {row.change === 'none' && row.current ? (
                          <span className="sub">keeps your name “{row.current}”</span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {merged.rows.length > MAX_ROWS ? (
                <p className="muted">and {merged.rows.length - MAX_ROWS} more days</p>
              ) : null}
            </div>
            {read.skipped.length > 0 ? (
              <details className="holiday-import-skipped">
                <summary>Skipped {read.skipped.length}</summary>
                <ul>
                  {read.skipped.slice(0, 100).map((s, i) => (
                    <li key={i}>
                      {s.where}: {s.reason}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="modal-footer">
        {merged ? (
          <span className="modal-footer-hint">
            {changes > 0
              ? 'Added to the list below; Save settings keeps them.'
              : 'Nothing new in this file.'}
          </span>
        ) : null}
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!merged || changes === 0}
          onClick={() => merged && onImport(merged.draft.holidays)}
        >
          {changes > 0
            ? `Add ${added > 0 ? `${added} ${added === 1 ? 'holiday' : 'holidays'}` : `${named} ${named === 1 ? 'name' : 'names'}`}`
            : 'Add holidays'}
        </button>
      </div>
    </Modal>
  );
}

function importSummary(
  fileName: string,
  added: number,
  named: number,
  known: number,
  skipped: number,
): string {
  const parts = [
    added > 0 ? `${added} new ${added === 1 ? 'holiday' : 'holidays'}` : null,
    named > 0 ? `${named} of yours ${named === 1 ? 'gets its' : 'get their'} name` : null,
    known > 0 ? `${known} already in the list` : null,
    skipped > 0 ? `${skipped} skipped` : null,
  ].filter((part): part is string => part !== null);
  return `${fileName}: ${parts.length > 0 ? parts.join(', ') : 'no holidays'}.`;
}
