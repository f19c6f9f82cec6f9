import type { Interval } from '../geometry/packRows';
import { rangeInRow } from '../geometry/virtualize';

// Zoomed out, a row's advisories are drawn merged into clusters (see
// virtualize.clusterRow); pointing at one finds the whole cluster under the
// pointer, to say how many it holds or, on a click, to zoom in on them.

/**
 * The cluster of a packed row under the instant `t`: the items within
 * `slopMs` of it, walked out to every neighbour closer than `slopMs` to the
 * next, as a half-open index range; null when nothing is near.
 */
export function clusterAt(
  items: readonly Interval[],
  t: number,
  slopMs: number,
): [number, number] | null {
  const [first, last] = rangeInRow(items, t - slopMs, t + slopMs);
  if (last <= first) return null;
  let a = first;
  let b = last;
  while (a > 0 && items[a].start - items[a - 1].end <= slopMs) a--;
  while (b < items.length && items[b].start - items[b - 1].end <= slopMs) b++;
  return [a, b];
}

/** The time span of items [a, b): from the first start to the latest end. */
export function spanOf(items: readonly Interval[], a: number, b: number): [number, number] {
  let end = -Infinity;
  for (let i = a; i < b; i++) end = Math.max(end, items[i].end);
  return [items[a].start, end];
}
