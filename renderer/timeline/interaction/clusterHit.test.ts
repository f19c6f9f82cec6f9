import { describe, expect, it } from 'vitest';
import { clusterAt, spanOf } from './clusterHit';

// Two runs of items 5 apart, 100 apart from each other.
const row = [
  { start: 0, end: 10 },
  { start: 15, end: 20 },
  { start: 25, end: 40 },
  { start: 140, end: 150 },
  { start: 155, end: 160 },
];

describe('the cluster under the pointer', () => {
  it('finds the whole run of close items, wherever in it the pointer is', () => {
    expect(clusterAt(row, 17, 6)).toEqual([0, 3]);
    expect(clusterAt(row, 0, 6)).toEqual([0, 3]);
    expect(clusterAt(row, 158, 6)).toEqual([3, 5]);
  });

  it('finds nothing in the gap between clusters', () => {
    expect(clusterAt(row, 90, 6)).toBeNull();
    expect(clusterAt([], 0, 6)).toBeNull();
  });

  it('merges the runs once the slop spans the gap between them', () => {
    expect(clusterAt(row, 17, 100)).toEqual([0, 5]);
  });

  it('spans from the first start to the latest end', () => {
    expect(spanOf(row, 0, 3)).toEqual([0, 40]);
    expect(
      spanOf(
        [
          { start: 0, end: 50 },
          { start: 10, end: 20 },
        ],
        0,
        2,
      ),
    ).toEqual([0, 50]);
  });
});
