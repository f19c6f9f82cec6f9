import { describe, expect, it } from 'vitest';
import { dayNumber, isoDateOf } from '../../../shared/planning/days';
import { makeRelease } from '../../../shared/planning/testData';
import {
  COMPACT_LANE_HEIGHT,
  layout,
  LANE_HEIGHT,
  ROW_HEIGHT,
  SECTION_HEIGHT,
  shownKey,
} from './layout';
import { advisoryItem, advisoryRows, dateMs, releaseLane } from '../model/items';
import { RELEASE_420, RELEASE_421, XSA_470, XSA_472 } from '../model/testPlan';

const lanes = [releaseLane(RELEASE_420), releaseLane(RELEASE_421)];
const rows = advisoryRows([XSA_470, XSA_472].map((a) => advisoryItem(a))).rows;

describe('vertical layout', () => {
  it('gives lanes only to releases near the visible range', () => {
    const key = shownKey(lanes, rows, dateMs('2027-01-01'), dateMs('2027-03-01'));
    expect(key).toBe('r' + RELEASE_421.id + '|1');
    const lay = layout(lanes, key);
    expect(lay.lanes.map((l) => l.lane.release.name)).toEqual(['4.21']);
    expect(lay.lanes[0].y).toBe(SECTION_HEIGHT);
    expect(lay.advisoriesY).toBe(SECTION_HEIGHT + LANE_HEIGHT);
    expect(lay.height).toBe(lay.rowsY + ROW_HEIGHT + 8);
  });

  it('keeps the lane of a dragged or focused release even out of range', () => {
    const key = shownKey(lanes, rows, dateMs('2030-01-01'), dateMs('2030-02-01'));
    expect(key).toBe('|0');
    const lay = layout(lanes, key, new Set([`r${RELEASE_420.id}`]));
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
    const key = shownKey(many, [], dateMs('2029-01-01'), dateMs('2032-01-01'));
    const lay = layout(many, key);
    expect(lay.compact).toBe(true);
    const rowsUsed = new Set(lay.lanes.map((l) => l.y)).size;
    expect(rowsUsed).toBeLessThan(many.length);
    expect(lay.advisoriesY).toBe(SECTION_HEIGHT + rowsUsed * COMPACT_LANE_HEIGHT);
  });
});
