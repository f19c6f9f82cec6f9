import { describe, expect, it } from 'vitest';
import { makeAdvisory } from '../../../shared/testing/planData';
import { DAY_MS } from '../geometry/scale';
import type { View } from '../geometry/view';
import { indexFindings } from '../model/findingIndex';
import { advisoryItem, advisoryRows, dateMs, releaseLane } from '../model/items';
import { buildTargets } from '../model/targets';
import { RELEASE_420, RELEASE_421 } from '../model/testPlan';
import { inRange, layout, ROW_HEIGHT } from './layout';
import {
  ITEM_BUDGET,
  keptLanes,
  OVERSCAN_PX,
  scene,
  SCROLL_STEP_PX,
  type SceneInput,
} from './scene';

const NO_FINDINGS = indexFindings([], [], {
  severities: { error: true, warning: true, info: true },
  suggestions: true,
});

/** The view drawn over [from, to], 20 px a day. */
function viewOf(from: string, to: string): View {
  const start = dateMs(from);
  return { origin: { start, msPerPx: DAY_MS / 20 }, from: start, to: dateMs(to) };
}

/** A plan, and what the scene is given for it over [from, to] (YYYY-MM-DD). */
function setUp(advisories: ReturnType<typeof makeAdvisory>[], from: string, to: string) {
  const lanes = [releaseLane(RELEASE_420), releaseLane(RELEASE_421)];
  const rows = advisoryRows(advisories.map((a) => advisoryItem(a)));
  const targets = buildTargets(lanes, rows, NO_FINDINGS);
  const view = viewOf(from, to);
  const input = (patch: Partial<SceneInput> = {}): SceneInput => {
    const keep = patch.keep ?? new Set<string>();
    return {
      layout: layout(lanes, inRange(lanes, rows.rows, view.from, view.to), keep),
      rows,
      moved: null,
      focus: undefined,
      keep,
      viewport: { view, scrollBand: 0, height: 300 },
      ...patch,
    };
  };
  return { lanes, rows, targets, input };
}

// Fifty advisories pre-disclosed and lifted together: fifty rows, one above the other;
// and one lifted years later, which packs into the first row, far off in time.
const stacked = [
  ...Array.from({ length: 50 }, (_, i) =>
    makeAdvisory(`XSA-${100 + i}`, '2027-02-10T12:00:00Z', {
      predisclosureAt: '2027-02-01T12:00:00Z',
    }),
  ),
  makeAdvisory('XSA-999', '2029-06-01T12:00:00Z'),
];

