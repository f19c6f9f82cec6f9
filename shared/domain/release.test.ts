import { describe, expect, it } from 'vitest';
import { milestonesByDate, type Milestone } from './release';

const m = (id: number, kind: Milestone['kind'], planned: string, actual: string | null = null) => ({
  id,
  kind,
  planned,
  actual,
  baseline: null,
  label: null,
});

describe('milestonesByDate', () => {
  it('orders by the date that counts (actual once it happened), then by the milestone order', () => {
    const sorted = milestonesByDate([
      m(1, 'release', '2018-06-01'),
      m(2, 'code-freeze', '2018-04-13'),
      m(3, 'feature-freeze', '2018-03-30', '2018-04-13'),
      m(4, 'rc', '2018-05-01'),
      m(5, 'last-posting', '2018-03-09'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual([5, 3, 2, 4, 1]);
  });

  it('keeps the stored order of milestones that share a day and a kind', () => {
    const sorted = milestonesByDate([m(1, 'custom', '2018-05-01'), m(2, 'custom', '2018-05-01')]);
    expect(sorted.map((x) => x.id)).toEqual([1, 2]);
  });
});
