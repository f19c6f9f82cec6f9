import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packRows } from './packRows';

describe('row packing', () => {
  it('puts overlapping intervals on separate rows and reuses freed rows', () => {
    const { rowOf, rows } = packRows([
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 11, end: 20 },
      { start: 16, end: 30 },
    ]);
    expect(rowOf).toEqual([0, 1, 0, 1]);
    expect(rows).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it('keeps a gap between neighbours in a row', () => {
    expect(
      packRows(
        [
          { start: 0, end: 10 },
          { start: 11, end: 20 },
        ],
        2,
      ).rowOf,
    ).toEqual([0, 1]);
  });

  it('never overlaps within a row, and uses no more rows than the deepest overlap', () => {
    const interval = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 200 }), (items) => {
        const { rows, rowOf } = packRows(items);
        for (const row of rows) {
          for (let i = 1; i < row.length; i++)
            expect(items[row[i]].start).toBeGreaterThanOrEqual(items[row[i - 1]].end);
        }
        let depth = 0;
        for (const probe of items) {
          const covering = items.filter((o) => o.start <= probe.start && o.end >= probe.start);
          depth = Math.max(depth, covering.length);
        }
        expect(rows.length).toBeLessThanOrEqual(Math.max(depth, 0));
        expect(rowOf).toHaveLength(items.length);
      }),
    );
  });
});

describe('row packing, against the plain first-fit scan', () => {
  /** First fit as written in the obvious way: scan rows from the top. */
  function scan(items: { start: number; end: number }[], gap: number): number[] {
    const order = items.map((_, i) => i);
    order.sort((a, b) => items[a].start - items[b].start || items[a].end - items[b].end || a - b);
    const ends: number[] = [];
    const rowOf: number[] = [];
    for (const i of order) {
      let row = 0;
      while (row < ends.length && ends[row] + gap > items[i].start) row++;
      ends[row] = items[i].end;
      rowOf[i] = row;
    }
    return rowOf;
  }

  it('puts every item on the same row', () => {
    const interval = fc
      .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 80 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 150 }),
        fc.integer({ min: 0, max: 5 }),
        (items, gap) => {
          expect(packRows(items, gap).rowOf).toEqual(scan(items, gap));
        },
      ),
    );
  });
});
