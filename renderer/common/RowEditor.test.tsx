// @vitest-environment happy-dom
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Field } from './Field';
import { RowEditor } from './RowEditor';
import { domRootPerTest } from './testing/domRoot';
import { useRowEditor } from './useRowEditor';

interface Thing {
  rowKey: string;
  id?: number;
  name: string;
}

let keys = 0;
const newThing = (): Thing => ({ rowKey: `thing-${++keys}`, name: '' });

function Things({ initial, errors }: { initial: Thing[]; errors: Record<string, string> }) {
  const [rows, setRows] = useState(initial);
  const editor = useRowEditor({
    list: 'things',
    noun: 'Thing',
    rows,
    errors,
    fields: ['name'],
    newRow: newThing,
    onChange: setRows,
  });
  return (
    <RowEditor
      editor={editor}
      legend="Things"
      columns={[{ heading: 'Name', className: 'col-name', title: 'What it is called' }]}
      empty="No things yet."
      addLabel="Add thing"
      removeLabel={(row, index) => `Remove thing ${index + 1} (${row.name})`}
      removeTitle="Remove this thing"
      rowData={(row) => ({ 'data-thing-id': row.id })}
    >
      {(row, index) => (
        <td>
          <Field {...editor.cell(row, index, 'name', 'name')}>
            {(control) => <input {...control} value={row.name} readOnly />}
          </Field>
        </td>
      )}
    </RowEditor>
  );
}

const dom = domRootPerTest();

function show(initial: Thing[], errors: Record<string, string> = {}) {
  dom.render(<Things initial={initial} errors={errors} />);
}

describe('RowEditor', () => {
  it('says so while there are no rows, and offers to add one', () => {
    show([]);
    expect(dom.host.querySelector('legend')?.textContent).toBe('Things');
    expect(dom.host.querySelector('.row-editor-empty')?.textContent).toBe('No things yet.');
    expect(dom.host.querySelector('table')).toBeNull();
    dom.click(dom.host.querySelector('.add-row'));
    expect(dom.host.querySelectorAll('tbody tr[data-row]')).toHaveLength(1);
    expect(document.activeElement).toBe(dom.host.querySelector('tbody input'));
  });

  it('heads each column and a hidden Remove column', () => {
    show([{ rowKey: 'k1', name: 'a' }]);
    const headings = [...dom.host.querySelectorAll('thead th')];
    expect(headings.map((th) => th.textContent)).toEqual(['Name', 'Remove']);
    expect(headings[0].className).toBe('col-name');
    expect(headings[0].getAttribute('title')).toBe('What it is called');
    expect(headings[1].querySelector('.visually-hidden')).not.toBeNull();
  });

  it('marks each row with its key and data, and names what its remove button removes', () => {
    show([
      { rowKey: 'k1', id: 7, name: 'a' },
      { rowKey: 'k2', name: 'b' },
    ]);
    const rows = dom.host.querySelectorAll('tbody tr[data-row]');
    expect(rows[0].getAttribute('data-row')).toBe('k1');
    expect(rows[0].getAttribute('data-thing-id')).toBe('7');
    expect(rows[1].hasAttribute('data-thing-id')).toBe(false);
    const remove = rows[1].querySelector('.cell-remove button')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove thing 2 (b)');
    expect(remove.getAttribute('title')).toBe('Remove this thing');
  });

  it("puts a row's errors on a line under it that the cell points at, and the list's above", () => {
    show([{ rowKey: 'k1', name: '' }], {
      'things[0].name': 'Name is required',
      things: 'Too many things',
    });
    const input = dom.host.querySelector('tbody input')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('k1-name-error');
    const line = dom.host.querySelector('tr.row-errors td')!;
    expect(line.getAttribute('colspan')).toBe('2');
    expect(line.querySelector('#k1-name-error')?.textContent).toContain('Name is required');
    expect(dom.host.querySelector('fieldset > .field-error')?.textContent).toContain(
      'Too many things',
    );
  });
});
