import { inView, MERGE_PX, rangeInRow, rowsInView } from '../geometry/virtualize';
import type { View } from '../geometry/view';
import type { AdvisoryItem, AdvisoryRows } from '../model/items';
import type { Preview } from '../model/preview';
import type { Target } from '../model/targets';
import { ROW_HEIGHT, type Layout, type PlacedLane } from './layout';

// What is drawn for a viewport, decided apart from drawing it: which release
// lanes, which stretch of which advisory rows (one by one, or merged into
// clusters when there are too many), and the focused item wherever it is.
// Only what intersects the viewport is ever rendered.

/**
 * Above this many advisories in the visible rows, rows are drawn as merged
 * clusters instead: with each drawn advisory a handful of DOM nodes, this
 * keeps the page near 2,000 nodes whatever the plan holds.
 */
export const ITEM_BUDGET = 320;
/** Rows and lanes just outside the viewport are drawn too, so a short scroll shows no gap. */
export const OVERSCAN_PX = 120;
/** Scrolling re-renders the rows only every this many pixels. */
export const SCROLL_STEP_PX = 160;
/** Drawn beyond each end of the view, so an item that starts just off it still shows its edge. */
const END_PAD_PX = 24;

export interface Viewport {
  /** The drawn time range and where items are placed from. */
  view: View;
  /** The vertical scroll position in steps of SCROLL_STEP_PX. */
  scrollBand: number;
  /** The visible height of the plot. */
  height: number;
}

export interface SceneInput {
  layout: Layout;
  rows: AdvisoryRows;
  /** The advisory being dragged, where it is dragged to. */
  moved: AdvisoryItem | null;
  /** The focused item, if it is still in the plan. */
  focus: Target | undefined;
  /** Lanes drawn even out of view (see keptLanes). */
  keep: ReadonlySet<string>;
  viewport: Viewport;
}

/** A stretch [first, last) of one packed row, drawn at `y`. */
export interface RowSlice {
  row: number;
  y: number;
  first: number;
  last: number;
  /** The dragged advisory, when it is in this row. */
  moved: AdvisoryItem | null;
  /** The focused item, when it is in this row. */
  focusId: string | null;
}

export interface Scene {
  /** The focused item's id; null when nothing drawn has focus. */
  focusId: string | null;
  /** The release lanes in the vertical band, and those kept. */
  lanes: PlacedLane[];
  /** The focused item, when it may be in a release lane. */
  laneFocusId: string | null;
  /** Each lane's top, by release name (in view or not): where a connector ends. */
  laneY: ReadonlyMap<string, number>;
  /** Too many advisories to draw one by one: rows are drawn as clusters. */
  clustered: boolean;
  /** Advisories closer than this merge into one cluster. */
  mergeMs: number;
  rows: RowSlice[];
  /** The focused (or dragged) advisory when the rows do not draw it: scrolled away or clustered. */
  extra: { item: AdvisoryItem; y: number } | null;
  /** Every advisory drawn one by one, with its row's top: where connectors start. */
  drawn: { item: AdvisoryItem; y: number }[];
  /** The advisory that holds the tab stop when no lane is drawn and nothing has focus. */
  tabStopId: string | null;
}

/** The lanes that are drawn wherever the view is: the focused item's, and the dragged milestone's. */
export function keptLanes(focus: Target | undefined, preview: Preview | null): Set<string> {
  const ids = new Set<string>();
  if (focus && 'lane' in focus && focus.lane) ids.add(focus.lane.id);
  if (preview?.type === 'milestone') ids.add(`r${preview.releaseId}`);
  return ids;
}

/** The advisory a target is drawn on, when it is one: an advisory, its follow-up, its suggestion. */
function advisoryOf(target: Target | undefined): { item: AdvisoryItem | null; row: number | null } {
  if (target?.kind === 'advisory' || target?.kind === 'follow-up')
    return { item: target.item, row: target.row };
  if (target?.kind === 'suggestion') return { item: target.item, row: target.row };
  return { item: null, row: null };
}

export function scene({ layout: lay, rows, moved, focus, keep, viewport }: SceneInput): Scene {
  const { view, scrollBand, height } = viewport;
  const top = scrollBand * SCROLL_STEP_PX - OVERSCAN_PX;
  const bottom = scrollBand * SCROLL_STEP_PX + height + SCROLL_STEP_PX + OVERSCAN_PX;
  const pad = END_PAD_PX * view.origin.msPerPx;
  const [from, to] = [view.from - pad, view.to + pad];
  const focusId = focus ? focus.id : null;

  const lanes = lay.lanes.filter(
    ({ lane, y }) => inView(y, lay.laneHeight, top, bottom) || keep.has(lane.id),
  );

  const [r0, r1] = rowsInView(top, bottom, lay.rowsY, ROW_HEIGHT, lay.rowCount);
  const slices: { row: number; first: number; last: number }[] = [];
  let count = 0;
  for (let r = r0; r < r1; r++) {
    const [first, last] = rangeInRow(rows.rows[r], from, to);
    if (last > first) slices.push({ row: r, first, last });
    count += last - first;
  }
  const clustered = count > ITEM_BUDGET;

  const focused = advisoryOf(focus);
  const drawn: Scene['drawn'] = [];
  let focusDrawn = false;
  const rowSlices = slices.map(({ row, first, last }): RowSlice => {
    const y = lay.rowsY + row * ROW_HEIGHT;
    if (clustered) return { row, y, first, last, moved: null, focusId: null };
    const items = rows.rows[row];
    const movedHere = moved && rows.rowOf.get(moved.id) === row ? moved : null;
    for (let i = first; i < last; i++)
      drawn.push({ item: movedHere?.id === items[i].id ? movedHere : items[i], y });
    const focusHere = focused.row === row;
    if (focusHere && focused.item) {
      for (let i = first; i < last; i++) if (items[i].id === focused.item.id) focusDrawn = true;
    }
    return { row, y, first, last, moved: movedHere, focusId: focusHere ? focusId : null };
  });

  // The focused (or dragged) advisory is always drawn, even scrolled away or inside a cluster.
  let extra: Scene['extra'] = null;
  if (!focusDrawn && focused.item) {
    const item = moved?.id === focused.item.id ? moved : focused.item;
    extra = { item, y: lay.rowsY + (rows.rowOf.get(item.id) ?? 0) * ROW_HEIGHT };
    drawn.push(extra);
  }

  return {
    focusId,
    lanes,
    laneFocusId: focus && focus.kind !== 'advisory' ? focusId : null,
    laneY: new Map(lay.lanes.map(({ lane, y }) => [lane.release.name, y])),
    clustered,
    mergeMs: MERGE_PX * view.origin.msPerPx,
    rows: rowSlices,
    extra,
    drawn,
    tabStopId:
      focusId === null && lanes.length === 0 && slices[0]
        ? rows.rows[slices[0].row][slices[0].first].id
        : null,
  };
}
