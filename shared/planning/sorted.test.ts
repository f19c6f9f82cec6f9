import { describe, expect, it } from 'vitest';
import { seededRandom } from './random';
import { sortByDay } from './sorted';

interface Item {
  day: number;
  key: string;
  /** Where it started: items equal on day and key must keep their order. */
  at: number;
}

const dayOf = (item: Item) => item.day;
const tie = (a: Item, b: Item) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const reference = (items: Item[]) => items.slice().sort((a, b) => a.day - b.day || tie(a, b));

function items(count: number, days: number, keys: number, seed: number, from = 0): Item[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, (_, at) => ({
    day: from + Math.floor(next() * days),
    key: `K-${Math.floor(next() * keys)}`,
    at,
  }));
}

describe('sortByDay', () => {
  it.each([
    ['few ties', 500, 5000, 1000],
    ['short runs of one day', 2000, 300, 50],
    ['long runs of one day, with repeated keys', 3000, 4, 20],
    ['everything on one day', 200, 1, 7],
  ])('gives the order and stability of a comparator sort: %s', (_, count, days, keys) => {
    for (const seed of [1, 2, 3]) {
      const input = items(count, days, keys, seed, -days >> 1);
      const expected = reference(input);
      expect(sortByDay(input.slice(), dayOf, tie)).toEqual(expected);
    }
  });

  it('sorts in place and returns the array, also when empty or single', () => {
    const input = items(50, 10, 5, 9);
    expect(sortByDay(input, dayOf, tie)).toBe(input);
    expect(sortByDay([], dayOf, tie)).toEqual([]);
    const one = [{ day: 3, key: 'a', at: 0 }];
    expect(sortByDay(one, dayOf, tie)).toEqual(one);
  });

  it('falls back to a comparator for days that are not whole numbers', () => {
    const input = [
      { day: 2.5, key: 'b', at: 0 },
      { day: 1, key: 'c', at: 1 },
      { day: 2.5, key: 'a', at: 2 },
      { day: Infinity, key: 'a', at: 3 },
    ];
    expect(sortByDay(input.slice(), dayOf, tie)).toEqual(reference(input));
  });
});
