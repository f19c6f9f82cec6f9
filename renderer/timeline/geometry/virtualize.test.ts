import { describe, expect, it } from 'vitest';
import { clusterRow, inView, rangeInRow, rowsInView } from './virtualize';

const row = [
  { start: 0, end: 10 },
  { start: 20, end: 30 },
  { start: 40, end: 50 },
  { start: 60, end: 70 },
];

describe('virtualization windows', () => {
  it('finds the items of a row that intersect a range', () => {
    expect(rangeInRow(row, 25, 45)).toEqual([1, 3]);
    expect(rangeInRow(row, 31, 39)).toEqual([2, 2]);
    expect(rangeInRow(row, -100, 1000)).toEqual([0, 4]);
    expect(rangeInRow([], 0, 10)).toEqual([0, 0]);
  });

  it('finds the rows that show in the viewport', () => {
    expect(rowsInView(100, 200, 50, 20, 100)).toEqual([2, 8]);
    expect(rowsInView(0, 40, 50, 20, 100)).toEqual([0, 0]);
    expect(rowsInView(0, 10_000, 50, 20, 7)).toEqual([0, 7]);
    expect(inView(90, 20, 100, 200)).toBe(true);
    expect(inView(200, 20, 100, 200)).toBe(false);
  });

  it('merges items closer than the merge distance into clusters with counts', () => {
    expect(clusterRow(row, 0, 4, 10)).toEqual([{ start: 0, end: 70, count: 4, first: 0, last: 4 }]);
    expect(clusterRow(row, 0, 4, 5).map((c) => c.count)).toEqual([1, 1, 1, 1]);
    expect(clusterRow(row, 1, 3, 10)).toEqual([
      { start: 20, end: 50, count: 2, first: 1, last: 3 },
    ]);
  });
});
