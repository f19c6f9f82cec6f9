import { BLOCKER_KIND_LABELS, BLOCKER_KINDS, type BlockerKind } from '../../shared/domain/release';
import { DateCell, SelectCell, TextCell } from '../common/EditorCells';
import { RowEditor } from '../common/RowEditor';
import { useRowEditor } from '../common/useRowEditor';
import type { Touched } from '../common/withoutField';
import { BLOCKER_FIELDS, newBlocker, type BlockerDraft } from './releaseDraft';
import '../common/rowEditor.css';

interface BlockerEditorProps {
  rows: BlockerDraft[];
  errors: Record<string, string>;
  today: string;
  onChange(rows: BlockerDraft[], touched: Touched): void;
}

const KIND_OPTIONS = BLOCKER_KINDS.map((kind) => [kind, BLOCKER_KIND_LABELS[kind]] as const);

const COLUMNS = [
  { heading: 'Title' },
  { heading: 'Kind' },
  { heading: 'Opened' },
  { heading: 'Expected' },
  { heading: 'Resolved' },
];

/**
 * Blockers that are not embargoes: a title, a kind, when it was opened, when
 * it is expected to be resolved (blank: nobody knows) and when it was.
 */
export function BlockerEditor({ rows, errors, today, onChange }: BlockerEditorProps) {
  const editor = useRowEditor({
    list: 'blockers',
    noun: 'Blocker',
    rows,
    errors,
    fields: BLOCKER_FIELDS,
    newRow: () => newBlocker(today),
    onChange,
  });

  return (
    <RowEditor
      editor={editor}
      legend="Other blockers (not embargoes)"
      columns={COLUMNS}
      empty="None. Add a bug, a test gate that has not passed, or anything else that holds the release."
      addLabel="Add blocker"
      removeLabel={(row, index) =>
        `Remove blocker ${index + 1}${row.title ? ` (${row.title})` : ''}`
      }
      removeTitle="Remove this blocker (to record that it was resolved, fill in Resolved instead)"
    >
      {(row, index) => (
        <>
          <TextCell
            cell="cell-label"
            field={editor.cell(row, index, 'title', 'title')}
            value={row.title}
            placeholder="e.g. osstest push gate not passed"
            onEdit={(title) => editor.update(index, { title }, 'title')}
          />
          <SelectCell<BlockerKind>
            cell="cell-kind"
            field={editor.cell(row, index, 'kind', 'kind')}
            value={row.kind}
            options={KIND_OPTIONS}
            onEdit={(kind) => editor.update(index, { kind }, 'kind')}
          />
          <DateCell
            field={editor.cell(row, index, 'openedOn', 'opened')}
            value={row.openedOn}
            onEdit={(openedOn) => editor.update(index, { openedOn }, 'openedOn')}
          />
          <DateCell
            field={editor.cell(row, index, 'expectedOn', 'expected resolution')}
            value={row.expectedOn}
            placeholder="unknown"
            onEdit={(expectedOn) => editor.update(index, { expectedOn }, 'expectedOn')}
          />
          <DateCell
            field={editor.cell(row, index, 'resolvedOn', 'resolved')}
            value={row.resolvedOn}
            placeholder="open"
            onEdit={(resolvedOn) => editor.update(index, { resolvedOn }, 'resolvedOn')}
          />
        </>
      )}
    </RowEditor>
  );
}
