import { describe, expect, it } from 'vitest';
import { dayNumber, isoDateOf } from '../../../shared/planning/days';
import { makeRelease } from '../../../shared/testing/planData';
import {
  COMPACT_LANE_HEIGHT,
  layout,
  LANE_HEIGHT,
  ROW_HEIGHT,
  SECTION_HEIGHT,
  inRange,
  sameInRange,
} from './layout';
import { advisoryItem, advisoryRows, dateMs, releaseLane } from '../model/items';
import { RELEASE_420, RELEASE_421, XSA_470, XSA_472 } from '../model/testPlan';

const lanes = [releaseLane(RELEASE_420), releaseLane(RELEASE_421)];
const rows = advisoryRows([XSA_470, XSA_472].map((a) => advisoryItem(a))).rows;

describe('vertical layout', () => {
  it('gives lanes only to releases near the visible range', () => {
    const shown = inRange(lanes, rows, dateMs('2027-01-01'), dateMs('2027-03-01'));
    expect(shown).toEqual({ lanes: [lanes[1]], rowCount: 1 });
    const lay = layout(lanes, shown);
    expect(lay.lanes.map((l) => l.lane.release.name)).toEqual(['4.21']);
    expect(lay.lanes[0].y).toBe(SECTION_HEIGHT);
    expect(lay.advisoriesY).toBe(SECTION_HEIGHT + LANE_HEIGHT);
    expect(lay.height).toBe(lay.rowsY + ROW_HEIGHT + 8);
  });

  it('keeps the lane of a dragged or focused release even out of range', () => {
    const shown = inRange(lanes, rows, dateMs('2030-01-01'), dateMs('2030-02-01'));
    expect(shown).toEqual({ lanes: [], rowCount: 0 });
    const lay = layout(lanes, shown, new Set([`r${RELEASE_420.id}`]));
    expect(lay.lanes.map((l) => l.lane.release.name)).toEqual(['4.20']);
    expect(lay.laneTotal).toBe(2);
  });

  it('packs many releases into shared compact rows when zoomed out', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      releaseLane(
        makeRelease(`9.${i}`, {
          'feature-freeze': isoDateOf(dayNumber('2030-01-01') + i * 35),
          release: isoDateOf(dayNumber('2030-01-01') + i * 35 + 40),
        }),
      ),
    );
    const lay = layout(many, inRange(many, [], dateMs('2029-01-01'), dateMs('2032-01-01')));
    expect(lay.compact).toBe(true);
    const rowsUsed = new Set(lay.lanes.map((l) => l.y)).size;
    expect(rowsUsed).toBeLessThan(many.length);
    expect(lay.advisoriesY).toBe(SECTION_HEIGHT + rowsUsed * COMPACT_LANE_HEIGHT);
  });

  it('shows the same lanes and rows after a small pan: nothing to draw anew', () => {
    const before = inRange(lanes, rows, dateMs('2027-01-01'), dateMs('2027-03-01'));
    const after = inRange(lanes, rows, dateMs('2027-01-02'), dateMs('2027-03-02'));
    expect(sameInRange(before, after)).toBe(true);
    const far = inRange(lanes, rows, dateMs('2026-03-01'), dateMs('2027-03-01'));
    expect(far.lanes).toHaveLength(2);
    expect(sameInRange(before, far)).toBe(false);
    expect(sameInRange(before, { ...before, rowCount: 2 })).toBe(false);
  });
});
