import { describe, expect, it } from 'vitest';
import type { Milestone, Release } from '../../shared/domain/release';
import { milestoneRows, summariseRelease } from './releaseView';

function milestone(
  id: number,
  kind: Milestone['kind'],
  planned: string,
  more: Partial<Milestone> = {},
): Milestone {
  return { id, kind, planned, actual: null, baseline: null, label: null, ...more };
}

const release: Release = {
  id: 1,
  revision: 1,
  name: '4.21',
  status: 'planned',
  blockers: [],
  milestones: [
    milestone(3, 'release', '2027-02-09', { baseline: '2027-02-02' }),
    milestone(1, 'feature-freeze', '2026-12-18', { actual: '2026-12-18' }),
    milestone(2, 'code-freeze', '2027-01-08'),
  ],
};

describe('milestoneRows', () => {
  it('orders by planned date and marks what is done, next and slipped', () => {
    const rows = milestoneRows(release, '2026-12-20');
    expect(rows.map((r) => r.milestone.id)).toEqual([1, 2, 3]);
    expect(rows.map((r) => [r.done, r.next, r.slipped])).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
    ]);
  });

  it('has no next milestone once the release is out', () => {
    const released = { ...release, status: 'released' as const };
    expect(milestoneRows(released, '2026-12-20').some((r) => r.next)).toBe(false);
  });
});

describe('summariseRelease', () => {
  it('dates a release by its release milestone, actual first', () => {
    expect(summariseRelease(release)).toEqual({ released: false, date: '2027-02-09' });
    const shipped = {
      ...release,
      milestones: [milestone(3, 'release', '2027-02-09', { actual: '2027-02-16' })],
    };
    expect(summariseRelease(shipped)).toEqual({ released: true, date: '2027-02-16' });
  });
});
