// Binary searches over arrays kept sorted, so that a release only looks at
// the advisories whose dates can concern it.

/** The first index whose key is >= `target` (arr.length when none is). */
export function lowerBound<T>(arr: readonly T[], target: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(arr[mid]) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose key is > `target`. */
export function upperBound<T>(arr: readonly T[], target: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(arr[mid]) <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const identity = (value: number): number => value;

/** The index where `item` goes (or is) under the total order `compare`. */
function position<T>(arr: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(arr[mid], item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function insertSorted<T>(arr: T[], item: T, compare: (a: T, b: T) => number): void {
  arr.splice(position(arr, item, compare), 0, item);
}

/**
 * Removes `item` (by identity) from an array sorted by `compare`. Items that
 * compare equal to it are searched both ways, so ties are harmless.
 */
export function removeSorted<T>(arr: T[], item: T, compare: (a: T, b: T) => number): boolean {
  const start = position(arr, item, compare);
  for (let i = start; i < arr.length && compare(arr[i], item) === 0; i++) {
    if (arr[i] === item) {
      arr.splice(i, 1);
      return true;
    }
  }
  const found = arr.indexOf(item);
  if (found >= 0) arr.splice(found, 1);
  return found >= 0;
}

/** Code-unit order: unlike localeCompare it is the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Runs of equal days up to this long are ordered by insertion; longer ones by Array.sort. */
const SHORT_RUN = 12;

/**
 * Sorts `items` in place by day (an integer), then by `tie`: the order
 * `items.sort((a, b) => dayOf(a) - dayOf(b) || tie(a, b))` gives, stable
 * included. The days are sorted as plain numbers (each packed with its
 * position), which is several times faster than a comparator over
 * thousands of objects; only the few items sharing a day meet `tie`.
 * Should a day not be an integer, `whole` (by default that comparison)
 * sorts everything.
 */
export function sortByDay<T>(
  items: T[],
  dayOf: (item: T) => number,
  tie: (a: T, b: T) => number,
  whole: (a: T, b: T) => number = (a, b) => dayOf(a) - dayOf(b) || tie(a, b),
): T[] {
  const n = items.length;
  if (n < 2) return items;
  // Each day once: `dayOf` may cost more than a read.
  const keys = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const day = dayOf(items[i]);
    if (!Number.isInteger(day)) return items.sort(whole);
    keys[i] = day;
    if (day < min) min = day;
    if (day > max) max = day;
  }
  if ((max - min + 1) * n > Number.MAX_SAFE_INTEGER) return items.sort(whole);
  for (let i = 0; i < n; i++) keys[i] = (keys[i] - min) * n + i;
  keys.sort();
  const before = items.slice();
  for (let i = 0; i < n; i++) items[i] = before[keys[i] % n];
  // Runs of one day: the packed keys of a run share their quotient by n.
  let start = 0;
  let startDay = Math.floor(keys[0] / n);
  for (let i = 1; i <= n; i++) {
    const day = i < n ? Math.floor(keys[i] / n) : NaN;
    if (day === startDay) continue;
    if (i - start > SHORT_RUN) {
      const run = items.slice(start, i).sort(tie);
      for (let j = 0; j < run.length; j++) items[start + j] = run[j];
    } else {
      for (let j = start + 1; j < i; j++) {
        const item = items[j];
        let k = j - 1;
        while (k >= start && tie(items[k], item) > 0) {
          items[k + 1] = items[k];
          k--;
        }
        items[k + 1] = item;
      }
    }
    start = i;
    startDay = day;
  }
  return items;
}
