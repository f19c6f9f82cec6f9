import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../shared/domain/advisory';
import { DateCell, SelectCell, TextCell } from '../common/EditorCells';
import { RowEditor } from '../common/RowEditor';
import { useRowEditor } from '../common/useRowEditor';
import type { Touched } from '../common/withoutField';
import { FOLLOW_UP_COLUMNS, newFollowUp, type FollowUpDraft } from './advisoryDraft';
import '../common/rowEditor.css';

interface FollowUpEditorProps {
  rows: FollowUpDraft[];
  errors: Record<string, string>;
  onChange(rows: FollowUpDraft[], touched: Touched): void;
}

const STATUS_LABELS: Record<FollowUpStatus, string> = {
  pending: 'Pending',
  landed: 'Landed',
  dropped: 'Dropped',
};

const STATUS_OPTIONS = FOLLOW_UP_STATUSES.map((status) => [status, STATUS_LABELS[status]] as const);

const COLUMNS = [
  { heading: 'Summary' },
  { heading: 'Expected' },
  { heading: 'Status' },
  {
    heading: 'Own lift (UTC)',
    className: 'col-lift',
    title: 'A re-issued advisory version (v2) with its own embargo',
  },
];

/** Fixes to the fix and re-issued versions: what is still to come after the lift. */
export function FollowUpEditor({ rows, errors, onChange }: FollowUpEditorProps) {
  const editor = useRowEditor({
    list: 'followUps',
    noun: 'Follow-up',
    rows,
    errors,
    fields: FOLLOW_UP_COLUMNS,
    newRow: newFollowUp,
    onChange,
  });

  return (
    <RowEditor
      editor={editor}
      legend="Follow-ups"
      columns={COLUMNS}
      empty="No follow-up fixes recorded."
      addLabel="Add follow-up"
      removeLabel={(_, index) => `Remove follow-up ${index + 1}`}
      removeTitle="Remove this follow-up"
      rowData={(row) => ({ 'data-follow-up-id': row.id })}
    >
      {(row, index) => (
        <>
          <TextCell
            cell="cell-summary"
            field={editor.cell(row, index, 'summary', 'summary')}
            value={row.summary}
            placeholder="e.g. Fix-up for the Arm side"
            onEdit={(summary) => editor.update(index, { summary }, 'summary')}
          />
          <DateCell
            field={editor.cell(row, index, 'expectedAt', 'expected date')}
            value={row.expectedAt}
            onEdit={(expectedAt) => editor.update(index, { expectedAt }, 'expectedAt')}
          />
          <SelectCell<FollowUpStatus>
            cell="cell-status"
            field={editor.cell(row, index, 'status', 'status')}
            value={row.status}
            options={STATUS_OPTIONS}
            onEdit={(status) => editor.update(index, { status }, 'status')}
          />
          {/* The own lift is the follow-up's publicAt on the server, so its errors come by that name. */}
          <TextCell
            cell="cell-lift"
            className="input input-lift"
            field={editor.cell(row, index, 'publicAt', 'own lift (UTC)')}
            value={row.lift}
            placeholder="YYYY-MM-DD HH:MM"
            title="Optional: when a re-issued version (v2) lifts its own embargo"
            inputMode="numeric"
            spellCheck={false}
            onEdit={(lift) => editor.update(index, { lift }, 'publicAt')}
          />
        </>
      )}
    </RowEditor>
  );
}
