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
