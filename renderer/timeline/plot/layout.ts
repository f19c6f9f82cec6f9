import type { AdvisoryItem, ReleaseLane } from '../model/items';
import { DAY_MS } from '../geometry/scale';
import { packRows } from '../geometry/packRows';
import { rangeInRow } from '../geometry/virtualize';

// The vertical arrangement: a lane for each release that has anything in or
// near the visible time range, then the packed advisory rows down to the
// last one with an advisory in range. Releases years away take no room.

export const LABEL_WIDTH = 168;
export const SECTION_HEIGHT = 26;
export const LANE_HEIGHT = 58;
/**
 * With more release lanes in range than this (zoomed out over years), lanes
 * shrink to their phases and milestones and share rows, packed like the
 * advisories, so that the advisories below stay on screen.
 */
export const COMPACT_ABOVE = 8;
export const COMPACT_LANE_HEIGHT = 24;
export const ROW_HEIGHT = 24;
/** A reference calendar's lane: its events on one row. */
export const REF_LANE_HEIGHT = 28;
/** A release's lane stays this long around its milestones, for suggestions and ghosts near its ends. */
const LANE_MARGIN_MS = 14 * DAY_MS;

export interface PlacedLane {
  lane: ReleaseLane;
  y: number;
}

export interface Layout {
  releasesY: number;
  /** Lanes are compact (see COMPACT_ABOVE). */
  compact: boolean;
  laneHeight: number;
  lanes: PlacedLane[];
  /** Releases matching the filters, in view or not. */
  laneTotal: number;
  /** The reference calendars' section heading; null when there are none. */
  refsY: number | null;
  /** Where the first reference lane starts. */
  refLanesY: number;
  refCount: number;
  advisoriesY: number;
  rowsY: number;
  rowCount: number;
  height: number;
}

export function lanesInRange(
  lanes: readonly ReleaseLane[],
  from: number,
  to: number,
): ReleaseLane[] {
  return lanes.filter((l) => l.start - LANE_MARGIN_MS <= to && l.end + LANE_MARGIN_MS >= from);
}

/** One more than the last row with an item in [from, to]; 0 when none has. */
export function rowsInRange(rows: readonly AdvisoryItem[][], from: number, to: number): number {
  for (let r = rows.length - 1; r >= 0; r--) {
    const [first, last] = rangeInRow(rows[r], from, to);
    if (last > first) return r + 1;
  }
  return 0;
}

/**
 * What earns a place for the visible range [from, to]: the release lanes in
 * or near it, and the advisory rows down to the last with an item in it.
 */
export interface InRange {
  lanes: readonly ReleaseLane[];
  rowCount: number;
}

export function inRange(
  lanes: readonly ReleaseLane[],
  rows: readonly AdvisoryItem[][],
  from: number,
  to: number,
): InRange {
  return { lanes: lanesInRange(lanes, from, to), rowCount: rowsInRange(rows, from, to) };
}

/**
 * Whether two ranges show the same lanes and rows. The canvas subscribes to
 * what is in range with this test, so a pan re-renders only when a lane or
 * a row comes or goes, not on every frame.
 */
export function sameInRange(a: InRange, b: InRange): boolean {
  return (
    a.rowCount === b.rowCount &&
    a.lanes.length === b.lanes.length &&
    a.lanes.every((lane, i) => lane === b.lanes[i])
  );
}

export function layout(
  lanes: readonly ReleaseLane[],
  shown: InRange,
  /** Always given a lane, even out of range: the release being dragged or focused. */
  keep: ReadonlySet<string> = new Set(),
  /** Reference calendars, a lane each between the releases and the advisories. */
  refCount = 0,
): Layout {
  const inView = new Set(shown.lanes);
  const placedLanes = lanes.filter((l) => inView.has(l) || keep.has(l.id));
  const releasesY = 0;
  const compact = placedLanes.length > COMPACT_ABOVE;
  const laneHeight = compact ? COMPACT_LANE_HEIGHT : LANE_HEIGHT;
  const rowOf = compact ? packRows(placedLanes, 7 * DAY_MS).rowOf : placedLanes.map((_, i) => i);
  const laneRows = placedLanes.length === 0 ? 0 : Math.max(...rowOf) + 1;
  const placed = placedLanes.map((lane, i) => ({
    lane,
    y: releasesY + SECTION_HEIGHT + rowOf[i] * laneHeight,
  }));
  const lanesEnd = releasesY + SECTION_HEIGHT + Math.max(laneRows, 1) * laneHeight;
  const refsY = refCount > 0 ? lanesEnd : null;
  const refLanesY = refsY === null ? lanesEnd : refsY + SECTION_HEIGHT;
  const advisoriesY = refLanesY + refCount * REF_LANE_HEIGHT;
  const rowsY = advisoriesY + SECTION_HEIGHT;
  const rowCount = shown.rowCount;
  return {
    releasesY,
    compact,
    laneHeight,
    lanes: placed,
    laneTotal: lanes.length,
    refsY,
    refLanesY,
    refCount,
    advisoriesY,
    rowsY,
    rowCount,
    height: rowsY + Math.max(rowCount, 1) * ROW_HEIGHT + 8,
  };
}

/** The grid's horizontal lines and shaded section rows for a layout. */
export function guides(lay: Layout) {
  return {
    /** Where lanes end. */
    separators: [
      ...lay.lanes.map(({ y }) => y + lay.laneHeight),
      ...Array.from({ length: lay.refCount }, (_, i) => lay.refLanesY + (i + 1) * REF_LANE_HEIGHT),
    ],
    /** Where sections begin and end. */
    strong: [lay.releasesY + SECTION_HEIGHT, lay.advisoriesY, lay.rowsY],
    /** Section heading rows. */
    bands: [
      { y: lay.releasesY, height: SECTION_HEIGHT },
      ...(lay.refsY === null ? [] : [{ y: lay.refsY, height: SECTION_HEIGHT }]),
      { y: lay.advisoriesY, height: SECTION_HEIGHT },
    ],
  };
}