describe('what is drawn for a viewport', () => {
  it('draws the rows in the vertical band, and in each only the items in the time range', () => {
    const { rows, input } = setUp(stacked, '2027-01-01', '2027-03-01');
    const top = scene(input());
    expect(top.clustered).toBe(false);
    const lay = input().layout;
    const bottom = 300 + SCROLL_STEP_PX + OVERSCAN_PX;
    expect(top.rows.length).toBe(Math.ceil((bottom - lay.rowsY) / ROW_HEIGHT));
    expect(top.rows[0]).toMatchObject({ row: 0, y: lay.rowsY, first: 0, last: 1 });
    expect(rows.rows[0]).toHaveLength(2);
    expect(top.drawn).toHaveLength(top.rows.length);

    const scrolled = scene(input({ viewport: { ...input().viewport, scrollBand: 5 } }));
    expect(scrolled.rows[0].row).toBeGreaterThan(0);
    expect(scrolled.rows.at(-1)!.row).toBe(49);
  });

  it('gives a release a lane when it is near the time range, or kept', () => {
    const { lanes, input } = setUp(stacked, '2027-01-01', '2027-03-01');
    expect(scene(input()).lanes.map((l) => l.lane.release.name)).toEqual(['4.21']);
    const kept = scene(input({ keep: new Set([lanes[0].id]) }));
    expect(kept.lanes.map((l) => l.lane.release.name)).toEqual(['4.20', '4.21']);
    expect(kept.laneY.get('4.20')).toBe(kept.lanes[0].y);
  });

  it('gives focus to the row that holds the focused advisory, or draws it apart when scrolled away', () => {
    const { rows, targets, input } = setUp(stacked, '2027-01-01', '2027-03-01');
    const near = targets.get(rows.rows[1][0].id)!;
    const inView = scene(input({ focus: near }));
    expect(inView.focusId).toBe(near.id);
    expect(inView.rows.find((r) => r.row === 1)!.focusId).toBe(near.id);
    expect(inView.rows.find((r) => r.row === 2)!.focusId).toBeNull();
    expect(inView.extra).toBeNull();

    const far = targets.get(rows.rows[45][0].id)!;
    const away = scene(input({ focus: far }));
    expect(away.rows.some((r) => r.row === 45)).toBe(false);
    expect(away.extra).toEqual({
      item: rows.rows[45][0],
      y: input().layout.rowsY + 45 * ROW_HEIGHT,
    });
    expect(away.drawn.at(-1)).toBe(away.extra);
  });

  it('draws a dragged advisory where it is dragged to, in place of the stored one', () => {
    const { rows, input } = setUp(stacked, '2027-01-01', '2027-03-01');
    const stored = rows.rows[0][0];
    const moved = advisoryItem({ ...stored.advisory, publicAt: '2027-02-12T12:00:00Z' });
    const drawn = scene(input({ moved }));
    expect(drawn.rows[0].moved).toBe(moved);
    expect(drawn.rows[1].moved).toBeNull();
    expect(drawn.drawn[0].item).toBe(moved);
  });

  it(`merges rows into clusters above ${ITEM_BUDGET} advisories, still drawing the focused one`, () => {
    // One a day apart: they pack into a single row.
    const many = Array.from({ length: ITEM_BUDGET + 80 }, (_, i) =>
      makeAdvisory(
        `XSA-${1000 + i}`,
        new Date(dateMs('2027-01-01') + i * 2 * DAY_MS).toISOString(),
      ),
    );
    const { rows, targets, input } = setUp(many, '2026-12-01', '2030-01-01');
    expect(rows.rows).toHaveLength(1);
    const focus = targets.get(rows.rows[0][10].id)!;
    const drawn = scene(input({ focus }));
    expect(drawn.clustered).toBe(true);
    expect(drawn.rows).toEqual([
      { row: 0, y: input().layout.rowsY, first: 0, last: many.length, moved: null, focusId: null },
    ]);
    expect(drawn.mergeMs).toBe(6 * (DAY_MS / 20));
    expect(drawn.extra?.item).toBe(rows.rows[0][10]);
    expect(drawn.drawn).toEqual([drawn.extra]);
  });

  it('gives the tab stop to the first advisory when no release lane is drawn and nothing has focus', () => {
    const { rows, targets, input } = setUp(stacked, '2028-01-01', '2030-01-01');
    const drawn = scene(input());
    expect(drawn.lanes).toEqual([]);
    expect(drawn.tabStopId).toBe(rows.rows[0][1].id);
    expect(scene(input({ focus: targets.get(rows.rows[0][1].id) })).tabStopId).toBeNull();
  });
});

describe('lanes kept wherever the view is', () => {
  it('keeps the focused item’s lane and the dragged milestone’s', () => {
    const lanes = [releaseLane(RELEASE_421)];
    const rows = advisoryRows([]);
    const targets = buildTargets(lanes, rows, NO_FINDINGS);
    const mark = lanes[0].marks[0];
    expect([...keptLanes(targets.get(mark.id), null)]).toEqual([lanes[0].id]);
    expect([
      ...keptLanes(undefined, {
        type: 'milestone',
        releaseId: 7,
        milestoneId: 1,
        date: '2027-01-01',
      }),
    ]).toEqual(['r7']);
    expect(keptLanes(undefined, null).size).toBe(0);
  });
});
