// @vitest-environment happy-dom
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { domRootPerTest } from './testing/domRoot';
import { neighbourAfterRemoval, useRowEditor } from './useRowEditor';
import type { Touched } from './withoutField';

// The hook in a bare editor of its own (no RowEditor table): a row is a name
// input, a rename button and a remove button in `.cell-remove`.

interface Thing {
  rowKey: string;
  name: string;
  size: string;
}

let keys = 0;
const newThing = (): Thing => ({ rowKey: `thing-${++keys}`, name: '', size: '' });
const thing = (name: string): Thing => ({ ...newThing(), name });

interface HarnessProps {
  initial: Thing[];
  errors?: Record<string, string>;
  changes: { rows: Thing[]; touched: Touched }[];
}

function Harness({ initial, errors = {}, changes }: HarnessProps) {
  const [rows, setRows] = useState(initial);
  const { container, add, remove, update, cell, rowErrors, listError } = useRowEditor({
    list: 'things',
    noun: 'Thing',
    rows,
    errors,
    fields: ['name', 'size'],
    newRow: newThing,
    onChange: (next, touched) => {
      changes.push({ rows: next, touched });
      setRows(next);
    },
  });
  return (
    <fieldset ref={container}>
      {listError ? <p className="list-error">{listError}</p> : null}
      {rows.map((row, index) => {
        const field = cell(row, index, 'name', 'name');
        return (
          <div key={row.rowKey} data-row={row.rowKey}>
            <input
              aria-label={field.label}
              data-error={field.error}
              data-error-id={field.errorElsewhere}
              value={row.name}
              readOnly
            />
            <button
              type="button"
              className="rename"
              onClick={() => update(index, { name: `${row.name}!` }, 'name')}
            >
              Rename
            </button>
            <span className="row-errors">
              {rowErrors(row, index)
                .map((error) => `${error.id}=${error.text}`)
                .join(' | ')}
            </span>
            <span className="cell-remove">
              <button type="button" onClick={() => remove(index)}>
                Remove {row.name}
              </button>
            </span>
          </div>
        );
      })}
      <button type="button" className="add-row" onClick={add}>
        Add
      </button>
    </fieldset>
  );
}

const dom = domRootPerTest();

function show(props: HarnessProps) {
  dom.render(<Harness {...props} />);
}

const names = () => [...dom.host.querySelectorAll('input')].map((input) => input.value);
const removeButton = (name: string) =>
  [...dom.host.querySelectorAll('.cell-remove button')].find(
    (button) => button.textContent === `Remove ${name}`,
  );

describe('useRowEditor', () => {
  it('edits one row and says which field the edit touched', () => {
    const changes: HarnessProps['changes'] = [];
    show({ initial: [thing('a'), thing('b'), thing('c')], changes });
    dom.click(dom.host.querySelectorAll('.rename')[1]);
    expect(names()).toEqual(['a', 'b!', 'c']);
    expect(changes).toHaveLength(1);
    expect(changes[0].touched).toEqual({ field: 'things[1].name' });
  });

  it('keeps the identity of the rows it did not edit', () => {
    const changes: HarnessProps['changes'] = [];
    const initial = [thing('a'), thing('b')];
    show({ initial, changes });
    dom.click(dom.host.querySelectorAll('.rename')[1]);
    expect(changes[0].rows[0]).toBe(initial[0]);
    expect(changes[0].rows[1]).toEqual({ ...initial[1], name: 'b!' });
  });

  it('adds a row at the end, touching no errors, and focuses its first control', () => {
    const changes: HarnessProps['changes'] = [];
    show({ initial: [thing('a')], changes });
    dom.click(dom.host.querySelector('.add-row'));
    expect(names()).toEqual(['a', '']);
    expect(changes[0].touched).toBeNull();
    const added = changes[0].rows[1];
    expect(document.activeElement).toBe(
      dom.host.querySelector(`[data-row="${added.rowKey}"] input`),
    );
  });

  it('removes a row, making every row error stale, and focuses the next remove button', () => {
    const changes: HarnessProps['changes'] = [];
    show({ initial: [thing('a'), thing('b'), thing('c')], changes });
    dom.click(removeButton('b'));
    expect(names()).toEqual(['a', 'c']);
    expect(changes[0].touched).toEqual({ rows: true });
    expect(document.activeElement).toBe(removeButton('c'));
  });

  it('after removing the last row, focuses the one before it', () => {
    show({ initial: [thing('a'), thing('b')], changes: [] });
    dom.click(removeButton('b'));
    expect(document.activeElement).toBe(removeButton('a'));
  });

  it('after removing the only row, focuses the add button', () => {
    show({ initial: [thing('a')], changes: [] });
    dom.click(removeButton('a'));
    expect(names()).toEqual([]);
    expect(document.activeElement).toBe(dom.host.querySelector('.add-row'));
  });

  it('leaves focus alone on an edit', () => {
    show({ initial: [thing('a'), thing('b')], changes: [] });
    const rename = dom.host.querySelectorAll<HTMLElement>('.rename')[0];
    rename.focus();
    dom.click(rename);
    expect(document.activeElement).toBe(rename);
  });

  it("labels a cell by the row's number and ties its error to the row's error line", () => {
    const a = thing('a');
    const b = thing('b');
    show({
      initial: [a, b],
      errors: { 'things[1].name': 'Name is required', things: 'Too many things' },
      changes: [],
    });
    const [first, second] = dom.host.querySelectorAll('input');
    expect(first.getAttribute('aria-label')).toBe('Thing 1 name');
    expect(first.hasAttribute('data-error')).toBe(false);
    expect(second.getAttribute('aria-label')).toBe('Thing 2 name');
    expect(second.getAttribute('data-error')).toBe('Name is required');
    expect(second.getAttribute('data-error-id')).toBe(`${b.rowKey}-name-error`);
    expect(dom.host.querySelector('.list-error')?.textContent).toBe('Too many things');
  });

  it("lists a row's errors in field order, with the ids its cells point at", () => {
    const a = thing('a');
    show({
      initial: [a, thing('b')],
      errors: { 'things[0].size': 'Size is not a number', 'things[0].name': 'Name is required' },
      changes: [],
    });
    const [first, second] = dom.host.querySelectorAll('.row-errors');
    expect(first.textContent).toBe(
      `${a.rowKey}-name-error=Name is required | ${a.rowKey}-size-error=Size is not a number`,
    );
    expect(second.textContent).toBe('');
  });
});

describe('neighbourAfterRemoval', () => {
  it('is the row that took the removed one’s place, else the one before, else none', () => {
    expect(neighbourAfterRemoval(['a', 'c'], 1)).toBe('c');
    expect(neighbourAfterRemoval(['a', 'b'], 2)).toBe('b');
    expect(neighbourAfterRemoval([], 0)).toBeUndefined();
  });
});
