import type { Interval } from './packRows';

// Only what intersects the visible time range and the visible rows is ever
// rendered; these are the index arithmetic behind that, kept free of React.

/**
 * The items of one packed row (in start order, never overlapping, so also in
 * end order) that intersect [from, to], as a half-open index range.
 */
export function rangeInRow<T extends Interval>(
  row: readonly T[],
  from: number,
  to: number,
): [number, number] {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (row[mid].end < from) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (row[mid].start <= to) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo];
}

/** Rows of equal height starting at `firstY` that show between `top` and `bottom` (half-open). */
export function rowsInView(
  top: number,
  bottom: number,
  firstY: number,
  rowHeight: number,
  count: number,
): [number, number] {
  const from = Math.max(0, Math.floor((top - firstY) / rowHeight));
  const to = Math.min(count, Math.ceil((bottom - firstY) / rowHeight));
  return from >= to ? [0, 0] : [from, to];
}

/** Whether a box [y, y + height) shows between `top` and `bottom`. */
export function inView(y: number, height: number, top: number, bottom: number): boolean {
  return y + height > top && y < bottom;
}

/** Items closer than this on screen merge into one cluster when zoomed out. */
export const MERGE_PX = 6;

export interface Cluster {
  start: number;
  end: number;
  count: number;
  /** Index range in the row, half-open. */
  first: number;
  last: number;
}

/**
 * Runs of items closer than `mergeMs` to the previous one, merged: when
 * zoomed out, a dense stretch becomes one shape with a count instead of
 * thousands of slivers.
 */
export function clusterRow<T extends Interval>(
  row: readonly T[],
  first: number,
  last: number,
  mergeMs: number,
): Cluster[] {
  const clusters: Cluster[] = [];
  let current: Cluster | null = null;
  for (let i = first; i < last; i++) {
    const item = row[i];
    if (current && item.start - current.end <= mergeMs) {
      current.end = Math.max(current.end, item.end);
      current.count++;
      current.last = i + 1;
    } else {
      current = { start: item.start, end: item.end, count: 1, first: i, last: i + 1 };
      clusters.push(current);
    }
  }
  return clusters;
}
