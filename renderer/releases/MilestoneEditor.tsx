import { MILESTONE_KINDS, MILESTONE_LABELS, type MilestoneKind } from '../../shared/domain/release';
import { DateCell, SelectCell, TextCell } from '../common/EditorCells';
import { RowEditor } from '../common/RowEditor';
import { useRowEditor } from '../common/useRowEditor';
import type { Touched } from '../common/withoutField';
import { MILESTONE_FIELDS, newMilestone, type MilestoneDraft } from './releaseDraft';
import '../common/rowEditor.css';

interface MilestoneEditorProps {
  rows: MilestoneDraft[];
  errors: Record<string, string>;
  onChange(rows: MilestoneDraft[], touched: Touched): void;
}

/** The kinds a milestone row offers, in order; a template's rows offer the same. */
export const MILESTONE_KIND_OPTIONS = MILESTONE_KINDS.map(
  (kind) => [kind, kind === 'custom' ? 'Other (named by label)' : MILESTONE_LABELS[kind]] as const,
);

const COLUMNS = [
  { heading: 'Kind' },
  { heading: 'Label' },
  { heading: 'Planned' },
  { heading: 'Actual' },
];

/** Rows of kind, label, planned and actual date; added and removed freely, saved in this order. */
export function MilestoneEditor({ rows, errors, onChange }: MilestoneEditorProps) {
  const editor = useRowEditor({
    list: 'milestones',
    noun: 'Milestone',
    rows,
    errors,
    fields: MILESTONE_FIELDS,
    newRow: newMilestone,
    onChange,
  });

  return (
    <RowEditor
      editor={editor}
      legend="Milestones"
      columns={COLUMNS}
      empty="No milestones yet. A release usually has at least its release date."
      addLabel="Add milestone"
      removeLabel={(row, index) => `Remove milestone ${index + 1} (${MILESTONE_LABELS[row.kind]})`}
      removeTitle="Remove this milestone"
      rowData={(row) => ({ 'data-milestone-id': row.id })}
    >
      {(row, index) => (
        <>
          <SelectCell<MilestoneKind>
            cell="cell-kind"
            field={editor.cell(row, index, 'kind', 'kind')}
            value={row.kind}
            options={MILESTONE_KIND_OPTIONS}
            onEdit={(kind) => editor.update(index, { kind }, 'kind')}
          />
          <TextCell
            cell="cell-label"
            field={editor.cell(row, index, 'label', 'label')}
            value={row.label}
            placeholder={row.kind === 'rc' ? 'e.g. RC1' : 'optional'}
            spellCheck={false}
            onEdit={(label) => editor.update(index, { label }, 'label')}
          />
          <DateCell
            field={editor.cell(row, index, 'planned', 'planned date')}
            value={row.planned}
            onEdit={(planned) => editor.update(index, { planned }, 'planned')}
          />
          <DateCell
            field={editor.cell(row, index, 'actual', 'actual date')}
            value={row.actual}
            onEdit={(actual) => editor.update(index, { actual }, 'actual')}
          />
        </>
      )}
    </RowEditor>
  );
}
