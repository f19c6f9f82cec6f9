export interface Interval {
  start: number;
  end: number;
}

export interface Packing {
  /** The row of each input item, by its index in the input. */
  rowOf: number[];
  /** Each row's item indices, in start order; the items of a row never overlap. */
  rows: number[][];
}

/**
 * Greedy interval packing: items in start order, each into the first row
 * whose last item ended at least `gap` before it starts. First fit (rather
 * than the row that ends earliest) keeps the busiest rows at the top and a
 * row's place stable when items elsewhere change.
 */
export function packRows(items: readonly Interval[], gap = 0): Packing {
  const order = items.map((_, i) => i);
  order.sort((a, b) => items[a].start - items[b].start || items[a].end - items[b].end || a - b);
  const rowOf = new Array<number>(items.length).fill(0);
  const rows: number[][] = [];
  const rowEnds: number[] = [];
  for (const index of order) {
    const item = items[index];
    let row = 0;
    while (row < rowEnds.length && rowEnds[row] + gap > item.start) row++;
    if (row === rows.length) {
      rows.push([]);
      rowEnds.push(-Infinity);
    }
    rows[row].push(index);
    rowEnds[row] = Math.max(rowEnds[row], item.end);
    rowOf[index] = row;
  }
  return { rowOf, rows };
}
