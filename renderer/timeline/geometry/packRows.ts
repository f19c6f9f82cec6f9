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

/** A binary min-heap over numbers (row indices, or rows by their end). */
class Heap {
  private readonly items: number[] = [];
  constructor(private readonly key: (item: number) => number) {}

  get size(): number {
    return this.items.length;
  }

  peek(): number {
    return this.items[0];
  }

  push(item: number): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.key(items[parent]) <= this.key(items[i])) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  pop(): number {
    const items = this.items;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let least = i;
        if (l < items.length && this.key(items[l]) < this.key(items[least])) least = l;
        if (r < items.length && this.key(items[r]) < this.key(items[least])) least = r;
        if (least === i) break;
        [items[least], items[i]] = [items[i], items[least]];
        i = least;
      }
    }
    return top;
  }
}

/**
 * Greedy interval packing: items in start order, each into the first row
 * (lowest index) whose last item ended at least `gap` before it starts.
 * First fit keeps the busiest rows at the top; it is also optimal, using as
 * many rows as the most intervals that overlap at once. Rows still in use
 * wait in a heap by their end and move to a heap of free rows as items
 * start later, so 10,000 advisories pack in O(n log rows).
 */
export function packRows(items: readonly Interval[], gap = 0): Packing {
  const order = items.map((_, i) => i);
  order.sort((a, b) => items[a].start - items[b].start || items[a].end - items[b].end || a - b);
  const rowOf = new Array<number>(items.length).fill(0);
  const rows: number[][] = [];
  const rowEnds: number[] = [];
  const busy = new Heap((row) => rowEnds[row]);
  const free = new Heap((row) => row);
  for (const index of order) {
    const item = items[index];
    while (busy.size > 0 && rowEnds[busy.peek()] + gap <= item.start) free.push(busy.pop());
    let row: number;
    if (free.size > 0) row = free.pop();
    else {
      row = rows.length;
      rows.push([]);
      rowEnds.push(-Infinity);
    }
    rows[row].push(index);
    rowEnds[row] = item.end;
    rowOf[index] = row;
    busy.push(row);
  }
  return { rowOf, rows };
}
