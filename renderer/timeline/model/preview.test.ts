import { describe, expect, it } from 'vitest';
import {
  applyPreview,
  clampLift,
  milestoneWrite,
  previewDays,
  shiftDate,
  shiftInstant,
} from './preview';
import { RELEASE_420, RELEASE_421, XSA_472 } from './testPlan';

const plan = { releases: [RELEASE_420, RELEASE_421], advisories: [XSA_472] };
const release = RELEASE_421.milestones.find((m) => m.kind === 'release')!;

describe('drag previews', () => {
  it('moves one milestone of one release, leaving every other object as it was', () => {
    const preview = {
      type: 'milestone' as const,
      releaseId: RELEASE_421.id,
      milestoneId: release.id,
      date: '2027-02-16',
    };
    const moved = applyPreview(plan, preview);
    expect(moved.releases[0]).toBe(RELEASE_420);
    expect(moved.advisories).toBe(plan.advisories);
    expect(moved.releases[1].milestones.find((m) => m.id === release.id)?.planned).toBe(
      '2027-02-16',
    );
    expect(previewDays(plan, preview)).toBe(7);
    expect(applyPreview(plan, null)).toBe(plan);
  });

  it('moves a lift by whole days and keeps its time of day, never before its pre-disclosure', () => {
    expect(shiftInstant('2027-02-10T12:00:00Z', -3)).toBe('2027-02-07T12:00:00Z');
    expect(shiftDate('2027-02-28', 1)).toBe('2027-03-01');
    expect(clampLift(XSA_472, '2027-01-01T12:00:00Z')).toBe(XSA_472.predisclosureAt);
    const moved = applyPreview(plan, {
      type: 'lift',
      advisoryId: XSA_472.id,
      publicAt: '2027-02-12T12:00:00Z',
    });
    expect(moved.advisories[0].publicAt).toBe('2027-02-12T12:00:00Z');
    expect(moved.releases).toBe(plan.releases);
  });

  it('writes a milestone move as the whole release with one date changed', () => {
    const write = milestoneWrite(RELEASE_421, release.id, '2027-02-16');
    expect(write).toMatchObject({ id: RELEASE_421.id, revision: RELEASE_421.revision });
    expect(
      write.milestones.filter((m, i) => m.planned !== RELEASE_421.milestones[i].planned),
    ).toHaveLength(1);
  });
});
